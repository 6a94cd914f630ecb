import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareWorkbook, XlsxWorkbookHost } from '../../src/hosts/xlsx';
import { PartialWorkbookError } from '../../src/hosts/xlsx/openErrors';
import { platformInflate } from '../../src/hosts/xlsx/nodeInflate';
import { isFormLabel } from '../../src/templates/read/formLabels';
import { fflateInflate, preparePackage } from '../../src/xlsxPackage';

const FIXTURES = join(__dirname, '../golden/fixtures');

/** The package handed on is the workbook the user has: every sheet reads the same, whatever the selection. */
describe.each(readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')))('%s', (name) => {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, name)));
  test.each([
    ['all', fflateInflate],
    ['tables', platformInflate],
  ] as const)('prepared with %s: the same sheets and grids as the file', async (sheets, inflate) => {
    const prepared = await preparePackage(bytes, { sheets, inflate, isFormText: isFormLabel });
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.problem));
    const direct = await XlsxWorkbookHost.open(bytes);
    const handed = await XlsxWorkbookHost.open(prepared.package.bytes);
    if (!direct.ok || !handed.ok) throw new Error('open failed');
    const sheetsOf = await direct.host.listSheets();
    expect(await handed.host.listSheets()).toEqual(sheetsOf);
    for (const s of sheetsOf)
      expect(await handed.host.readGrid(s.name)).toEqual(await direct.host.readGrid(s.name));
    expect(prepared.package.leftOut).toEqual([]);
  });
});

test('a workbook read only in part can be checked but never saved; one read whole can', async () => {
  const file = join(FIXTURES, 'demo-example.xlsx');
  const partial = await prepareWorkbook(file, { sheets: 'tables', isFormText: isFormLabel });
  const whole = await prepareWorkbook(file, { sheets: 'all' });
  if (!partial.ok || !whole.ok) throw new Error('prepare failed');
  const checked = await XlsxWorkbookHost.open(partial.package.bytes);
  const copied = await XlsxWorkbookHost.open(whole.package.bytes);
  if (!checked.ok || !copied.ok) throw new Error('open failed');
  expect((await checked.host.listSheets()).length).toBeGreaterThan(0);
  await expect(checked.host.toBuffer()).rejects.toThrow(PartialWorkbookError);
  expect((await copied.host.toBuffer()).subarray(0, 2).toString('latin1')).toBe('PK');
});
