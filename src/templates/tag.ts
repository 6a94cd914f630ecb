import { z } from '../domain/zod';
import type { Grid } from './grid';

/**
 * The tag that lets a table be found again: a text cell in a hidden column right of the table, so that it
 * survives every host (Excel, WPS, Univer, a plain .xlsx) and a copy of the sheet. Format:
 * `JXZP:` followed by JSON.
 */
export const TAG_PREFIX = 'JXZP:';

export const TableTagSchema = z.object({
  template: z.enum(['overall', 'project', 'reportInputs']),
  version: z.number().int().positive(),
  profile: z.string(),
  year: z.number().int().nullable(),
  unit: z.string(),
});
export type TableTag = z.infer<typeof TableTagSchema>;

export function encodeTag(tag: TableTag): string {
  return TAG_PREFIX + JSON.stringify(tag);
}

/** null for anything that is not a well-formed tag (user text stays user text). */
export function decodeTag(text: unknown): TableTag | null {
  if (typeof text !== 'string' || !text.startsWith(TAG_PREFIX)) return null;
  try {
    const parsed = TableTagSchema.safeParse(JSON.parse(text.slice(TAG_PREFIX.length)));
    return parsed.success ? parsed.data : null;
  } catch {
    // Malformed JSON in a cell that merely starts with the prefix: it is not our tag.
    return null;
  }
}

/**
 * The sheet's tag text, row by row: the first cell whose text starts with the prefix (a tag that does
 * not decode is still returned, so that a damaged tag is not mistaken for none). Pure, for every host.
 */
export function findTag(grid: Grid): string | undefined {
  for (const row of grid.values) {
    if (!Array.isArray(row)) continue;
    for (const value of row as readonly unknown[]) {
      if (typeof value === 'string' && value.startsWith(TAG_PREFIX)) return value;
    }
  }
  return undefined;
}
