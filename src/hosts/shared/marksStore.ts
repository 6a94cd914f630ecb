import { z } from 'zod';
import type { RawValue } from '../../domain/cellValue.types';
import { MarksStoreError } from './errors';

/**
 * What `mark` saves so that `clearMarks` can restore it: a hidden sheet, one row per marked cell —
 * sheet name | A1 cell | JSON of the cell's fill and note before the first mark. Kept in the workbook
 * (not in memory) so that it survives a save and reopen; every host can store rows of text.
 */
export const MARKS_SHEET = 'JXZP_MARKS';

export const SavedFormatSchema = z.object({ fill: z.string().nullable(), note: z.string().nullable() });
export type SavedFormat = z.infer<typeof SavedFormatSchema>;

export interface MarkEntry {
  readonly sheet: string;
  readonly cell: string;
  readonly previous: SavedFormat;
}

export function entriesToRows(entries: readonly MarkEntry[]): RawValue[][] {
  return entries.map((e) => [e.sheet, e.cell, JSON.stringify(e.previous)]);
}

export function rowsToEntries(rows: readonly (readonly RawValue[])[]): MarkEntry[] {
  const entries: MarkEntry[] = [];
  rows.forEach((row, i) => {
    const [sheet = null, cell = null, saved = null] = row;
    if (sheet === null && cell === null && saved === null) return;
    if (typeof sheet !== 'string' || typeof cell !== 'string' || typeof saved !== 'string') {
      throw new MarksStoreError(`${MARKS_SHEET} row ${i + 1} is not sheet | cell | JSON`);
    }
    let json: unknown;
    try {
      json = JSON.parse(saved);
    } catch (e) {
      throw new MarksStoreError(`${MARKS_SHEET} row ${i + 1}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const previous = SavedFormatSchema.safeParse(json);
    if (!previous.success)
      throw new MarksStoreError(`${MARKS_SHEET} row ${i + 1}: not a saved fill and note`);
    entries.push({ sheet, cell, previous: previous.data });
  });
  return entries;
}
