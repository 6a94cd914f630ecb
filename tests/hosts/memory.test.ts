import { STANDARD_2020 } from '../../src/domain/profiles/standard2020';
import { addSheet } from '../../src/app/addSheet';
import { MARKS_KEY } from '../../src/app/marks/markRecords';
import { MARK_FILLS } from '../../src/app/marks/planMarks';
import { clearMarks, syncMarks } from '../../src/app/marks/syncMarks';
import { MemoryWorkbook } from '../../src/hosts/memory';
import { cleanSheetName, uniqueSheetName } from '../../src/templates/sheetName';
import { renderTemplate } from '../../src/templates/render';
import { findTag } from '../../src/templates/tag';
import { runUseCases } from '../app/useCases';
import { render, runHostContract, type HostContractOptions } from './contract';

const options: HostContractOptions<MemoryWorkbook> = {
  withSheet: async (sheet, rows, merges) => MemoryWorkbook.fromRows(sheet, rows, merges),
  typeValues: async (host, sheet, values) => values.forEach((v) => host.setValue(sheet, v.cell, v.value)),
  userFormat: async (host, sheet, cell, format) => host.setFormat(sheet, cell, format),
  reopen: async (host) => host.reopen(),
  notifies: true,
};
runHostContract('memory', async () => new MemoryWorkbook(), options);
runUseCases('memory', async () => new MemoryWorkbook(), options);

describe('MemoryWorkbook beyond the contract', () => {
  test('writes the styles, sizes, validations, print setup, freeze and hidden tag column of the plan', async () => {
    const book = new MemoryWorkbook();
    const name = await addSheet(book, render().plan);
    const sheet = book.sheet(name);
    if (!sheet) throw new Error('no sheet');
    expect(sheet.at(1, 1).style).toMatchObject({
      font: { name: '黑体', size: 18, bold: true },
      horizontal: 'center',
    });
    expect(sheet.at(5, 3).style).toEqual({
      font: { name: '宋体', size: 11 },
      horizontal: 'right',
      vertical: 'middle',
      wrap: true,
      locked: false,
      border: 'thin',
      fill: '#FFF9E5',
      numberFormat: '0.00',
    });
    expect(sheet.at(5, 5).style).toMatchObject({ numberFormat: '0.00%', locked: true, border: 'thin' });
    expect(sheet.at(12, 2).style).toMatchObject({
      font: { name: '宋体', size: 11, bold: true },
      fill: '#F2F2F2',
    });
    expect(sheet.at(37, 1).style.border).toBeUndefined();
    expect([...sheet.hiddenColumns]).toEqual([11]);
    expect(sheet.columnWidths.get(4)).toBe(21);
    expect(sheet.rowHeights.get(9)).toBe(60);
    expect(sheet.validations).toHaveLength(9);
    expect(sheet.print).toMatchObject({ orientation: 'landscape', titleRows: { from: 12, to: 12 } });
    expect(sheet.freezeRows).toBe(2);
    expect(sheet.at(1, 11).value).toMatch(/^JXZP:/);
  });

  test('readGrid gives a formula cell its cached value (null until set) and its formula text', async () => {
    const book = new MemoryWorkbook();
    const name = await addSheet(book, render().plan);
    book.setValue(name, 'C5', 1036.03);
    book.setValue(name, 'D5', 596.68);
    let grid = await book.readGrid(name);
    expect(grid.values[4].slice(2, 5)).toEqual([1036.03, 596.68, null]);
    expect(grid.formulas?.[4][4]).toBe('IF(OR(C5="",C5=0),"",D5/C5)');
    expect(grid.formulas?.[4][2]).toBeNull();
    book.setValue(name, 'E5', 0.5759);
    grid = await book.readGrid(name);
    expect(grid.values[4][4]).toBe(0.5759);
    expect(findTag(grid)).toBe(grid.values[0][10]);
  });

  test('keeps the marks in the workbook store as versioned JSON, removed once all is cleared', async () => {
    const book = new MemoryWorkbook();
    const name = await addSheet(book, render().plan);
    book.setFormat(name, 'D13', { fill: '#00B050', note: '用户批注' });
    await syncMarks(book, [
      {
        sheet: name,
        area: null,
        wanted: [
          { cell: 'D13', severity: 'error', note: '错' },
          { cell: 'C5', severity: 'info', note: '提示' },
        ],
      },
    ]);
    expect(await book.listSheets()).toEqual([{ name, visible: true }]);
    expect(JSON.parse((await book.readStore(MARKS_KEY)) ?? 'null')).toEqual({
      version: 1,
      marks: [
        {
          sheet: name,
          cell: 'D13',
          previous: { fill: '#00B050', fontColor: null, note: '用户批注' },
          applied: { fill: MARK_FILLS.error, note: '错' },
        },
        {
          sheet: name,
          cell: 'C5',
          previous: { fill: '#FFF9E5', fontColor: null, note: null },
          applied: { fill: MARK_FILLS.info, note: '提示' },
        },
      ],
    });
    expect(book.format(name, 'D13')).toEqual({ fill: MARK_FILLS.error, fontColor: null, note: '错' });
    await clearMarks(book);
    expect(await book.readStore(MARKS_KEY)).toBeNull();
    expect(book.format(name, 'D13')).toEqual({ fill: '#00B050', fontColor: null, note: '用户批注' });
  });

  test('setValue is the user typing: it notifies the sheet’s listeners with the cell', async () => {
    const book = new MemoryWorkbook();
    const name = await addSheet(book, render().plan);
    const heard: unknown[] = [];
    await book.onChange(name, (c) => heard.push(c));
    book.setValue(name, 'd14', '输入');
    expect(heard).toEqual([{ sheet: name, range: { top: 14, left: 4, bottom: 14, right: 4 } }]);
  });

  test('fromRows builds a workbook from plain arrays, merges as A1 or boxes', async () => {
    const book = MemoryWorkbook.fromRows(
      '表1',
      [
        ['a', null, 3],
        [null, '=A1'],
      ],
      ['A1:B1'],
    );
    expect(book.roundTrips).toBe(0);
    const grid = await book.readGrid('表1');
    expect(grid).toEqual({
      sheet: '表1',
      values: [
        ['a', null, 3],
        [null, '=A1', null],
      ],
      formulas: [
        [null, null, null],
        [null, null, null],
      ],
      merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
    });
    expect(book.roundTrips).toBe(1);
  });

  test('sheet names: forbidden characters replaced, 31 characters at most, unique ignoring case', async () => {
    expect(cleanSheetName('a/b\\c:d*e?f[g]h')).toBe('a_b_c_d_e_f_g_h');
    expect(cleanSheetName("'引号'")).toBe('_引号_');
    expect(cleanSheetName('   ')).toBe('Sheet');
    expect(cleanSheetName('history')).toBe('history_');
    const long = '某某市某某区某某局某某中心2020年度项目支出绩效自评表（第一批）';
    expect(cleanSheetName(long)).toHaveLength(31);
    expect(uniqueSheetName(long, [cleanSheetName(long)])).toBe(`${long.slice(0, 27)} (2)`);
    expect(uniqueSheetName('Sheet', ['sheet', 'SHEET (2)'])).toBe('Sheet (3)');
    expect(uniqueSheetName('😀'.repeat(20), [])).toBe('😀'.repeat(15));

    const result = renderTemplate({ kind: 'project', year: 2021, unit: 'x', profile: STANDARD_2020 });
    if (!result.ok) throw new Error('render failed');
    const book = new MemoryWorkbook();
    const name = await addSheet(book, { ...result.plan, sheetName: '项目/支出:自评表?2021' });
    expect(name).toBe('项目_支出_自评表_2021');
  });
});
