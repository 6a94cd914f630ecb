import type ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { addSheet } from '../../src/app/addSheet';
import { clearMarks } from '../../src/app/marks/syncMarks';
import { createSession } from '../../src/app/session';
import type { CheckOutcome } from '../../src/app/session.types';
import { demoReportInputs, demoValues } from '../../src/app/demoExample';
import { STANDARD_2020 } from '../../src/domain/profiles/standard2020';
import { XlsxWorkbookHost } from '../../src/hosts/xlsx';
import { validationStore } from '../../src/hosts/xlsx/exceljsInternals';
import { readXlsx, writeXlsx } from '../../src/standalone/xlsx/xlsxFile';
import { fillPlan } from '../../src/templates/fillPlan';
import { renderTemplateWithMap } from '../../src/templates/render';
import { convert, createProfile, findSoffice } from '../../scripts/lo/libreoffice';
import { writeHandTyped } from '../fixtures/handTyped';
import { REFERENCE_MERGES, REFERENCE_VALUES } from '../fixtures/referenceGrid';
import { makeUniverHost, univerOptions } from '../hosts/univerHarness';

/**
 * The page opens an .xlsx into Univer and saves Univer's workbook as .xlsx (src/standalone/xlsx). What
 * our templates use must survive open → edit → save: values, formulas, merges, styles, widths, heights,
 * validations, notes, print setup, the hidden tag column, the store (marks) — and the saved file must
 * read, check and recompute as the original does.
 */

async function demoWorkbook(): Promise<{ bytes: Uint8Array; form: string; inputs: string }> {
  const options = {
    kind: 'overall',
    year: 2020,
    unit: '长沙市望城区信访局',
    profile: STANDARD_2020,
  } as const;
  const form = renderTemplateWithMap(options);
  const inputs = renderTemplateWithMap({ ...options, kind: 'reportInputs' });
  if (!form.ok || form.map.kind === 'reportInputs' || !inputs.ok || inputs.map.kind !== 'reportInputs')
    throw new Error('render failed');
  const host = XlsxWorkbookHost.create();
  const formSheet = await addSheet(host, fillPlan(form.plan, demoValues(form.map)));
  const inputsSheet = await addSheet(host, fillPlan(inputs.plan, demoReportInputs(inputs.map)));
  return { bytes: new Uint8Array(await host.toBuffer()), form: formSheet, inputs: inputsSheet };
}

async function openInPage(bytes: Uint8Array, name: string) {
  const read = await readXlsx(bytes, name, 'round-trip');
  if (!read.ok) throw new Error(read.error.message);
  return makeUniverHost(read.snapshot);
}

async function openXlsx(bytes: Uint8Array): Promise<XlsxWorkbookHost> {
  const opened = await XlsxWorkbookHost.open(bytes);
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.host;
}

function findingsOf(outcome: CheckOutcome): string[] {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.tables.flatMap((t) =>
    t.findings.map((f) => `${f.finding.code}@${f.target.sheet}!${f.target.cell}`),
  );
}

function layout(ws: ExcelJS.Worksheet) {
  return {
    widths: (ws.columns ?? []).map((c) => [c.width ?? null, c.hidden]),
    heights: Array.from({ length: ws.rowCount }, (_, i) => ws.getRow(i + 1).height ?? null),
    merges: [...ws.model.merges].sort(),
    validations: Object.fromEntries(
      Object.entries(validationStore(ws).model).map(([k, v]) => [
        k,
        { ...v, formulae: v?.formulae.map(String) },
      ]),
    ),
    print: (({
      orientation,
      paperSize,
      fitToPage,
      fitToWidth,
      fitToHeight,
      printArea,
      printTitlesRow,
      horizontalCentered,
      margins,
    }) => ({
      orientation,
      paperSize,
      fitToPage,
      fitToWidth,
      fitToHeight,
      printArea,
      printTitlesRow,
      horizontalCentered,
      margins,
    }))(ws.pageSetup),
    frozen: ws.views.map((v) => [v.state, v.state === 'frozen' ? [v.xSplit, v.ySplit, v.topLeftCell] : null]),
  };
}

function styles(ws: ExcelJS.Worksheet): Record<string, string> {
  const out: Record<string, string> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      out[cell.address] = JSON.stringify(cell.style ?? {});
    }),
  );
  return out;
}

describe('.xlsx ⇄ the page (Univer)', () => {
  test('our filled template: check and mark, type, save — everything else as it was; same findings as the CLI', async () => {
    const { bytes, form, inputs } = await demoWorkbook();
    const page = await openInPage(bytes, '示例自评表.xlsx');
    expect((await page.listSheets()).map((s) => s.name)).toEqual([form, inputs]);
    await univerOptions.typeValues(page, form, [{ cell: 'H5', value: '年中追加预算，年底未能支出。' }]);
    const inPage = await createSession(page).check();
    expect(findingsOf(inPage).length).toBeGreaterThan(5);
    const marked = await page.readFormats(form, ['G5']);
    expect(marked[0].fill).toBe('#FFC7CE');

    const saved = await writeXlsx(await page.snapshot());
    const back = await openXlsx(saved);
    const original = await openXlsx(bytes);
    // The CLI (the xlsx host) reads the saved file as the page did: the same findings, the marks kept.
    expect(findingsOf(await createSession(back).check())).toEqual(findingsOf(inPage));
    expect((await back.readFormats(form, ['G5']))[0]).toMatchObject({ fill: '#FFC7CE' });
    for (const sheet of [form, inputs]) {
      const [a, b] = [await original.readGrid(sheet), await back.readGrid(sheet)];
      expect(b.merges).toEqual(a.merges);
      expect(b.formulas).toEqual(a.formulas);
      const typed = sheet === form ? (r: number, c: number) => r === 4 && c === 7 : () => false;
      b.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (!typed(r, c) && !(a.formulas?.[r]?.[c] ?? null))
            expect({ at: [r, c], v }).toEqual({ at: [r, c], v: a.values[r]?.[c] ?? null });
        }),
      );
      const [wa, wb] = [original.workbook.getWorksheet(sheet), back.workbook.getWorksheet(sheet)];
      if (!wa || !wb) throw new Error('sheet missing');
      expect(layout(wb)).toEqual(layout(wa));
    }
    expect((await back.readGrid(form)).values[4][7]).toBe('年中追加预算，年底未能支出。');

    // Cleared by the CLI's host, the marks restore the exact styles the template had.
    await clearMarks(back);
    const again = await openXlsx(new Uint8Array(await back.toBuffer()));
    for (const sheet of [form, inputs]) {
      const [wa, wb] = [original.workbook.getWorksheet(sheet), again.workbook.getWorksheet(sheet)];
      if (!wa || !wb) throw new Error('sheet missing');
      expect(styles(wb)).toEqual(styles(wa));
    }
  });

  const withLibreOffice = findSoffice() ? test : test.skip;
  withLibreOffice('LibreOffice opens the saved file and computes what Univer computed', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jxzp-page-'));
    try {
      const { bytes, form } = await demoWorkbook();
      const page = await openInPage(bytes, '示例.xlsx');
      await univerOptions.typeValues(page, form, [
        { cell: 'D5', value: 700 },
        { cell: 'H13', value: 4.5 },
      ]);
      const computed = await page.readGrid(form);
      const file = path.join(dir, 'saved.xlsx');
      await fs.writeFile(file, await writeXlsx(await page.snapshot()));
      const recalculated = await convert(
        file,
        path.join(dir, 'lo'),
        'xlsx',
        await createProfile(path.join(dir, 'profile')),
      );
      const lo = await openXlsx(new Uint8Array(await fs.readFile(recalculated)));
      const grid = await lo.readGrid(form);
      const cells: [number, number][] = [];
      computed.formulas?.forEach((row, r) => row.forEach((f, c) => f && cells.push([r, c])));
      expect(cells.length).toBeGreaterThan(10);
      for (const [r, c] of cells) {
        const [u, l] = [computed.values[r][c], grid.values[r]?.[c] ?? null];
        expect({ at: [r + 1, c + 1], v: typeof l === 'number' ? Number(l.toFixed(10)) : l }).toEqual({
          at: [r + 1, c + 1],
          v: typeof u === 'number' ? Number(u.toFixed(10)) : u,
        });
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  test('a table typed by hand (not made by us) opens, is checked, and saves with its values', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jxzp-hand-'));
    try {
      const file = path.join(dir, 'hand.xlsx');
      await writeHandTyped(file, [{ name: '自评表', rows: REFERENCE_VALUES, merges: REFERENCE_MERGES }]);
      const bytes = new Uint8Array(await fs.readFile(file));
      const page = await openInPage(bytes, 'hand.xlsx');
      const found = findingsOf(await createSession(page).check());
      const original = await openXlsx(bytes);
      expect(found).toEqual(findingsOf(await createSession(original).check()));
      expect(found.length).toBeGreaterThan(5);
      const back = await openXlsx(await writeXlsx(await page.snapshot()));
      expect((await back.readGrid('自评表')).values).toEqual((await original.readGrid('自评表')).values);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
