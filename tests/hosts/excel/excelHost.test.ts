import type { RawValue } from '../../../src/domain/cellValue.types';
import { STANDARD_2020 } from '../../../src/domain/profiles/standard2020';
import { ExcelHost } from '../../../src/hosts/excel';
import { BadAddressError, SheetExistsError, SheetNotFoundError } from '../../../src/hosts/errors';
import { a1 } from '../../../src/templates/a1';
import type { SheetPlan } from '../../../src/templates/plan';
import { type FormCellMap, renderTemplateWithMap, type RenderOptions } from '../../../src/templates/render';
import { FakeExcel, type FakeExcelOptions } from '../../fakes/excel';

function render(options: Partial<RenderOptions> = {}): { plan: SheetPlan; map: FormCellMap } {
  const result = renderTemplateWithMap({
    kind: 'overall',
    year: 2020,
    unit: '长沙市望城区信访局',
    profile: STANDARD_2020,
    ...options,
  });
  if (!result.ok || result.map.kind === 'reportInputs') throw new Error('bad options');
  return { plan: result.plan, map: result.map };
}

function excel(options: FakeExcelOptions = {}): { fake: FakeExcel; host: ExcelHost } {
  const fake = new FakeExcel(options);
  return { fake, host: new ExcelHost({ run: fake.run, requirements: fake.requirements }) };
}

async function syncs(fake: FakeExcel, action: () => Promise<unknown>): Promise<number> {
  const before = fake.syncs;
  await action();
  return fake.syncs - before;
}

/** About 10 and about 1,000 indicator rows (9 二级: 1 and 112 blank rows each). */
const SIZES = [
  ['10', 1],
  ['1,000', 112],
] as const;

describe('ExcelHost.applyPlan on the Excel fake', () => {
  test.each(SIZES)(
    'writes a %s-indicator table in 2 syncs, every cell written with calculation and screen updating suspended',
    async (_, rows) => {
      const { fake, host } = excel();
      const { plan, map } = render({ blankRowsPerLevel2: rows });
      expect(await syncs(fake, () => host.applyPlan(plan))).toBe(2);
      expect(fake.log.at(-1)).toMatchObject({
        cellsWrittenUnsuspended: 0,
        calculationSuspended: true,
        screenUpdatingSuspended: true,
      });
      const planned = plan.blocks.reduce((n, b) => n + b.values.flat().filter((v) => v !== null).length, 1);
      expect(fake.log.at(-1)?.cellsWritten).toBe(planned);
      expect(map.indicators.length).toBeGreaterThan(rows === 112 ? 1000 : 8);
      const grid = await host.readGrid(plan.sheetName);
      for (const block of plan.blocks)
        block.values.forEach((row, i) =>
          row.forEach((v, j) => {
            const got = grid.values[block.top + i - 1]?.[block.left + j - 1] ?? null;
            const formula = grid.formulas?.[block.top + i - 1]?.[block.left + j - 1] ?? null;
            if (v !== null && typeof v === 'object')
              expect({ at: a1(block.top + i, block.left + j), formula }).toEqual({
                at: a1(block.top + i, block.left + j),
                formula: v.formula,
              });
            else
              expect({ at: a1(block.top + i, block.left + j), got }).toEqual({
                at: a1(block.top + i, block.left + j),
                got: v === '' ? null : v,
              });
          }),
        );
      expect(grid.values[plan.tag.row - 1][plan.tag.col - 1]).toBe(plan.tag.text);
      expect(grid.merges.length).toBe(plan.merges.length);
    },
  );

  test('translates styles, sizes (widths in points), validations, print setup, frozen rows and the hidden tag column', async () => {
    const { fake, host } = excel();
    const { plan } = render();
    await host.applyPlan(plan);
    const sheet = fake.sheet(plan.sheetName);
    const c5 = fake.cell(plan.sheetName, 'C5');
    expect({
      fill: c5.fill?.color,
      font: c5.font,
      h: c5.horizontalAlignment,
      v: c5.verticalAlignment,
      wrap: c5.wrapText,
      locked: c5.locked,
      format: c5.numberFormat,
      top: c5.borders.EdgeTop?.style,
      left: c5.borders.EdgeLeft?.weight,
    }).toEqual({
      fill: '#FFF9E5',
      font: { name: '宋体', size: 11, bold: false, color: '#000000' },
      h: 'Right',
      v: 'Center',
      wrap: true,
      locked: false,
      format: '0.00',
      top: 'Continuous',
      left: 'Thin',
    });
    // 21 characters in a file are 147 px in Excel: 110.25 pt.
    expect(plan.columnWidths.find((c) => c.col === 4)?.width).toBe(21);
    expect(sheet.columnWidths.get(4)).toBe(110.25);
    expect(sheet.rowHeights.get(9)).toBe(60);
    expect([...sheet.hiddenColumns]).toEqual([11]);
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1 },
      centerHorizontally: true,
      printTitleRows: { from: 12, to: 12 },
    });
    const cellsWithRules = plan.validations.reduce(
      (n, v) => n + (v.range.bottom - v.range.top + 1) * (v.range.right - v.range.left + 1),
      0,
    );
    expect(sheet.validations.size).toBe(cellsWithRules);
    const score = plan.validations.find((v) => v.formula2 !== undefined && /[A-Z]/.test(v.formula2));
    if (!score) throw new Error('no score rule');
    expect(sheet.validations.get((score.range.top - 1) * 16384 + score.range.left - 1)).toMatchObject({
      rule: { decimal: { operator: 'Between', formula1: 0, formula2: `=${score.formula2}` } },
      errorAlert: { showAlert: true, style: 'Stop' },
    });
  });

  test('text that Excel would read as a number, a date or a formula stays text', async () => {
    const { host } = excel();
    const { plan } = render({ unit: '=SUM(1,2)' });
    await host.applyPlan(plan);
    const grid = await host.readGrid(plan.sheetName);
    expect([grid.values[2][1], grid.formulas?.[2][1]]).toEqual(['=SUM(1,2)', null]);
  });

  test('a taken name, ignoring case, throws SheetExistsError after one sync and writes nothing', async () => {
    const { fake, host } = excel();
    const { plan } = render();
    fake.user.addSheet(plan.sheetName.toUpperCase(), [['我的表']]);
    await expect(host.applyPlan(plan)).rejects.toBeInstanceOf(SheetExistsError);
    expect(fake.syncs).toBe(1);
    expect(fake.doc.sheets.map((s) => s.name)).toEqual(['Sheet1', plan.sheetName.toUpperCase()]);
  });

  test('a plan over 4 MB is split into several requests, none over the limit', async () => {
    const { fake, host } = excel();
    const { plan } = render({ blankRowsPerLevel2: 112 });
    const long = '很长的说明文字'.repeat(300);
    const big: SheetPlan = {
      ...plan,
      blocks: [...plan.blocks, { top: 2000, left: 1, values: Array.from({ length: 3000 }, () => [long]) }],
    };
    const n = await syncs(fake, () => host.applyPlan(big));
    expect(n).toBeGreaterThan(3);
    expect(Math.max(...fake.log.map((s) => s.requestBytes))).toBeLessThan(5 * 1024 * 1024);
    expect(fake.cell(plan.sheetName, 'A4999').value).toBe(long);
  });
});

describe('ExcelHost.readGrid', () => {
  test.each(SIZES)('reads a %s-indicator table in 1 sync', async (_, rows) => {
    const { fake, host } = excel();
    const { plan } = render({ blankRowsPerLevel2: rows });
    await host.applyPlan(plan);
    expect(await syncs(fake, () => host.readGrid(plan.sheetName))).toBe(1);
  });

  test('user data: values, merges; an empty sheet is an empty grid; a missing sheet is SheetNotFoundError', async () => {
    const { fake, host } = excel();
    const rows: RawValue[][] = [
      ['我的表', null, '备注'],
      [1036.03, '596.68', true],
      [null, null, null, '=不是公式'],
    ];
    fake.user.addSheet('用户', rows, [{ top: 1, left: 1, bottom: 1, right: 2 }]);
    const grid = await host.readGrid('用户');
    expect(grid.values).toEqual(rows.map((r) => [...r, ...new Array(4 - r.length).fill(null)]));
    expect(grid.formulas?.flat().every((f) => f === null)).toBe(true);
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    expect(await host.readGrid('Sheet1')).toEqual({ sheet: 'Sheet1', values: [], formulas: [], merges: [] });
    await expect(host.readGrid('没有')).rejects.toBeInstanceOf(SheetNotFoundError);
  });

  test('a stray value far away is not read; the grid says how far the sheet extends', async () => {
    const { fake, host } = excel();
    fake.user.addSheet('远处', [['年度绩效指标', 1]]);
    fake.user.type('远处', 'C25000', '很远');
    const grid = await host.readGrid('远处');
    expect(grid.values.length).toBe(1);
    expect(grid.extent).toEqual({ rows: 25000, cols: 3 });
  });
});

describe('ExcelHost formats, values, store, events, selection', () => {
  async function withForm(options: FakeExcelOptions = {}) {
    const { fake, host } = excel(options);
    const { plan, map } = render();
    await host.applyPlan(plan);
    return { fake, host, sheet: plan.sheetName, map };
  }

  test('readFormats: portable fill, font colour and note, in 1 sync', async () => {
    const { fake, host, sheet } = await withForm();
    fake.user.format(sheet, 'D13', { fill: '#00B050', fontColor: '#C00000', note: '用户批注：已核对' });
    let formats: readonly unknown[] = [];
    expect(
      await syncs(fake, async () => (formats = await host.readFormats(sheet, ['C5', 'd13', 'M40']))),
    ).toBe(1);
    expect(formats.map((f) => ({ ...(f as object), native: undefined }))).toEqual([
      { fill: '#FFF9E5', fontColor: null, note: null, native: undefined },
      { fill: '#00B050', fontColor: '#C00000', note: '用户批注：已核对', native: undefined },
      { fill: null, fontColor: null, note: null, native: undefined },
    ]);
    await expect(host.readFormats(sheet, ['A0'])).rejects.toBeInstanceOf(BadAddressError);
  });

  test('writeFormats then writing back what was read restores the exact fill (pattern, tint) and note', async () => {
    const { fake, host, sheet } = await withForm();
    fake.user.format(sheet, 'D13', { note: '原批注' });
    const d13 = fake.cell(sheet, 'D13');
    Object.assign(fake.sheet(sheet).cells.get(12 * 16384 + 3) ?? {}, {
      fill: { ...d13.fill, pattern: 'Gray25', patternColor: '#FF0000', tintAndShade: 0.4 },
    });
    const before = JSON.stringify(fake.cell(sheet, 'D13'));
    const original = await host.readFormats(sheet, ['D13', 'M40']);
    expect(
      await syncs(fake, () =>
        host.writeFormats(sheet, [
          { cell: 'D13', format: { fill: '#FFC7CE', note: '标记' } },
          { cell: 'M40', format: { fill: '#DDEBF7', note: '表外' } },
        ]),
      ),
    ).toBe(1);
    expect([
      fake.cell(sheet, 'D13').fill?.color,
      fake.cell(sheet, 'D13').note,
      fake.cell(sheet, 'M40').note,
    ]).toEqual(['#FFC7CE', '标记', '表外']);
    expect(
      await syncs(fake, () => host.writeFormats(sheet, [{ cell: 'D13', format: { fill: '#FFEB9C' } }])),
    ).toBe(1);
    // A note written without a read of its cell just before: one more request to look first.
    expect(
      await syncs(fake, () => host.writeFormats(sheet, [{ cell: 'D13', format: { note: '第二次' } }])),
    ).toBe(2);
    // A note the user changed between our read and our write: the write looks again, then writes.
    await host.readFormats(sheet, ['D13']);
    fake.user.format(sheet, 'D13', { note: null });
    await host.writeFormats(sheet, [{ cell: 'D13', format: { note: '标记' } }]);
    expect(fake.cell(sheet, 'D13').note).toBe('标记');
    await host.writeFormats(
      sheet,
      ['D13', 'M40'].map((c, i) => ({ cell: c, format: original[i] })),
    );
    expect(JSON.stringify(fake.cell(sheet, 'D13'))).toBe(before);
    expect([fake.cell(sheet, 'M40').fill, fake.cell(sheet, 'M40').note]).toEqual([null, null]);
  });

  test('below ExcelApi 1.18 notes are threaded comments, chosen at run time', async () => {
    const { fake, host, sheet } = await withForm({ apiVersion: '1.14' });
    expect(host.noteKind).toBe('comments');
    await host.writeFormats(sheet, [{ cell: 'C5', format: { fill: '#FFC7CE', note: '全年预算数为空' } }]);
    expect(fake.doc.comments.map((c) => [c.row, c.col, c.content])).toEqual([[5, 3, '全年预算数为空']]);
    const [c5] = await host.readFormats(sheet, ['C5']);
    expect([c5.fill, c5.note]).toEqual(['#FFC7CE', '全年预算数为空']);
    await host.writeFormats(sheet, [{ cell: 'C5', format: { note: null } }]);
    expect(fake.doc.comments).toEqual([]);
  });

  test('writeValues: numbers, texts never formulas, blanks; 1 sync; a bad address anywhere changes nothing', async () => {
    const { fake, host, sheet } = await withForm();
    expect(
      await syncs(fake, () =>
        host.writeValues(sheet, [
          { cell: 'C5', value: 1036.03 },
          { cell: 'D13', value: '=1+1' },
          { cell: 'H13', value: '１２' },
        ]),
      ),
    ).toBe(1);
    expect([
      fake.cell(sheet, 'C5').value,
      fake.cell(sheet, 'D13').value,
      fake.cell(sheet, 'D13').formula,
      fake.cell(sheet, 'H13').value,
    ]).toEqual([1036.03, '=1+1', null, '１２']);
    await host.writeValues(sheet, [{ cell: 'C5', value: null }]);
    expect(fake.cell(sheet, 'C5').value).toBe('');
    await expect(
      host.writeValues(sheet, [
        { cell: 'C5', value: 9 },
        { cell: 'ZZZZ1', value: 1 },
      ]),
    ).rejects.toBeInstanceOf(BadAddressError);
    expect(fake.cell(sheet, 'C5').value).toBe('');
  });

  test('store: 1 sync to read, 1 to write; long values whole, chunked past one request; survives a reopen', async () => {
    const { fake, host } = await withForm();
    expect(await syncs(fake, async () => expect(await host.readStore('jxzp.test')).toBeNull())).toBe(1);
    expect(await syncs(fake, () => host.writeStore('jxzp.test', '第一'))).toBe(1);
    const huge = `${'长文本'.repeat(1_000_000)}😀末尾`;
    await host.writeStore('jxzp.long', huge);
    expect(Math.max(...fake.log.map((s) => s.requestBytes))).toBeLessThan(5 * 1024 * 1024);
    const reopened = fake.reopen();
    const host2 = new ExcelHost({ run: reopened.run, requirements: reopened.requirements });
    expect(await host2.readStore('jxzp.test')).toBe('第一');
    expect(await host2.readStore('jxzp.long')).toBe(huge);
    await host2.writeStore('jxzp.long', '短');
    expect([...reopened.doc.settings.keys()].sort()).toEqual(['jxzp.long', 'jxzp.test']);
    await host2.writeStore('jxzp.test', null);
    expect(await host2.readStore('jxzp.test')).toBeNull();
    expect(await host2.readStore('jxzp.long')).toBe('短');
    expect((await host2.listSheets()).filter((s) => s.visible).length).toBe(2);
  });

  test('onChange hears the user, not our own writes; stops after unsubscribe', async () => {
    const { fake, host, sheet } = await withForm();
    const heard: unknown[] = [];
    const stop = await host.onChange(sheet, (c) => heard.push(c));
    await host.writeValues(sheet, [{ cell: 'C5', value: 1 }]);
    await host.writeFormats(sheet, [{ cell: 'C5', format: { fill: '#FFC7CE', note: '标记' } }]);
    await fake.settle();
    expect(heard).toEqual([]);
    fake.user.type(sheet, 'D14', '用户输入');
    await fake.settle();
    expect(heard).toEqual([{ sheet, range: { top: 14, left: 4, bottom: 14, right: 4 } }]);
    await stop?.();
    fake.user.type(sheet, 'D15', '再输入');
    await fake.settle();
    expect(heard.length).toBe(1);
  });

  test('select and selection, 1 sync each', async () => {
    const { fake, host, sheet } = await withForm();
    expect(await syncs(fake, () => host.select(sheet, 'h34'))).toBe(1);
    expect(await host.selection()).toEqual({ sheet, cell: 'H34' });
    await expect(host.select('没有', 'A1')).rejects.toBeInstanceOf(SheetNotFoundError);
  });
});

describe('ExcelHost under the 5 MB limit of Excel on the web', () => {
  test('formats of 8,000 cells are read and written in several requests, each under the limit', async () => {
    const { fake, host } = excel();
    const { plan } = render();
    await host.applyPlan(plan);
    const cells = Array.from({ length: 8_000 }, (_, i) => a1(100 + Math.floor(i / 20), 1 + (i % 20)));
    const note = '得分超过分值：'.repeat(40);
    await host.writeFormats(
      plan.sheetName,
      cells.map((cell) => ({ cell, format: { fill: '#FFC7CE', note } })),
    );
    const read = await host.readFormats(plan.sheetName, cells);
    expect(read.filter((f) => f.fill === '#FFC7CE' && f.note === note)).toHaveLength(8_000);
    expect(Math.max(...fake.log.map((s) => Math.max(s.requestBytes, s.responseBytes)))).toBeLessThan(
      5 * 1024 * 1024,
    );
  });
});

describe('ExcelHost.readGrid of a sheet too large for one response', () => {
  test('falls back to bands of rows, each response under 5 MB, and gives the same grid', async () => {
    const { fake, host } = excel();
    const text = '用户自己的一大张表格里很长的一段文字内容'.repeat(2);
    const rows = Array.from({ length: 8_000 }, (_, r) =>
      Array.from({ length: 10 }, (__, c) => (c === 0 ? r + 1 : text)),
    );
    fake.user.addSheet('大表', rows, [{ top: 1, left: 2, bottom: 1, right: 3 }]);
    const before = fake.syncs;
    const grid = await host.readGrid('大表');
    expect(fake.syncs - before).toBeGreaterThan(2);
    expect(fake.log.filter((s) => s.failed !== null).map((s) => s.failed)).toEqual([
      'ResponsePayloadSizeLimitExceeded',
    ]);
    const answered = fake.log.filter((s) => s.failed === null).map((s) => s.responseBytes);
    expect(Math.max(...answered)).toBeLessThan(5 * 1024 * 1024);
    expect(grid.values).toEqual(rows);
    expect(grid.merges).toEqual([{ top: 1, left: 2, bottom: 1, right: 3 }]);
    expect(grid.extent).toBeUndefined();
  });
});
