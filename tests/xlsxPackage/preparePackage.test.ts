import ExcelJS from 'exceljs';
import { preparePackage, type PrepareOptions } from '../../src/xlsxPackage';
import { isFormLabel } from '../../src/templates/read/formLabels';
import { zipBytes } from '../fixtures/hostile/zipFile';
import { miniWorkbook, numberRows } from './miniWorkbook';

const tables: PrepareOptions = { sheets: 'tables', isFormText: isFormLabel, limits: { skipSheetCells: 100 } };

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

async function prepared(parts: ReturnType<typeof miniWorkbook>, options: PrepareOptions = {}) {
  const result = await preparePackage(zipBytes(parts), options);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.package;
}

/** A table sheet (its title a shared string) and a data sheet of 30 × 10 cells whose names are shared strings too. */
function tableAndData() {
  const strings = ['部门（单位）整体支出绩效自评表', '项目名称', '某某项目', '未用的长文本'.repeat(50)];
  const data = `<sheetData><row r="1"><c r="A1" t="s"><v>1</v></c></row>${numberRows(2, 29, 10).replace(
    /<c r="A(\d+)"><v>\d+<\/v><\/c>/g,
    '<c r="A$1" t="s"><v>2</v></c>',
  )}</sheetData>`;
  return miniWorkbook({
    strings,
    sheets: [
      { name: '自评表', body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' },
      { name: '明细', body: data },
    ],
    definedNames: `<definedNames><definedName name="全部">'明细'!$A$1:$XFD$1048576</definedName></definedNames>`,
  });
}

describe('preparePackage: what is handed on', () => {
  test('all: every sheet as it is; the defined name over a whole sheet counts its cells, and is refused', async () => {
    const result = await preparePackage(zipBytes(tableAndData()), { sheets: 'all' });
    expect(result).toEqual({
      ok: false,
      problem: { code: 'names-too-large', count: 16384 * 1048576, limit: 500_000 },
    });
  });

  test('tables: a big sheet without labels is handed on empty; shared strings keep their indexes', async () => {
    const pkg = await prepared(tableAndData(), tables);
    expect(pkg.leftOut).toEqual([{ name: '明细', cells: 291 }]);
    expect(pkg.cells).toBe(1);
    const wb = await load(pkg.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['自评表', '明细']);
    expect(wb.getWorksheet('自评表')?.getCell('A1').value).toBe('部门（单位）整体支出绩效自评表');
    expect(wb.getWorksheet('明细')?.actualRowCount).toBe(0);
    // The data sheet's strings are emptied, not removed: index 0 still reads the title above.
    const strings = Buffer.from(pkg.bytes).toString('latin1');
    expect(strings).not.toContain('某某项目');
  });

  test('tables: a big sheet holding a label is read whole', async () => {
    const parts = tableAndData();
    const withLabel = parts.map((p) =>
      p.name === 'xl/worksheets/sheet2.xml' && typeof p.content === 'string'
        ? { ...p, content: p.content.replace('<v>1</v>', '<v>0</v>') }
        : p,
    );
    const pkg = await prepared(withLabel, tables);
    expect(pkg.leftOut).toEqual([]);
    expect(pkg.cells).toBe(292);
    const wb = await load(pkg.bytes);
    expect(wb.getWorksheet('明细')?.getCell('A2').value).toBe('某某项目');
  });

  test('a label in an inline string or a formula string counts as one', async () => {
    for (const cell of [
      '<c r="B7" t="inlineStr"><is><t>项目支出绩效自评表</t></is></c>',
      '<c r="B7" t="str"><f>"项目支出"&amp;"绩效自评表"</f><v>项目支出绩效自评表</v></c>',
      '<c r="B7" t="inlineStr"><is><r><t>三级</t></r><r><t>指标</t></r><rPh><t>さん</t></rPh></is></c>',
    ]) {
      const pkg = await prepared(
        miniWorkbook({
          sheets: [
            { name: 'a', body: `<sheetData>${numberRows(1, 20, 10)}<row r="30">${cell}</row></sheetData>` },
          ],
        }),
        tables,
      );
      expect(pkg.leftOut).toEqual([]);
    }
  });

  test('parts the library does not read are not handed on; those it reads are copied byte for byte', async () => {
    const parts = miniWorkbook({
      sheets: [{ name: 'a', body: '<sheetData/>' }],
      extra: [
        { name: 'xl/pivotCache/pivotCacheRecords1.xml', content: '<x/>'.repeat(1000) },
        { name: 'customXml/item1.xml', content: '<x/>' },
        { name: 'xl/styles.xml', content: '<styleSheet/>' },
      ],
    });
    const pkg = await prepared(parts);
    const names = Buffer.from(pkg.bytes).toString('latin1');
    expect(names).not.toContain('pivotCache');
    expect(names).not.toContain('customXml');
    expect(names).toContain('xl/styles.xml');
  });
});

describe('preparePackage: limits', () => {
  test.each([
    [
      'a merge over the whole sheet',
      {
        sheets: [
          { name: '表', body: '<sheetData/><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>' },
        ],
      },
      {
        code: 'merge-too-large',
        sheet: '表',
        range: 'A1:XFD1048576',
        count: 16384 * 1048576,
        limit: 500_000,
      },
    ],
    [
      'more merges than allowed',
      {
        sheets: [
          {
            name: '表',
            body: `<sheetData/><mergeCells>${Array.from({ length: 11 }, (_, i) => `<mergeCell ref="A${2 * i + 1}:B${2 * i + 1}"/>`).join('')}</mergeCells>`,
          },
        ],
      },
      { code: 'too-many-merges', sheet: '表', count: 11, limit: 10 },
    ],
    [
      'more cells than allowed',
      { sheets: [{ name: '表', body: `<sheetData>${numberRows(1, 30, 10)}</sheetData>` }] },
      { code: 'too-many-cells', sheet: '表', count: 201, limit: 200 },
    ],
  ])('%s', async (_name, book, problem) => {
    const result = await preparePackage(zipBytes(miniWorkbook(book)), {
      limits: { maxMerges: 10, ...(problem.code === 'too-many-cells' ? { maxCells: 200 } : {}) },
    });
    expect(result).toEqual({ ok: false, problem });
  });

  test.each([
    ['a column range beyond XFD', '<cols><col min="1" max="20000"/></cols><sheetData/>'],
    ['a row beyond 1,048,576', '<sheetData><row r="1048577"/></sheetData>'],
    ['a cell reference beyond XFD', '<sheetData><row r="1"><c r="XFE1"/></row></sheetData>'],
    ['a malformed merge', '<sheetData/><mergeCells><mergeCell ref="A1:B"/></mergeCells>'],
    ['elements nested 1,001 deep', `<sheetData/>${'<x>'.repeat(1001)}${'</x>'.repeat(1001)}`],
    [
      'elements nested 1,001 deep inside a number cell',
      `<sheetData><row r="1"><c r="A1"><v>1</v>${'<x>'.repeat(1001)}${'</x>'.repeat(1001)}</c></row></sheetData>`,
    ],
  ])('%s: damaged, refused before the library sees it', async (_name, body) => {
    const result = await preparePackage(zipBytes(miniWorkbook({ sheets: [{ name: '表', body }] })));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.code).toBe('corrupt');
  });

  test('cells hidden inside a number cell are still counted', async () => {
    const hidden = Array.from({ length: 300 }, (_, i) => `<c r="B${i + 2}"><v>1</v></c>`).join('');
    const body = `<sheetData><row r="1"><c r="A1"><v>1</v><x>${hidden}</x></c></row></sheetData>`;
    const result = await preparePackage(zipBytes(miniWorkbook({ sheets: [{ name: '表', body }] })), {
      limits: { maxCells: 200 },
    });
    expect(result.ok ? null : result.problem).toEqual({
      code: 'too-many-cells',
      sheet: '表',
      count: 201,
      limit: 200,
    });
  });

  test('a bomb stops at the part limit, after at most one inflated slice more', async () => {
    const body = `<sheetData/>${' '.repeat(64 * 1024 * 1024)}`;
    let seen = 0;
    const result = await preparePackage(zipBytes(miniWorkbook({ sheets: [{ name: '表', body }] })), {
      limits: { maxPartBytes: 4 * 1024 * 1024 },
      inflate: async (data, onChunk) => {
        const { fflateInflate } = await import('../../src/xlsxPackage');
        await fflateInflate(data, (chunk) => {
          seen += chunk.length;
          onChunk(chunk);
        });
      },
    });
    expect(result).toEqual({
      ok: false,
      problem: { code: 'part-too-large', part: 'xl/worksheets/sheet1.xml', limitBytes: 4 * 1024 * 1024 },
    });
    // 16 KB of input per push, at most ~1,032× each: far less than the 64 MB the part holds.
    expect(seen).toBeLessThan(4 * 1024 * 1024 + 17 * 1024 * 1024);
  });

  test('the total inflated over all parts has its own limit', async () => {
    const sheets = Array.from({ length: 5 }, (_, i) => ({
      name: `s${i}`,
      body: `<sheetData/>${' '.repeat(2 * 1024 * 1024)}`,
    }));
    const result = await preparePackage(zipBytes(miniWorkbook({ sheets })), {
      limits: { maxInflatedBytes: 6 * 1024 * 1024 },
    });
    expect(result).toEqual({
      ok: false,
      problem: { code: 'inflated-too-large', limitBytes: 6 * 1024 * 1024 },
    });
  });

  test('what is handed on has its own limit, after left-out sheets', async () => {
    const big = { name: 'big', body: `<sheetData/>${' '.repeat(3 * 1024 * 1024)}` };
    const result = await preparePackage(zipBytes(miniWorkbook({ sheets: [big] })), {
      limits: { maxReadBytes: 1024 * 1024 },
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.code).toBe('read-too-large');
  });
});

describe('preparePackage: the zip itself', () => {
  const sheet = miniWorkbook({ sheets: [{ name: 'a', body: '<sheetData/>' }] });
  test.each([
    ['no zip at all', new TextEncoder().encode('hello'), 'not-xlsx'],
    ['an empty file', new Uint8Array(0), 'file-empty'],
    ['a zip without xl/workbook.xml', zipBytes([{ name: 'a.txt', content: 'x' }]), 'not-xlsx'],
    ['a zip cut short', zipBytes(sheet).subarray(0, 200), 'corrupt'],
    ['a part twice', zipBytes([...sheet, sheet[0]]), 'corrupt'],
    ['an encrypted entry', zipBytes([...sheet.slice(0, 2), { ...sheet[2], flags: 1 }]), 'corrupt'],
    [
      'an unknown compression method',
      zipBytes([...sheet.slice(0, 2), { ...sheet[2], method: 12 }]),
      'corrupt',
    ],
    [
      'data that does not inflate',
      zipBytes([
        ...sheet.slice(0, 2),
        { ...sheet[2], content: new Uint8Array([0xff, 0xff, 0xff]), deflated: true },
      ]),
      'corrupt',
    ],
    [
      'a part ending inside a tag',
      zipBytes([...sheet.slice(0, 2), { ...sheet[2], content: '<worksheet><sheetData><row r="1"' }]),
      'corrupt',
    ],
  ])('%s', async (_name, bytes, code) => {
    const result = await preparePackage(bytes);
    expect(result.ok ? 'ok' : result.problem.code).toBe(code);
  });

  test('more parts than allowed: refused from the directory, nothing inflated', async () => {
    const parts = [
      ...sheet,
      ...Array.from({ length: 20 }, (_, i) => ({ name: `x/${i}.xml`, content: '<a/>' })),
    ];
    const result = await preparePackage(zipBytes(parts), { limits: { maxParts: 10 } });
    expect(result).toEqual({ ok: false, problem: { code: 'too-many-parts', count: 23, limit: 10 } });
  });

  test('a file past the size limit is refused before anything is read', async () => {
    const result = await preparePackage(zipBytes(sheet), { limits: { maxFileBytes: 100 } });
    expect(result.ok ? null : result.problem.code).toBe('file-too-large');
  });
});
