/// <reference types="et-jsapi-declare" />
import { FakeWps, NotModelledError } from '../../fakes/wps';

/** The fake must behave as ET does where the host could go wrong: each quirk, asserted. */
function sheet1(fake: FakeWps): Et.Worksheet {
  return fake.application.ActiveWorkbook.Sheets.Item(1) as Et.Worksheet;
}

describe('the fake ET object model', () => {
  test('every property read, write and method call across the bridge is counted once', () => {
    const fake = new FakeWps();
    const sheets = fake.application.ActiveWorkbook.Sheets; // 2 reads
    expect(fake.calls).toBe(2);
    expect(sheets.Count).toBe(1); // 1 read
    const sheet = sheets.Item(1) as Et.Worksheet; // 1 call
    sheet.Range('A1').Value2 = [[1]]; // 1 call, 1 write
    expect(fake.calls).toBe(6);
    expect(fake.callsByMember.get('Range.Value2=')).toBe(1);
    expect(fake.callsByMember.get('Sheets.Item()')).toBe(1);
  });

  test('anything not modelled fails loudly: members, enum objects, values of other kinds', () => {
    const fake = new FakeWps();
    const app = fake.application;
    expect(() => app.Enum).toThrow(NotModelledError);
    expect(() => (app as unknown as { Selection: unknown }).Selection).toThrow(
      /Application.Selection is not modelled/,
    );
    const range = sheet1(fake).Range('A1');
    expect(() => range.Text).toThrow(NotModelledError);
    expect(() => {
      (range as unknown as { Row: number }).Row = 3;
    }).toThrow(/writing Range.Row/);
    expect(() => range.Value(10)).toThrow(NotModelledError);
    expect(() => app.ApiEvent.AddApiEventListener('WorkbookOpen', () => undefined)).toThrow(NotModelledError);
  });

  test('there are no enum globals at run time: Et.* and xl* exist only in the declarations', () => {
    const global = globalThis as Record<string, unknown>;
    expect(global.Et).toBeUndefined();
    expect(global.xlEdgeLeft).toBeUndefined();
    expect(global.Application).toBeUndefined();
  });

  test('collections are 1-based, names are found ignoring case, a missing item throws', () => {
    const fake = new FakeWps();
    fake.addSheet('数据');
    const sheets = fake.application.ActiveWorkbook.Sheets;
    expect((sheets.Item(1) as Et.Worksheet).Name).toBe('Sheet1');
    expect((sheets.Item(2) as Et.Worksheet).Name).toBe('数据');
    expect(() => sheets.Item(0)).toThrow(/no such sheet/);
    expect(() => sheets.Item(3)).toThrow(/no such sheet/);
    expect((sheets.Item('SHEET1') as Et.Worksheet).Name).toBe('Sheet1');
  });

  test('Value2 is a scalar for one cell, a flat array for one row or column, rows otherwise; empty is undefined', () => {
    const fake = new FakeWps();
    fake.typeValues('Sheet1', [
      { cell: 'A1', value: 1 },
      { cell: 'B1', value: 'x' },
      { cell: 'A2', value: true },
    ]);
    const sheet = sheet1(fake);
    expect(sheet.Range('A1').Value2).toBe(1);
    expect(sheet.Range('A1:C1').Value2).toEqual([1, 'x', undefined]);
    expect(sheet.Range('A1:A3').Value2).toEqual([1, true, undefined]);
    expect(sheet.Range('A1:B2').Value2).toEqual([
      [1, 'x'],
      [true, undefined],
    ]);
  });

  test('a string is read as typed; an apostrophe keeps it text', () => {
    const fake = new FakeWps();
    const sheet = sheet1(fake);
    sheet.Range('A1:H1').Value2 = [
      ["'596.68", '596.68', '57.59%', '=A2*2', '#N/A', 'true', '2020-12-31', '12件'],
    ];
    expect(sheet.Range('A1:H1').Value2).toEqual([
      '596.68',
      596.68,
      0.5759,
      '',
      -2146826246,
      true,
      44196,
      '12件',
    ]);
    expect(sheet.Range('A1:E1').Formula).toEqual(['596.68', '596.68', '0.5759', '=A2*2', '#N/A']);
    expect(fake.cell('Sheet1', 'A1')?.prefix).toBe(true);
  });

  test('assignment shapes: a flat array repeats down the rows, a short 2-D array leaves #N/A', () => {
    const fake = new FakeWps();
    const sheet = sheet1(fake);
    sheet.Range('A1:A3').Value2 = [1, 2, 3];
    expect(sheet.Range('A1:A3').Value2).toEqual([1, 1, 1]);
    sheet.Range('B1:C2').Value2 = [[5]];
    expect(sheet.Range('B1:C2').Value2).toEqual([
      [5, -2146826246],
      [-2146826246, -2146826246],
    ]);
  });

  test('cell errors cross the bridge as CVErr numbers', () => {
    const fake = new FakeWps();
    const sheet = sheet1(fake);
    sheet.Range('A1').Value2 = '=1/0';
    fake.setCached('Sheet1', 'A1', { error: 2007 });
    expect(sheet.Range('A1').Value2).toBe(-2146826281);
    expect(sheet.Range('A1').Formula).toBe('=1/0');
  });

  test('AddComment fails on a cell that has a comment', () => {
    const fake = new FakeWps();
    const range = sheet1(fake).Range('B2');
    expect(range.Comment).toBeNull();
    range.AddComment('第一条');
    expect(() => range.AddComment('第二条')).toThrow(/has a comment/);
    expect(range.Comment.Text()).toBe('第一条');
    range.ClearComments();
    range.AddComment('第二条');
    expect(fake.format('Sheet1', 'B2').note).toBe('第二条');
  });

  test('colours are BGR; no fill reads as white, and only Pattern tells', () => {
    const fake = new FakeWps();
    const range = sheet1(fake).Range('A1');
    expect(range.Interior.Color).toBe(0xffffff);
    expect(range.Interior.Pattern).toBe(-4142);
    range.Interior.Color = 0xcec7ff;
    expect(fake.format('Sheet1', 'A1').fill).toBe('#FFC7CE');
    expect(range.Interior.Pattern).toBe(1);
    range.Font.Color = 0x06009c;
    expect(fake.format('Sheet1', 'A1').fontColor).toBe('#9C0006');
    expect(sheet1(fake).Range('A1:A2').Interior.Color).toBeNull();
  });

  test('ScreenUpdating and Calculation are application state, recorded at every write', () => {
    const fake = new FakeWps();
    const app = fake.application;
    app.ScreenUpdating = false;
    app.Calculation = -4135;
    sheet1(fake).Range('A1').Value2 = [[1]];
    app.ScreenUpdating = true;
    sheet1(fake).Range('A2').Value2 = [[1]];
    expect(fake.writes.map((w) => [w.member, w.screenUpdating, w.calculation])).toEqual([
      ['Value2', false, -4135],
      ['Value2', true, -4135],
    ]);
    expect(() => {
      app.Calculation = 7 as Et.XlCalculation;
    }).toThrow(/Calculation = 7/);
  });

  test('Range.Select works only on the active sheet; Sheets.Add activates the new sheet', () => {
    const fake = new FakeWps();
    const other = fake.addSheet('其他');
    const sheets = fake.application.ActiveWorkbook.Sheets;
    expect(() => (sheets.Item('其他') as Et.Worksheet).Range('B2').Select()).toThrow(/not active/);
    const added = sheets.Add(undefined, sheets.Item(2)) as Et.Worksheet;
    expect(added.Name).toBe('Sheet3');
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1', '其他', 'Sheet3']);
    expect(fake.application.ActiveSheet.Name).toBe('Sheet3');
    expect(() => {
      added.Name = 'sheet1';
    }).toThrow(/exists/);
    expect(other.activeCell).toEqual({ row: 1, col: 1 });
  });

  test('merging over values stops on a dialog unless alerts are off; MergeCells is true, false or mixed (null)', () => {
    const fake = new FakeWps();
    const sheet = sheet1(fake);
    sheet.Range('A1:B1').Value2 = [['a', 'b']];
    expect(() => sheet.Range('A1:B1').Merge()).toThrow(/dialog/);
    sheet.Range('C1:D2').Merge();
    expect(sheet.Range('C1:D2').MergeCells).toBe(true);
    expect(sheet.Range('A1:B1').MergeCells).toBe(false);
    expect(sheet.Range('B1:C1').MergeCells).toBeNull();
    expect(sheet.Range('D2').MergeArea.Address(false, false)).toBe('C1:D2');
  });

  test('Validation.Add fails where a rule exists; relative references are read from the active cell', () => {
    const fake = new FakeWps();
    const sheet = sheet1(fake);
    sheet.Range('H13').Select();
    const validation = sheet.Range('H13:H20').Validation;
    validation.Add(2, 1, 1, '=0', '=G13');
    expect(() => sheet.Range('H14').Validation.Add(2, 1, 1, '=0', '=1')).toThrow(/Delete it first/);
    expect(fake.sheet('Sheet1').validations[0].addedAt).toEqual({ row: 13, col: 8 });
    expect(() => {
      validation.InputTitle = '标'.repeat(33);
    }).toThrow(/longer than 32/);
  });

  test('SheetChange fires for writes while events are on, not while off (unless the build ignores EnableEvents)', () => {
    for (const honours of [true, false]) {
      const fake = new FakeWps(undefined, { honoursEnableEvents: honours });
      const seen: string[] = [];
      fake.application.ApiEvent.AddApiEventListener('SheetChange', (ws, target) => {
        seen.push(`${ws.Name}!${(target as Et.Range).Address(false, false)}`);
      });
      sheet1(fake).Range('A1:B2').Value2 = [
        [1, 2],
        [3, 4],
      ];
      fake.application.EnableEvents = false;
      sheet1(fake).Range('C3').Value2 = [[5]];
      fake.application.EnableEvents = true;
      fake.typeValues('Sheet1', [{ cell: 'D4', value: '6' }]);
      expect(seen).toEqual(
        honours ? ['Sheet1!A1:B2', 'Sheet1!D4'] : ['Sheet1!A1:B2', 'Sheet1!C3', 'Sheet1!D4'],
      );
    }
  });

  test('Value(11) gives the block as XML Spreadsheet with merges, styles and comments, or fails on a build without it', () => {
    const fake = new FakeWps();
    const sheet = sheet1(fake);
    sheet.Range('B2:C3').Merge();
    fake.setFormat('Sheet1', 'A1', { fill: '#FFC7CE', note: '批注 <1> & "2"' });
    const xml = sheet.Range('A1:D4').Value(11);
    expect(xml).toContain('<Cell ss:Index="2" ss:MergeAcross="1" ss:MergeDown="1">');
    expect(xml).toContain('<Interior ss:Color="#FFC7CE" ss:Pattern="Solid"/>');
    expect(xml).toContain('批注 &lt;1&gt; &amp; &quot;2&quot;');
    const bare = new FakeWps(undefined, { xmlSpreadsheet: false });
    expect(() => sheet1(bare).Range('A1').Value(11)).toThrow(/no XML Spreadsheet/);
  });

  test('UsedRange starts at the first used cell, not A1; an empty sheet gives A1', () => {
    const fake = new FakeWps();
    expect(sheet1(fake).UsedRange.Address(false, false)).toBe('A1');
    fake.typeValues('Sheet1', [{ cell: 'C3', value: 1 }]);
    fake.setFormat('Sheet1', 'E9', { fill: '#FFFF00' });
    expect(sheet1(fake).UsedRange.Address()).toBe('$C$3:$E$9');
  });

  test('save and reopen keeps the workbook and loses the add-in: listeners, PluginStorage', () => {
    const fake = new FakeWps();
    fake.application.PluginStorage.setItem('k', 'v');
    fake.application.ApiEvent.AddApiEventListener('SheetChange', () => undefined);
    fake.typeValues('Sheet1', [{ cell: 'A1', value: '文字' }]);
    const again = fake.reopen();
    expect(again.cell('Sheet1', 'A1')?.value).toBe('文字');
    expect(again.listenerCount).toBe(0);
    expect(again.pluginStorage.size).toBe(0);
    again.typeValues('Sheet1', [{ cell: 'A1', value: 'x' }]);
    expect(fake.cell('Sheet1', 'A1')?.value).toBe('文字');
  });
});
