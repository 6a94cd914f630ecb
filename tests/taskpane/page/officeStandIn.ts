/// <reference types="office-js" />
import type { OfficeLike } from '../../../src/hosts/excel';
import { FakeExcel } from '../../fakes/excel';

/**
 * What the Excel page's browser test serves in place of Office.js (the page asks Microsoft's CDN for
 * it; the test answers that request with this bundle, so nothing leaves the machine): the globals
 * `Office` and `Excel` over the Excel fake, as Excel on the web with Microsoft 365 gives them. The
 * test drives the fake as the user through `window.jxzpFakeExcel` (typing, reading syncs and cells).
 */
const fake = new FakeExcel({ apiVersion: '1.18', platform: 'web' });

const office: OfficeLike = {
  // Office.HostType.Excel is the string 'Excel', but the enum exists only inside office.js.
  onReady: () => Promise.resolve({ host: 'Excel' as unknown as Office.HostType }),
  context: { requirements: fake.requirements },
};

Object.assign(globalThis, { Office: office, Excel: { run: fake.run }, jxzpFakeExcel: fake });
