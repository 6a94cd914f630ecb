import { ExcelHost } from '../../src/hosts/excel';
import { runUseCases } from '../app/useCases';
import { FakeExcel, type FakeExcelOptions } from '../fakes/excel';
import { runHostContract, type HostContractOptions } from './contract';

/** The Excel host on the Excel fake: one round trip is one `context.sync()`. */
class FakeExcelHost extends ExcelHost {
  constructor(readonly fake: FakeExcel) {
    super({ run: fake.run, requirements: fake.requirements });
  }
  get roundTrips(): number {
    return this.fake.syncs;
  }
}

function options(fake: FakeExcelOptions): HostContractOptions<FakeExcelHost> {
  return {
    withSheet: async (sheet, rows, merges) => {
      const excel = new FakeExcel({ ...fake, firstSheet: null });
      excel.user.addSheet(sheet, rows, merges);
      return new FakeExcelHost(excel);
    },
    typeValues: async (host, sheet, values) =>
      values.forEach((v) => host.fake.user.type(sheet, v.cell, v.value)),
    userFormat: async (host, sheet, cell, format) => {
      host.fake.user.format(sheet, cell, {
        ...(format.fill === undefined ? {} : { fill: format.fill }),
        ...(format.note === undefined || host.noteKind === 'comments' ? {} : { note: format.note }),
        ...(format.fontColor === undefined ? {} : { fontColor: format.fontColor ?? '#000000' }),
      });
      // Where the API has no notes, the user's remark is a threaded comment (批注).
      if (format.note !== undefined && host.noteKind === 'comments')
        host.fake.user.comment(sheet, cell, format.note);
    },
    reopen: async (host) => new FakeExcelHost(host.fake.reopen()),
    notifies: true,
    settle: (host) => host.fake.settle(),
  };
}

/**
 * The shared suites start from an empty workbook; Excel always has a sheet, so these fakes start with
 * none (`firstSheet: null`). tests/hosts/excel/excelHost.test.ts runs the same flows beside a Sheet1.
 */
const microsoft365: FakeExcelOptions = { firstSheet: null };
runHostContract(
  'excel (fake: Microsoft 365, web)',
  async () => new FakeExcelHost(new FakeExcel(microsoft365)),
  options(microsoft365),
);
runUseCases(
  'excel (fake: Microsoft 365, web)',
  async () => new FakeExcelHost(new FakeExcel(microsoft365)),
  options(microsoft365),
);

/** The manifest's floor: Excel 2021 (ExcelApi 1.13), no notes API, change events that do not say whose. */
const excel2021: FakeExcelOptions = { firstSheet: null, apiVersion: '1.13', platform: 'desktop' };
runHostContract(
  'excel (fake: ExcelApi 1.13, desktop)',
  async () => new FakeExcelHost(new FakeExcel(excel2021)),
  options(excel2021),
);
runUseCases(
  'excel (fake: ExcelApi 1.13, desktop)',
  async () => new FakeExcelHost(new FakeExcel(excel2021)),
  options(excel2021),
);
