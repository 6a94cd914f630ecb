import type { XRange, XRequestContext } from '../../../src/hosts/excel/excelApi';
import { FakeExcel, FakeOfficeError } from '../../fakes/excel';

/** The fake enforces what Excel enforces: each test here is a mistake real Excel would punish. */
async function rejects(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ code });
}

function throwsCode(action: () => unknown, code: string): void {
  let error: unknown = null;
  try {
    action();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(FakeOfficeError);
  expect((error as FakeOfficeError).code).toBe(code);
}

describe('the Excel fake: proxies, load and sync', () => {
  test('a property is readable only after load and sync', async () => {
    const excel = new FakeExcel();
    excel.user.addSheet('表', [[1, '甲']]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('表').getRange('A1:B1');
      throwsCode(() => range.values, 'PropertyNotLoaded');
      range.load('values,address');
      throwsCode(() => range.values, 'PropertyNotLoaded');
      await context.sync();
      expect(range.values).toEqual([[1, '甲']]);
      expect(range.address).toBe('表!A1:B1');
      throwsCode(() => range.rowCount, 'PropertyNotLoaded');
    });
  });

  test('a write is applied at sync; a value set is readable at once, as in Office.js', async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('B2');
      range.values = [[42]];
      expect(range.values).toEqual([[42]]);
      expect(excel.cell('Sheet1', 'B2').value).toBe('');
      await context.sync();
      expect(excel.cell('Sheet1', 'B2').value).toBe(42);
    });
  });

  test('a 2-D array whose shape does not match the range fails at sync with InvalidArgument; what ran before stays done', async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').values = [['先写']];
      sheet.getRange('A2:B2').values = [[1], [2]];
      sheet.getRange('A3').values = [['不会写']];
      await rejects(context.sync(), 'InvalidArgument');
    });
    expect(excel.cell('Sheet1', 'A1').value).toBe('先写');
    expect(excel.cell('Sheet1', 'A3').value).toBe('');
  });

  test('getItem of a missing sheet fails at sync (ItemNotFound); getItemOrNullObject gives a null object', async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('没有');
      throwsCode(() => missing.isNullObject, 'PropertyNotLoaded');
      const there = context.workbook.worksheets.getItemOrNullObject('sheet1');
      await context.sync();
      expect([missing.isNullObject, there.isNullObject]).toEqual([true, false]);
      context.workbook.worksheets.getItem('没有').load('name');
      await rejects(context.sync(), 'ItemNotFound');
    });
  });

  test('counts syncs; Excel.run syncs what is still queued when the batch returns', async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      await context.sync();
      context.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [[2]];
    });
    expect({ runs: excel.runs, syncs: excel.syncs, a2: excel.cell('Sheet1', 'A2').value }).toEqual({
      runs: 1,
      syncs: 2,
      a2: 2,
    });
  });

  test('a request over 5 MB fails on the web (nothing applied) and passes on the desktop', async () => {
    const big = [[`x${'字'.repeat(3 * 1024 * 1024)}`, `y${'字'.repeat(3 * 1024 * 1024)}`]];
    const write = (context: XRequestContext) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').values = big;
      return context.sync();
    };
    const web = new FakeExcel();
    await rejects(web.run(write), 'RequestPayloadSizeLimitExceeded');
    expect(web.cell('Sheet1', 'A1').value).toBe('');
    const desktop = new FakeExcel({ platform: 'desktop' });
    await desktop.run(write);
    expect(String(desktop.cell('Sheet1', 'B1').value).length).toBe(3 * 1024 * 1024 + 1);
  });

  test('anything it does not model fails loudly', async () => {
    const excel = new FakeExcel();
    await excel
      .run(async (context) => {
        const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1') as XRange & {
          autoFitColumns?: () => void;
        };
        throwsCode(() => range.autoFitColumns?.(), 'NotModelled');
        throwsCode(() => {
          (range.format as unknown as Record<string, unknown>).indentLevel = 2;
        }, 'NotModelled');
        range.load('text');
      })
      .catch((e: unknown) => expect(e).toMatchObject({ code: 'NotModelled' }));
  });

  test('an API above the supported requirement set fails with ApiNotFound (notes need 1.18)', async () => {
    const excel = new FakeExcel({ apiVersion: '1.14' });
    expect([
      excel.requirements.isSetSupported('ExcelApi', '1.14'),
      excel.requirements.isSetSupported('ExcelApi', '1.18'),
    ]).toEqual([true, false]);
    await rejects(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').notes.add('A1', '批注');
        await context.sync();
      }),
      'ApiNotFound',
    );
  });
});

describe('the Excel fake: what Excel makes of written values', () => {
  test('text is read as if typed: formulas, numbers, percentages, booleans; an apostrophe keeps text', async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:F1').values = [
        ['=SUM(1,2)', '596.68', '50%', 'true', "'=SUM(1,2)", '接待群众来访'],
      ];
    });
    const cells = ['A1', 'B1', 'C1', 'D1', 'E1', 'F1'].map((a) => excel.cell('Sheet1', a));
    expect(cells.map((c) => [c.formula, c.value])).toEqual([
      ['=SUM(1,2)', ''],
      [null, 596.68],
      [null, 0.5],
      [null, true],
      [null, '=SUM(1,2)'],
      [null, '接待群众来访'],
    ]);
    expect(cells[2].numberFormat).toBe('0%');
  });

  test('text whose meaning depends on the locale (a date, full-width digits) is refused unless protected', async () => {
    for (const text of ['2020-12-31', '１２３', '1/2', '(5)']) {
      await rejects(
        new FakeExcel().run(async (context) => {
          context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[text]];
        }),
        'NotModelled',
      );
    }
  });

  test('a formula that does not parse is refused (InvalidArgument)', async () => {
    await rejects(
      new FakeExcel().run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').formulas = [['=IF(A2="",1']];
      }),
      'InvalidArgument',
    );
  });
});

describe('the Excel fake: sheets, formats, merges, notes, comments, parts, events', () => {
  test('worksheets: add (name rules, duplicates ignoring case), visibility incl. veryHidden, items', async () => {
    const excel = new FakeExcel();
    await rejects(
      excel.run(async (c) => void c.workbook.worksheets.add('SHEET1')),
      'ItemAlreadyExists',
    );
    await rejects(
      excel.run(async (c) => void c.workbook.worksheets.add('a/b')),
      'InvalidArgument',
    );
    const names = await excel.run(async (context) => {
      const store = context.workbook.worksheets.add('内部');
      store.visibility = 'VeryHidden';
      const list = context.workbook.worksheets.load('items/name,items/visibility');
      await context.sync();
      return list.items.map((s) => [s.name, s.visibility]);
    });
    expect(names).toEqual([
      ['Sheet1', 'Visible'],
      ['内部', 'VeryHidden'],
    ]);
    await rejects(
      excel.run(async (c) => void (c.workbook.worksheets.getItem('Sheet1').visibility = 'Hidden')),
      'InvalidOperation',
    );
  });

  test('formats: fill, font, borders, alignment, wrap, width and height in points, protection, number format', async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('B2:C3');
      range.format.fill.color = '#ffc7ce';
      range.format.font.bold = true;
      range.format.font.color = '#9C0006';
      range.format.borders.getItem('InsideHorizontal').style = 'Continuous';
      range.format.horizontalAlignment = 'Center';
      range.format.wrapText = true;
      range.format.columnWidth = 110.25;
      range.format.rowHeight = 30;
      range.format.protection.locked = false;
      range.numberFormat = [
        ['0.00', '0.00%'],
        ['@', 'General'],
      ];
      await context.sync();
      range.load('format/columnWidth,format/rowHeight,format/horizontalAlignment,format/fill/color');
      const mixed = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      mixed.load('format/fill/color');
      await context.sync();
      expect([
        range.format.fill.color,
        range.format.columnWidth,
        range.format.rowHeight,
        range.format.horizontalAlignment,
      ]).toEqual(['#FFC7CE', 110.25, 30, 'Center']);
      expect(mixed.format.fill.color).toBeNull();
    });
    const b2 = excel.cell('Sheet1', 'B2');
    expect([
      b2.borders.EdgeBottom?.style,
      b2.borders.EdgeTop,
      excel.cell('Sheet1', 'B3').borders.EdgeTop?.style,
    ]).toEqual(['Continuous', undefined, 'Continuous']);
    expect([b2.locked, b2.wrapText, excel.cell('Sheet1', 'C2').numberFormat]).toEqual([false, true, '0.00%']);
    await rejects(
      excel.run(
        async (c) => void (c.workbook.worksheets.getItem('Sheet1').getRange('A1').format.fill.color = 'red'),
      ),
      'InvalidArgument',
    );
    await rejects(
      excel.run(
        async (c) => void (c.workbook.worksheets.getItem('Sheet1').getRange('A1').format.rowHeight = 500),
      ),
      'InvalidArgument',
    );
  });

  test('merge keeps the top-left value; merged areas are read back; a merge cutting another is refused', async () => {
    const excel = new FakeExcel();
    excel.user.addSheet('表', [['标题', '丢失']]);
    const address = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('表');
      sheet.getRange('A1:B1').merge();
      sheet.getRange('A3:C4').merge(true);
      const areas = sheet.getRange('A1:D10').getMergedAreasOrNullObject().load('address');
      const none = sheet.getRange('E1:F2').getMergedAreasOrNullObject();
      await context.sync();
      expect(none.isNullObject).toBe(true);
      return areas.address;
    });
    expect(address).toBe('表!A1:B1, 表!A3:C3, 表!A4:C4');
    expect([excel.cell('表', 'A1').value, excel.cell('表', 'B1').value]).toEqual(['标题', '']);
    await rejects(
      excel.run(async (c) => c.workbook.worksheets.getItem('表').getRange('B1:C1').merge()),
      'InvalidArgument',
    );
  });

  test('data validation: one rule type, a list source as text, Between needs formula2', async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      const dv = context.workbook.worksheets.getItem('Sheet1').getRange('H13:H20').dataValidation;
      dv.rule = { decimal: { operator: 'Between', formula1: 0, formula2: '=G13' } };
      dv.errorAlert = { showAlert: true, style: 'Stop', title: '得分', message: '0 到分值之间' };
    });
    expect(excel.sheet('Sheet1').validations.size).toBe(8);
    await rejects(
      excel.run(
        async (c) =>
          void (c.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.rule = {
            decimal: { operator: 'Between', formula1: 0 },
          }),
      ),
      'InvalidArgument',
    );
    await rejects(
      excel.run(
        async (c) =>
          void (c.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.rule = {
            decimal: { operator: 'GreaterThan', formula1: 0 },
            list: { source: 'a,b', inCellDropDown: true },
          }),
      ),
      'InvalidArgument',
    );
  });

  test('notes (1.18) and comments (1.10): one per cell, found by cell, deleted', async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.notes.add('B2', '批注');
      sheet.comments.add('C3', '评论');
      await context.sync();
      const note = sheet.notes.getItemOrNullObject('B2').load('content');
      const none = sheet.notes.getItemOrNullObject('B3');
      const comments = sheet.comments.load('items/content');
      await context.sync();
      expect([note.content, none.isNullObject, comments.items.map((c) => c.content)]).toEqual([
        '批注',
        true,
        ['评论'],
      ]);
      const where = comments.items[0].getLocation().load('address');
      note.delete();
      await context.sync();
      expect(where.address).toBe('Sheet1!C3');
    });
    expect(excel.cell('Sheet1', 'B2').note).toBeNull();
    await rejects(
      excel.run(async (c) => void c.workbook.worksheets.getItem('Sheet1').comments.add('C3', '第二条')),
      'InvalidArgument',
    );
  });

  test('custom XML parts: found by namespace, survive a save and reopen; XML that does not parse is refused', async () => {
    const excel = new FakeExcel();
    await excel.run(
      async (c) => void c.workbook.customXmlParts.add('<store xmlns="urn:test">文本 &amp; 更多</store>'),
    );
    const again = excel.reopen();
    const xml = await again.run(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace('urn:test').load('items/id');
      await context.sync();
      const result = parts.items[0].getXml();
      await context.sync();
      return result.value;
    });
    expect(xml).toBe('<store xmlns="urn:test">文本 &amp; 更多</store>');
    await rejects(
      again.run(async (c) => void c.workbook.customXmlParts.add('<a><b></a>')),
      'InvalidArgument',
    );
  });

  test('onChanged: the user typing and our own writes are told apart by triggerSource (1.14)', async () => {
    const excel = new FakeExcel();
    const seen: unknown[] = [];
    await excel.run(async (context) => {
      context.workbook.worksheets
        .getItem('Sheet1')
        .onChanged.add(async (args) => void seen.push([args.address, args.triggerSource]));
    });
    excel.user.type('Sheet1', 'C5', 1036.03);
    await excel.run(
      async (c) => void (c.workbook.worksheets.getItem('Sheet1').getRange('D5:E5').values = [[1, 2]]),
    );
    expect(seen).toEqual([]);
    await excel.settle();
    expect(seen).toEqual([
      ['C5', 'Unknown'],
      ['D5:E5', 'ThisLocalAddin'],
    ]);
  });

  test('suspensions are recorded per sync, with the cells written before them', async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      const app = context.workbook.application;
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      app.suspendApiCalculationUntilNextSync();
      app.suspendScreenUpdatingUntilNextSync();
      context.workbook.worksheets.getItem('Sheet1').getRange('A2:A3').values = [[2], [3]];
    });
    expect(
      excel.log.map((s) => [
        s.cellsWritten,
        s.cellsWrittenUnsuspended,
        s.calculationSuspended,
        s.screenUpdatingSuspended,
      ]),
    ).toEqual([[3, 1, true, true]]);
  });

  test('the used range, the active cell, select', async () => {
    const excel = new FakeExcel();
    excel.user.addSheet('表', [
      [null, null],
      [null, '值', null, 3],
    ]);
    await excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem('表').getUsedRange(true).load('address');
      const empty = context.workbook.worksheets.getItem('Sheet1').getUsedRange(true).load('address');
      context.workbook.worksheets.getItem('表').getRange('D2').select();
      await context.sync();
      const active = context.workbook.getActiveCell().load('address');
      await context.sync();
      expect([used.address, empty.address, active.address]).toEqual(['表!B2:D2', 'Sheet1!A1', '表!D2']);
    });
  });
});
