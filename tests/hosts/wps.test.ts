import { WpsSheetHost } from '../../src/hosts/wps';
import { runUseCases } from '../app/useCases';
import { FakeWps } from '../fakes/wps';
import { runHostContract, type HostContractOptions } from './contract';

/** The WPS host on the fake ET object model; a round trip is a call across the JS bridge. */
class WpsContractHost extends WpsSheetHost {
  constructor(readonly fake: FakeWps) {
    super(fake.application);
  }

  get roundTrips(): number {
    return this.fake.calls;
  }
}

const options: HostContractOptions<WpsContractHost> = {
  withSheet: async (sheet, rows, merges) => {
    const fake = FakeWps.bare();
    fake.addSheet(sheet, rows, merges);
    return new WpsContractHost(fake);
  },
  typeValues: async (host, sheet, values) => host.fake.typeValues(sheet, values),
  userFormat: async (host, sheet, cell, format) => host.fake.setFormat(sheet, cell, format),
  reopen: async (host) => new WpsContractHost(host.fake.reopen()),
  notifies: true,
  roundTrip: { kind: 'call', perMarkedCell: 3 },
};

runHostContract('wps (fake ET object model)', async () => new WpsContractHost(FakeWps.bare()), options);
runUseCases('wps (fake ET object model)', async () => new WpsContractHost(FakeWps.bare()), options);
