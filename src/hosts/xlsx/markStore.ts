import type ExcelJS from 'exceljs';
import { z } from 'zod';
import { MARKS_SHEET, MarksStoreError } from '../shared';

/**
 * The marks store in an .xlsx: the hidden sheet `JXZP_MARKS` (state veryHidden), one row per marked cell —
 * sheet | A1 cell | JSON of the cell's fill and note before its first mark — the layout every host uses.
 * The JSON has the portable `fill` ('#RRGGBB' or null) and `note` (text or null) the other hosts read,
 * and under `xlsx` the exact ExcelJS fill and note, which this host restores.
 */
export { MARKS_SHEET };

const ExactSchema = z.object({
  fill: z.looseObject({ type: z.enum(['pattern', 'gradient']) }).nullable(),
  note: z.union([z.string(), z.looseObject({ texts: z.array(z.unknown()) })]).nullable(),
});

const SavedSchema = z.object({
  fill: z.string().nullable(),
  note: z.string().nullable(),
  xlsx: ExactSchema.optional(),
});

export type SavedCellFormat = z.infer<typeof SavedSchema>;

export interface XlsxMarkEntry {
  readonly sheet: string;
  readonly cell: string;
  readonly previous: SavedCellFormat;
}

export function findStore(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.getWorksheet(MARKS_SHEET);
}

export function createStore(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  return findStore(wb) ?? wb.addWorksheet(MARKS_SHEET, { state: 'veryHidden' });
}

function text(v: ExcelJS.CellValue): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((p) => p.text).join('');
  return null;
}

export function readEntries(store: ExcelJS.Worksheet): XlsxMarkEntry[] {
  const entries: XlsxMarkEntry[] = [];
  store.eachRow({ includeEmpty: false }, (row, r) => {
    const [sheet, cell, saved] = [1, 2, 3].map((c) => row.getCell(c).value);
    if ([sheet, cell, saved].every((v) => v === null || v === undefined)) return;
    const [s, c, json] = [text(sheet), text(cell), text(saved)];
    if (s === null || c === null || json === null) {
      throw new MarksStoreError(`${MARKS_SHEET} row ${r} is not sheet | cell | JSON`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (e) {
      throw new MarksStoreError(`${MARKS_SHEET} row ${r}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const previous = SavedSchema.safeParse(parsed);
    if (!previous.success) throw new MarksStoreError(`${MARKS_SHEET} row ${r}: not a saved fill and note`);
    entries.push({ sheet: s, cell: c, previous: previous.data });
  });
  return entries;
}

/** Replaces the store's rows; removes the store when nothing is left marked. */
export function writeEntries(wb: ExcelJS.Workbook, entries: readonly XlsxMarkEntry[]): void {
  const existing = findStore(wb);
  if (existing) wb.removeWorksheet(existing.id);
  if (entries.length === 0) return;
  const store = createStore(wb);
  entries.forEach((e, i) => {
    store.getRow(i + 1).values = [e.sheet, e.cell, JSON.stringify(e.previous)];
  });
}
