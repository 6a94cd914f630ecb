import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { SheetExistsError } from '../../../src/hosts/errors';
import { SheetNotFoundError, BadAddressError } from '../../../src/hosts/errors';
import { STORE_SHEET, WpsSheetHost } from '../../../src/hosts/wps';
import { FakeWps, type FakeWpsOptions } from '../../fakes/wps';
import { expectGridHoldsPlan, render } from '../contract';

function setup(options: FakeWpsOptions = {}): { fake: FakeWps; host: WpsSheetHost } {
  const fake = new FakeWps(undefined, options);
  return { fake, host: new WpsSheetHost(fake.application) };
}

async function calls(fake: FakeWps, action: () => Promise<unknown>): Promise<number> {
  const before = fake.calls;
  await action();
  return fake.calls - before;
}

describe('WpsSheetHost: inserting a plan', () => {
  test('writes values, formulas, merges, styles, sizes, validations, print setup and freeze, and reads them back', async () => {
    const { fake, host } = setup();
    const { plan } = render();
    await host.applyPlan(plan);
    expectGridHoldsPlan(await host.readGrid(plan.sheetName), plan);
    const sheet = fake.sheet(plan.sheetName);
    expect(fake.cell(plan.sheetName, 'A1')).toMatchObject({
      fontName: '黑体',
      fontSize: 18,
      bold: true,
      horizontal: -4108,
    });
    expect(fake.cell(plan.sheetName, 'C5')).toMatchObject({
      fill: 0xe5f9ff,
      numberFormat: '0.00',
      locked: false,
      horizontal: -4152,
      vertical: -4108,
      wrap: true,
      borders: { top: true, bottom: true, left: true, right: true },
    });
    expect(fake.cell(plan.sheetName, 'E5')).toMatchObject({
      numberFormat: '0.00%',
      formula: 'IF(OR(C5="",C5=0),"",D5/C5)',
    });
    expect(fake.cell(plan.sheetName, 'B3')?.prefix).toBe(true);
    expect(fake.cell(plan.sheetName, 'A37')?.borders.top).toBe(false);
    expect([...sheet.hiddenColumns]).toEqual([11]);
    expect(sheet.columnWidths.get(4)).toBe(21);
    expect(sheet.rowHeights.get(9)).toBe(60);
    expect(sheet.validations).toHaveLength(9);
    const score = sheet.validations.find((v) => v.formula2 === '=G13');
    expect(score).toMatchObject({
      type: 2,
      operator: 1,
      formula1: '=0',
      addedAt: { row: 13, col: 8 },
      errorTitle: '得分无效',
    });
    expect(sheet.pageSetup).toMatchObject({
      orientation: 2,
      paperSize: 9,
      zoom: false,
      fitToPagesWide: 1,
      fitToPagesTall: false,
      printTitleRows: '$12:$12',
      printArea: '$A$1:$I$37',
      centerHorizontally: true,
      leftMargin: 36,
      topMargin: 43.2,
    });
    expect(sheet.frozen).toEqual({ rows: 2, cols: 0 });
    expect(fake.cell(plan.sheetName, 'K1')?.value).toBe(plan.tag.text);
  });

  test('writes with the screen and recalculation off, and puts the application back as it was', async () => {
    const { fake, host } = setup();
    fake.application.Calculation = 2;
    await host.applyPlan(render().plan);
    expect(fake.writes.length).toBeGreaterThan(50);
    expect(fake.writes.filter((w) => w.screenUpdating || w.calculation !== -4135)).toEqual([]);
    expect(fake.appState).toMatchObject({ ScreenUpdating: true, Calculation: 2, EnableEvents: true });
  });

  test('a taken name (ignoring case) is refused before anything is written', async () => {
    const { fake, host } = setup();
    fake.addSheet('整体支出自评表2020'.toUpperCase());
    await expect(host.applyPlan(render().plan)).rejects.toBeInstanceOf(SheetExistsError);
    expect(fake.workbook.sheets).toHaveLength(2);
    expect(fake.writes).toEqual([]);
  });

  test.each(['overall', 'project', 'reportInputs'] as const)(
    'inserting and reading the %s template costs the same calls for 2 and 111 blank rows per 二级',
    async (kind) => {
      const costs = [];
      for (const rows of [2, 111]) {
        const { fake, host } = setup();
        const { plan } = render({ kind, blankRowsPerLevel2: rows });
        const insert = await calls(fake, () => host.applyPlan(plan));
        const read = await calls(fake, () => host.readGrid(plan.sheetName));
        costs.push({ insert, read });
      }
      expect(costs[1]).toEqual(costs[0]);
      expect(costs[0].read).toBeLessThan(20);
    },
  );
});

describe('WpsSheetHost: reading', () => {
  test('errors as their text, a typed error code as a number, text that looks like a formula as text', async () => {
    const { fake, host } = setup();
    fake.addSheet('表', [[null, -2146826281, '=SUM(1,2)', '596.68']]);
    fake.typeValues('表', [
      { cell: 'A1', value: '=1/0' },
      { cell: 'A2', value: '#N/A' },
    ]);
    fake.setCached('表', 'A1', { error: 2007 });
    const grid = await host.readGrid('表');
    expect(grid.values).toEqual([
      ['#DIV/0!', -2146826281, '=SUM(1,2)', '596.68'],
      ['#N/A', null, null, null],
    ]);
    expect(grid.formulas).toEqual([
      ['1/0', null, null, null],
      [null, null, null, null],
    ]);
  });

  test('a single row, a sheet starting below A1 and an empty sheet read right', async () => {
    const { fake, host } = setup();
    fake.addSheet('一行', [['a', 'b', 3]]);
    fake.addSheet('偏移');
    fake.typeValues('偏移', [{ cell: 'C3', value: '5' }]);
    fake.setFormat('偏移', 'F20', { fill: '#FFFF00' });
    expect((await host.readGrid('一行')).values).toEqual([['a', 'b', 3]]);
    expect((await host.readGrid('偏移')).values).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, 5],
    ]);
    expect(await host.readGrid('Sheet1')).toEqual({ sheet: 'Sheet1', values: [], formulas: [], merges: [] });
    await expect(host.readGrid('无')).rejects.toBeInstanceOf(SheetNotFoundError);
  });

  test('a table typed by hand with 500 extra rows reads whole, its merges included, in the same calls as a small one', async () => {
    const { plan } = render();
    const rows = plan.blocks[0].values.map((row) =>
      row.map((v) => (v !== null && typeof v === 'object' ? null : v)),
    );
    const big = [
      ...rows.slice(0, 13),
      ...Array.from({ length: 500 }, (_, i) => [null, null, null, `指标${i}`]),
      ...rows.slice(13),
    ];
    const shift = (m: (typeof plan.merges)[number]) => ({
      ...m,
      top: m.top > 13 ? m.top + 500 : m.top,
      bottom: m.bottom >= 13 ? m.bottom + 500 : m.bottom,
    });
    const costs = [];
    for (const [data, merges] of [
      [rows, plan.merges],
      [big, plan.merges.map(shift)],
    ] as const) {
      const { fake, host } = setup();
      fake.addSheet('手工', data, merges);
      let grid = await host.readGrid('手工');
      costs.push(await calls(fake, async () => (grid = await host.readGrid('手工'))));
      expect(grid.values).toHaveLength(data.length);
      expect(grid.merges.map((m) => JSON.stringify(m)).sort()).toEqual(
        merges.map((m) => JSON.stringify(m)).sort(),
      );
    }
    expect(costs[1]).toBe(costs[0]);
  });

  test('without XML Spreadsheet, merges are searched with MergeCells and come out the same', async () => {
    const { plan } = render();
    const merges = [];
    for (const xmlSpreadsheet of [true, false]) {
      const { host } = setup({ xmlSpreadsheet });
      await host.applyPlan(plan);
      merges.push((await host.readGrid(plan.sheetName)).merges.map((m) => JSON.stringify(m)).sort());
      expect(host.xmlSpreadsheetUnavailable === null).toBe(xmlSpreadsheet);
    }
    expect(merges[1]).toEqual(merges[0]);
    expect(merges[0]).toHaveLength(plan.merges.length);
  });

  test('a stray value beyond the grid limits is not read, and the grid says how far the sheet goes', async () => {
    const { fake, host } = setup();
    fake.addSheet('远', [['a']]);
    fake.typeValues('远', [{ cell: 'B25000', value: '1' }]);
    const grid = await host.readGrid('远');
    expect(grid.values).toHaveLength(1);
    expect(grid.extent).toEqual({ rows: 25000, cols: 2 });
  });
});

describe('WpsSheetHost: formats, values, store', () => {
  const formats = (fake: FakeWps, cells: string[]) => cells.map((c) => fake.format('表', c));

  for (const xmlSpreadsheet of [true, false]) {
    test(`reads and writes fills, font colours and notes (XML Spreadsheet ${xmlSpreadsheet ? 'on' : 'off'})`, async () => {
      const { fake, host } = setup({ xmlSpreadsheet });
      fake.addSheet('表', [['x']]);
      fake.setFormat('表', 'B2', { fill: '#00B050', fontColor: '#C00000', note: '用户批注' });
      fake.setFormat('表', 'D9', { fill: '#FFF9E5' });
      const cells = ['B2', 'D9', 'A1', 'C40'];
      expect(await host.readFormats('表', cells)).toEqual([
        { fill: '#00B050', fontColor: '#C00000', note: '用户批注' },
        { fill: '#FFF9E5', fontColor: null, note: null },
        { fill: null, fontColor: null, note: null },
        { fill: null, fontColor: null, note: null },
      ]);
      await host.writeFormats('表', [
        { cell: 'B2', format: { fill: '#FFC7CE', note: '三级指标与指标值相同' } },
        { cell: 'd9', format: { fill: '#FFC7CE', fontColor: '#9C0006', note: '第二条' } },
        { cell: 'A1', format: { note: null } },
      ]);
      expect(formats(fake, ['B2', 'D9', 'A1'])).toEqual([
        { fill: '#FFC7CE', fontColor: '#C00000', note: '三级指标与指标值相同' },
        { fill: '#FFC7CE', fontColor: '#9C0006', note: '第二条' },
        { fill: null, fontColor: null, note: null },
      ]);
      await host.writeFormats('表', [
        { cell: 'B2', format: { fill: '#00B050', fontColor: '#C00000', note: '用户批注' } },
        { cell: 'D9', format: { fill: null, fontColor: null, note: null } },
      ]);
      expect(formats(fake, ['B2', 'D9'])).toEqual([
        { fill: '#00B050', fontColor: '#C00000', note: '用户批注' },
        { fill: null, fontColor: null, note: null },
      ]);
      await expect(host.readFormats('表', ['第五行'])).rejects.toBeInstanceOf(BadAddressError);
    });
  }

  test('reading formats of 10 or 1,000 cells costs the same calls', async () => {
    const costs = [];
    for (const n of [10, 1000]) {
      const { fake, host } = setup();
      fake.addSheet('表');
      costs.push(
        await calls(fake, () =>
          host.readFormats(
            '表',
            Array.from({ length: n }, (_, i) => `H${13 + i}`),
          ),
        ),
      );
    }
    expect(costs[1]).toBe(costs[0]);
  });

  test('writes values as typed by a user would not: text stays text; a column of cells is one write', async () => {
    const { fake, host } = setup();
    fake.addSheet('表');
    await host.writeValues('表', [
      { cell: 'A1', value: '=SUM(1,2)' },
      { cell: 'A2', value: '596.68' },
      { cell: 'A3', value: 5.76 },
      { cell: 'A4', value: '12月' },
      { cell: 'B1', value: null },
    ]);
    expect((await host.readGrid('表')).values).toEqual([['=SUM(1,2)'], ['596.68'], [5.76], ['12月']]);
    const costs = [];
    for (const n of [10, 1000]) {
      costs.push(
        await calls(fake, () =>
          host.writeValues(
            '表',
            Array.from({ length: n }, (_, i) => ({ cell: `H${13 + i}`, value: i })),
          ),
        ),
      );
    }
    expect(costs[1]).toBe(costs[0]);
  });

  test('the store lives in a very hidden sheet, keeps long values whole and survives save and reopen', async () => {
    const { fake, host } = setup();
    const long = '标记'.repeat(60_000) + '😀'.repeat(10);
    expect(await host.readStore('marks')).toBeNull();
    await host.writeStore('marks', long);
    await host.writeStore('settings', '{"profile":"standard-2020"}');
    await host.writeStore('settings', '-1');
    expect(fake.application.ActiveSheet.Name).toBe('Sheet1');
    expect(await host.listSheets()).toEqual([
      { name: 'Sheet1', visible: true },
      { name: STORE_SHEET, visible: false },
    ]);
    expect(fake.sheet(STORE_SHEET).visible).toBe(2);
    const again = new WpsSheetHost(fake.reopen().application);
    expect(await again.readStore('marks')).toBe(long);
    expect(await again.readStore('settings')).toBe('-1');
    await again.writeStore('marks', null);
    expect(await again.readStore('marks')).toBeNull();
    expect(await again.readStore('settings')).toBe('-1');
  });
});

describe('WpsSheetHost: change events', () => {
  for (const honoursEnableEvents of [true, false]) {
    test(`a user's edit is reported, our own writes are not (EnableEvents ${honoursEnableEvents ? 'honoured' : 'ignored'})`, async () => {
      const { fake, host } = setup({ honoursEnableEvents });
      const { plan } = render();
      await host.applyPlan(plan);
      const seen: unknown[] = [];
      const stop = await host.onChange(plan.sheetName, (change) => seen.push(change));
      await host.writeValues(plan.sheetName, [{ cell: 'H13', value: 5 }]);
      await host.writeStore('k', 'v');
      fake.typeValues(plan.sheetName, [{ cell: 'D5', value: '596.68' }]);
      fake.typeValues('Sheet1', [{ cell: 'A1', value: '别的表' }]);
      expect(seen).toEqual([{ sheet: plan.sheetName, range: { top: 5, left: 4, bottom: 5, right: 4 } }]);
      expect(fake.listenerCount).toBe(1);
      await stop?.();
      expect(fake.listenerCount).toBe(0);
      fake.typeValues(plan.sheetName, [{ cell: 'D6', value: '1' }]);
      expect(seen).toHaveLength(1);
    });
  }
});

test('no ET enum is reached at run time: the compiled host names no `Et.` or `Kso.` object', () => {
  const dir = path.join(__dirname, '../../../src/hosts/wps');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const js = ts.transpileModule(fs.readFileSync(path.join(dir, file), 'utf8'), {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        removeComments: true,
      },
    }).outputText;
    expect({ file, enumObject: /\b(Et|Kso|WPS)\.[A-Z]/.test(js) }).toEqual({ file, enumObject: false });
  }
});
