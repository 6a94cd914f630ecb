import type { RawValue } from '../domain/cellValue.types';
import type { SheetHost } from '../hosts/sheetHost';
import { parseA1 } from '../templates/a1';
import type { ScoreChange } from './suggestScores';

export type ApplyResult =
  | { readonly ok: true; readonly written: number }
  /** A cell no longer holds what the suggestion was made from (the user typed since), or became a formula. */
  | { readonly ok: false; readonly reason: 'stale'; readonly cells: readonly string[] };

const same = (a: RawValue | undefined, b: RawValue): boolean =>
  (a ?? null) === b || ((a === '' || a === undefined || a === null) && b === null);

/**
 * Writes exactly the confirmed changes, one sheet at a time: reads the sheet once, refuses the whole set
 * when any cell changed since the suggestion (nothing is written then), else writes all values at once.
 */
export async function applyScores(host: SheetHost, changes: readonly ScoreChange[]): Promise<ApplyResult> {
  const bySheet = new Map<string, ScoreChange[]>();
  for (const c of changes) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  const stale: string[] = [];
  for (const [sheet, list] of bySheet) {
    const grid = await host.readGrid(sheet);
    for (const c of list) {
      const p = parseA1(c.cell);
      const formula = p ? grid.formulas?.[p.row - 1]?.[p.col - 1] : null;
      const value = p ? grid.values[p.row - 1]?.[p.col - 1] : undefined;
      if (!p || (formula !== null && formula !== undefined && formula !== '') || !same(value, c.before))
        stale.push(c.cell);
    }
  }
  if (stale.length > 0) return { ok: false, reason: 'stale', cells: stale };
  for (const [sheet, list] of bySheet)
    await host.writeValues(
      sheet,
      list.map((c) => ({ cell: c.cell, value: c.after })),
    );
  return { ok: true, written: changes.length };
}
