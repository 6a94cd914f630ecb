import type ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { addSheet } from '../../src/app/addSheet';
import { MARKS_KEY } from '../../src/app/marks/markRecords';
import { clearMarks, syncMarks } from '../../src/app/marks/syncMarks';
import {
  MAX_FILE_BYTES,
  STORE_SHEET,
  XlsxWorkbookHost,
  portableFill,
  portableNote,
} from '../../src/hosts/xlsx';
import { findTag } from '../../src/templates/tag';
import { removeNote, validationStore } from '../../src/hosts/xlsx/exceljsInternals';
import { rangeA1 } from '../../src/templates/a1';
import type { SheetPlan } from '../../src/templates/plan';
import { runUseCases } from '../app/useCases';
import { render, runHostContract, type HostContractOptions } from './contract';

async function reopen(host: XlsxWorkbookHost): Promise<XlsxWorkbookHost> {
  const opened = await XlsxWorkbookHost.open(await host.toBuffer());
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.host;
}

function worksheet(host: XlsxWorkbookHost, sheet: string): ExcelJS.Worksheet {
  const ws = host.workbook.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  return ws;
}

const options: HostContractOptions<XlsxWorkbookHost> = {
  withSheet: async (sheet, rows, merges = []) => {
    const host = XlsxWorkbookHost.create();
    const ws = host.workbook.addWorksheet(sheet);
    rows.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value !== null) ws.getCell(i + 1, j + 1).value = value;
      }),
    );
    for (const m of merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
    return host;
  },
  typeValues: async (host, sheet, values) => {
    const ws = worksheet(host, sheet);
    for (const { cell, value } of values) ws.getCell(cell).value = value;
  },
  userFormat: async (host, sheet, cell, format) => {
    const c = worksheet(host, sheet).getCell(cell);
    const style: Partial<ExcelJS.Style> = { ...c.style };
    if (format.fill !== undefined) {
      if (format.fill === null) delete style.fill;
      else style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${format.fill.slice(1)}` } };
    }
    if (format.fontColor !== undefined)
      style.font = {
        ...style.font,
        color: format.fontColor === null ? undefined : { argb: `FF${format.fontColor.slice(1)}` },
      };
    c.style = style;
    if (format.note === null) removeNote(c);
    else if (format.note !== undefined) c.note = format.note;
  },
  reopen,
  notifies: false,
};
runHostContract('xlsx', async () => XlsxWorkbookHost.create(), options);
runUseCases('xlsx', async () => XlsxWorkbookHost.create(), options);

function renderPlan(): SheetPlan {
  return render().plan;
}

/** What the file holds besides values: validations, sizes, print setup, view, a few styles. */
function sheetLayout(ws: ExcelJS.Worksheet) {
  const validations = Object.entries(validationStore(ws).model)
    .filter(([, v]) => v !== undefined)
    .map(([address, v]) => ({
      address,
      type: v?.type,
      operator: v?.operator ?? 'between',
      formulae: v?.formulae?.map(String),
    }))
    .sort((a, b) => a.address.localeCompare(b.address));
  const widths = Array.from({ length: 11 }, (_, i) => ws.getColumn(i + 1).width ?? null);
  const {
    paperSize,
    orientation,
    fitToPage,
    fitToWidth,
    fitToHeight,
    printArea,
    printTitlesRow,
    horizontalCentered,
    margins,
  } = ws.pageSetup;
  return {
    validations,
    widths,
    heights: [1, 2, 9, 11, 12].map((r) => ws.getRow(r).height),
    hidden: ws.getColumn(11).hidden,
    page: {
      paperSize,
      orientation,
      fitToPage,
      fitToWidth,
      fitToHeight,
      printArea,
      printTitlesRow,
      horizontalCentered,
      margins,
    },
    frozen: ws.views.map((v) => ('ySplit' in v ? { state: v.state, ySplit: v.ySplit } : { state: v.state })),
  };
}

describe('XlsxWorkbookHost beyond the contract', () => {
  test('writes the plan into the file: styles, widths, heights, hidden tag column, validations, A4 landscape print setup, frozen rows', async () => {
    const plan = renderPlan();
    const host = XlsxWorkbookHost.create();
    const ws = worksheet(host, await addSheet(host, plan));
    expect(ws.getCell('A1').font).toMatchObject({ name: '黑体', size: 18, bold: true });
    expect(ws.getCell('C5').style).toMatchObject({
      font: { name: '宋体', size: 11 },
      alignment: { horizontal: 'right', vertical: 'middle', wrapText: true },
      protection: { locked: false },
      border: {
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF9E5' } },
      numFmt: '0.00',
    });
    expect(ws.getCell('E5').style).toMatchObject({ numFmt: '0.00%', protection: { locked: true } });
    expect(ws.getCell('E5').value).toEqual({ formula: 'IF(OR(C5="",C5=0),"",D5/C5)' });
    expect(ws.getCell('B12').style).toMatchObject({
      font: { bold: true },
      fill: { fgColor: { argb: 'FFF2F2F2' } },
    });
    const layout = sheetLayout(ws);
    expect(layout.widths).toEqual([13, 18, 14, 21, 18, 16, 10, 10, 24, null, 4]);
    expect(layout.heights).toEqual([36, 22, 60, 60, 30]);
    expect(layout.hidden).toBe(true);
    expect(layout.page).toEqual({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: 'A1:I37',
      printTitlesRow: '12:12',
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    });
    expect(layout.frozen).toEqual([{ state: 'frozen', ySplit: 2 }]);
    expect(layout.validations.map((v) => v.address)).toEqual(
      plan.validations.map((v) => rangeA1(v.range)).sort(),
    );
    const score = plan.validations.find((v) => v.error.title === '得分无效');
    expect(
      layout.validations.find((v) => v.address === rangeA1(score?.range ?? plan.print.area))?.formulae,
    ).toEqual(['0', score?.formula2]);
    expect(host.workbook.calcProperties.fullCalcOnLoad).toBe(true);
  });

  test('save → reopen → the same values, formulas, merges, tag, validations, widths, print setup', async () => {
    const plan = renderPlan();
    const host = XlsxWorkbookHost.create();
    const sheet = await addSheet(host, plan);
    worksheet(host, sheet).getCell('C5').value = 1036.03;
    worksheet(host, sheet).getCell('D13').value = '接待群众来访';
    const before = await host.readGrid(sheet);
    const layoutBefore = sheetLayout(worksheet(host, sheet));

    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jxzp-xlsx-'));
    const file = path.join(dir, '自评表.xlsx');
    await host.save(file);
    const opened = await XlsxWorkbookHost.open(file);
    if (!opened.ok) throw new Error(opened.error.message);
    const again = opened.host;
    expect(await again.listSheets()).toEqual([{ name: sheet, visible: true }]);
    const after = await again.readGrid(sheet);
    expect(after).toEqual(before);
    expect(findTag(after)).toBe(plan.tag.text);
    expect(sheetLayout(worksheet(again, sheet))).toEqual(layoutBefore);
    // And a second round: what ExcelJS reads it writes back the same (the score rule's `G13` is no NaN).
    const third = await reopen(again);
    expect(sheetLayout(worksheet(third, sheet))).toEqual(layoutBefore);
    expect(JSON.stringify(sheetLayout(worksheet(third, sheet)).validations)).not.toContain('NaN');
    await fs.rm(dir, { recursive: true });
  });

  test('readGrid: rich text flattened, dates as ISO dates, errors as text, cached formula results kept (0 too), merge continuations empty', async () => {
    const host = XlsxWorkbookHost.create();
    const ws = host.workbook.addWorksheet('杂项');
    ws.getCell('A1').value = { richText: [{ text: '年度' }, { text: '绩效指标', font: { bold: true } }] };
    ws.getCell('B1').value = new Date(Date.UTC(2020, 11, 31));
    ws.getCell('C1').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
    ws.getCell('D1').value = { formula: 'C2/0', result: { error: '#DIV/0!' } as ExcelJS.CellErrorValue };
    ws.getCell('E1').value = { formula: 'SUM(A2:B2)', result: 0 };
    ws.getCell('F1').value = { formula: 'IF(A2="","",1)', result: '优' };
    ws.getCell('G1').value = { formula: 'A2*2' };
    ws.getCell('A2').value = true;
    ws.getCell('B2').value = { text: '财预〔2020〕10号', hyperlink: 'https://example.invalid/' };
    ws.getCell('C2').value = 'JXZP:{"x":1}';
    ws.getCell('A3').value = '合并';
    ws.mergeCells('A3:C3');
    ws.getCell('E4').style = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } } };
    for (const h of [host, await reopen(host)]) {
      const grid = await h.readGrid('杂项');
      expect(grid.values).toEqual([
        ['年度绩效指标', '2020-12-31', '#DIV/0!', '#DIV/0!', 0, '优', null],
        [true, '财预〔2020〕10号', 'JXZP:{"x":1}', null, null, null, null],
        ['合并', null, null, null, null, null, null],
      ]);
      expect(grid.formulas?.[0]).toEqual([null, null, null, 'C2/0', 'SUM(A2:B2)', 'IF(A2="","",1)', 'A2*2']);
      expect(grid.merges).toEqual([{ top: 3, left: 1, bottom: 3, right: 3 }]);
      expect(findTag(grid)).toBe('JXZP:{"x":1}');
    }
  });

  test('marks survive save and reopen, in the very hidden store sheet; clearing restores the exact ExcelJS fill and note', async () => {
    const host = XlsxWorkbookHost.create();
    const sheet = await addSheet(host, renderPlan());
    const ws = worksheet(host, sheet);
    // Formats no portable '#RRGGBB' can describe: a theme colour with tint, a hatch pattern, a rich note.
    ws.getCell('D13').style = {
      ...ws.getCell('D13').style,
      fill: {
        type: 'pattern',
        pattern: 'darkTrellis',
        fgColor: Object.assign({ theme: 5 }, { tint: 0.4 }),
        bgColor: { argb: 'FF00B050' },
      },
    };
    ws.getCell('D13').note = {
      texts: [
        { text: '用户批注：', font: { bold: true, size: 9, name: '宋体' } },
        { text: '已核对', font: { size: 9, name: '宋体' } },
      ],
    };
    ws.getCell('B9').note = '只有批注';
    const saved = await reopen(host);
    const snapshot = (h: XlsxWorkbookHost) =>
      ['C5', 'D13', 'B9', 'M40'].map((c) => {
        const cell = worksheet(h, sheet).getCell(c);
        return { c, fill: cell.style.fill ?? null, note: cell.note ?? null };
      });
    const original = snapshot(saved);
    expect(original[1].note).toMatchObject({ texts: [{ text: '用户批注：' }, { text: '已核对' }] });

    await syncMarks(saved, [
      {
        sheet,
        area: null,
        wanted: [
          { cell: 'C5', severity: 'error', note: '全年预算数为空' },
          { cell: 'D13', severity: 'warning', note: '三级指标与指标值相同' },
          { cell: 'B9', severity: 'info', note: '请填写职能职责' },
          { cell: 'M40', severity: 'error', note: '表外单元格' },
        ],
      },
    ]);
    const marked = await reopen(saved);
    expect(worksheet(marked, STORE_SHEET).state).toBe('veryHidden');
    expect(await marked.listSheets()).toEqual([
      { name: sheet, visible: true },
      { name: STORE_SHEET, visible: false },
    ]);
    expect(worksheet(marked, sheet).getCell('D13').style.fill).toMatchObject({
      fgColor: { argb: 'FFFFEB9C' },
    });
    expect(worksheet(marked, sheet).getCell('D13').note).toBe('三级指标与指标值相同');
    const store = JSON.parse((await marked.readStore(MARKS_KEY)) ?? 'null') as {
      marks: { cell: string; previous: { fill: string | null; note: string | null } }[];
    };
    expect(store.marks.map((m) => m.cell)).toEqual(['C5', 'D13', 'B9', 'M40']);
    // The portable part, for the other hosts: what the memory host would read of the same cell.
    expect(store.marks[0].previous).toMatchObject({ fill: '#FFF9E5', note: null });

    await clearMarks(marked);
    const cleared = await reopen(marked);
    expect(snapshot(cleared)).toEqual(original);
    expect(cleared.workbook.getWorksheet(STORE_SHEET)).toBeUndefined();
    expect((await cleared.readGrid(sheet)).values).toEqual((await saved.readGrid(sheet)).values);
  });

  test('marks written by another kind of host (portable JSON only) are restored from #RRGGBB and text', async () => {
    const host = XlsxWorkbookHost.create();
    const sheet = await addSheet(host, renderPlan());
    worksheet(host, sheet).getCell('D13').style = {
      ...worksheet(host, sheet).getCell('D13').style,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } },
    };
    worksheet(host, sheet).getCell('D13').note = '第一次检查';
    await host.writeStore(
      MARKS_KEY,
      JSON.stringify({
        version: 1,
        marks: [
          {
            sheet,
            cell: 'D13',
            previous: {
              fill: '#00B050',
              fontColor: null,
              note: '用户批注',
              native: { host: 'excel', data: { x: 1 } },
            },
            applied: { fill: '#FFC7CE', note: '第一次检查' },
          },
        ],
      }),
    );
    await clearMarks(host);
    const cell = worksheet(host, sheet).getCell('D13');
    expect({ fill: portableFill(cell.style.fill), note: portableNote(cell.note) }).toEqual({
      fill: '#00B050',
      note: '用户批注',
    });
  });

  test('select makes the sheet the active tab and the cell its active cell, frozen rows kept', async () => {
    const host = XlsxWorkbookHost.create();
    await addSheet(host, renderPlan());
    const second = await addSheet(host, render({ kind: 'project' }).plan);
    await host.select(second, 'h34');
    const again = await reopen(host);
    expect(again.workbook.views[0].activeTab).toBe(1);
    expect(worksheet(again, second).views[0]).toMatchObject({
      state: 'frozen',
      ySplit: 2,
      activeCell: 'H34',
    });
  });

  test('sheet names: de-duplicated ignoring case (hidden sheets too), forbidden characters replaced, 31 characters', async () => {
    const host = XlsxWorkbookHost.create();
    const plan = renderPlan();
    expect(await addSheet(host, { ...plan, sheetName: '项目/支出:自评表?2021' })).toBe(
      '项目_支出_自评表_2021',
    );
    await host.writeStore('jxzp.test', 'x');
    expect(await addSheet(host, { ...plan, sheetName: 'jxzp_store' })).toBe('jxzp_store (2)');
    const long = '某某市某某区某某局某某中心2020年度项目支出绩效自评表（第一批）';
    const first = await addSheet(host, { ...plan, sheetName: long });
    expect(first).toHaveLength(31);
    expect(await addSheet(host, { ...plan, sheetName: long })).toBe(`${long.slice(0, 27)} (2)`);
    const again = await reopen(host);
    expect((await again.listSheets()).filter((s) => s.visible).map((s) => s.name)).toEqual([
      '项目_支出_自评表_2021',
      'jxzp_store (2)',
      first,
      `${long.slice(0, 27)} (2)`,
    ]);
  });

  test('rows whose wrapped text overflows get a height (LibreOffice does not fit rows); plan heights and one-line rows are left alone', async () => {
    const plan = renderPlan();
    const long = '化解了陈年积案，减少了进京非访数量，减少45%，有效的维护了社会和谐稳定。';
    const typed: SheetPlan = {
      ...plan,
      blocks: [
        ...plan.blocks,
        { top: 13, left: 4, values: [[long, '≥32件', '32件', 10, 10]] },
        { top: 9, left: 2, values: [[long.repeat(8)]] },
      ],
    };
    const host = XlsxWorkbookHost.create();
    const ws = worksheet(host, await addSheet(host, typed));
    const heights = (rows: number[]) => rows.map((r) => ws.getRow(r).height ?? null);
    // D13 (21 wide) needs 4 lines of 11 pt; A3 `部门（单位）名称` (13 wide) needs 2.
    expect(heights([13, 3])).toEqual([Math.ceil(4 * 11 * 1.45 + 4), Math.ceil(2 * 11 * 1.45 + 4)]);
    // The plan's own heights win (B9 is a 60 pt free-text row); blank, numeric and vertically merged rows stay auto.
    expect(heights([9, 12, 14, 5, 6, 7, 8])).toEqual([60, 30, null, null, null, null, null]);
  });

  test('counts round trips only for SheetHost calls', async () => {
    const host = XlsxWorkbookHost.create();
    expect(host.roundTrips).toBe(0);
    const sheet = renderPlan().sheetName;
    await host.applyPlan(renderPlan());
    await host.toBuffer();
    await host.readGrid(sheet);
    expect(host.roundTrips).toBe(2);
  });
});

describe('XlsxWorkbookHost.open: bad files are error values with a Chinese message', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jxzp-bad-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true });
  });

  async function validXlsx(): Promise<Buffer> {
    const host = XlsxWorkbookHost.create();
    await host.applyPlan(renderPlan());
    return host.toBuffer();
  }

  /** The first bytes of an OLE compound file, then a directory entry name in UTF-16LE. */
  function oleFile(stream: string): Buffer {
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    return Buffer.concat([header, Buffer.alloc(504), Buffer.from(stream, 'utf16le'), Buffer.alloc(64)]);
  }

  async function openBytes(bytes: Uint8Array) {
    const result = await XlsxWorkbookHost.open(bytes);
    if (result.ok) throw new Error('expected an error');
    return result.error;
  }

  async function openFile(name: string, bytes: Uint8Array | null) {
    const file = path.join(dir, name);
    if (bytes !== null) await fs.writeFile(file, bytes);
    const result = await XlsxWorkbookHost.open(file);
    if (result.ok) throw new Error('expected an error');
    expect(result.error.message).toContain(file);
    expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
    return result.error;
  }

  test.each([
    { name: '空文件.xlsx', code: 'file-empty', bytes: Buffer.alloc(0) },
    { name: '加密.xlsx', code: 'encrypted', bytes: oleFile('EncryptedPackage') },
    { name: '旧版.xls', code: 'legacy-xls', bytes: oleFile('Workbook') },
    {
      name: '文本.xlsx',
      code: 'not-xlsx',
      bytes: Buffer.from('部门（单位）整体支出绩效自评表\n1036.03,596.68\n'),
    },
    {
      name: '随机.xlsx',
      code: 'not-xlsx',
      bytes: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    },
  ])('$name → $code (as a path and as bytes)', async ({ name, code, bytes }) => {
    expect((await openFile(name, bytes)).code).toBe(code);
    expect((await openBytes(bytes)).code).toBe(code);
  });

  test('a zip that is no workbook (a renamed .docx) → not-xlsx; a truncated .xlsx → corrupt', async () => {
    const good = await validXlsx();
    const renamed = Buffer.from(
      good.toString('latin1').split('xl/workbook.xml').join('xl/workbooq.xml'),
      'latin1',
    );
    expect((await openFile('改名.xlsx', renamed)).code).toBe('not-xlsx');
    const truncated = good.subarray(0, Math.floor(good.length / 2));
    const error = await openFile('截断.xlsx', truncated);
    expect(error.code).toBe('corrupt');
    expect(error.detail).toBeTruthy();
  });

  test('a damaged entry inside a valid zip → corrupt, not a crash', async () => {
    const good = await validXlsx();
    // Flip bytes in the middle of the compressed data: the zip directory still reads, an entry does not inflate.
    const damaged = Buffer.from(good);
    for (let i = Math.floor(good.length / 3); i < Math.floor(good.length / 3) + 64; i++) damaged[i] ^= 0x5a;
    expect((await openBytes(damaged)).code).toBe('corrupt');
  });

  test('missing file, a folder, a file over 50 MB (checked before reading)', async () => {
    expect((await openFile('不存在.xlsx', null)).code).toBe('file-not-found');
    const folder = path.join(dir, '文件夹.xlsx');
    await fs.mkdir(folder);
    expect((await openFile('文件夹.xlsx', null)).code).toBe('file-unreadable');
    const big = path.join(dir, '超大.xlsx');
    const handle = await fs.open(big, 'w');
    await handle.truncate(MAX_FILE_BYTES + 1); // sparse: nothing is written or read
    await handle.close();
    const error = await openFile('超大.xlsx', null);
    expect(error).toMatchObject({
      code: 'file-too-large',
      params: { sizeBytes: MAX_FILE_BYTES + 1, limitBytes: MAX_FILE_BYTES },
    });
    expect(error.message).toContain('50.0 MB');
  });

  test('the good file opens', async () => {
    const result = await XlsxWorkbookHost.open(await validXlsx());
    expect(result.ok).toBe(true);
  });
});
