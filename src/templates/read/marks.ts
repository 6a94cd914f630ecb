import { matchLabel, type LabelMatch } from './labels';
import type { MergedGrid } from './mergedGrid';

/** The label match of an own cell, or null (merge continuations, numbers and other text). */
export function markAt(grid: MergedGrid, row: number, col: number): LabelMatch | null {
  if (!grid.isOwn(row, col)) return null;
  const raw = grid.raw(row, col);
  if (typeof raw !== 'string') return null;
  return matchLabel(raw, grid.key(row, col));
}

/** Whether an own cell of the row, between two columns, carries one of the marks. */
export function rowHasMark(
  grid: MergedGrid,
  row: number,
  from: number,
  to: number,
  marks: ReadonlySet<string>,
): boolean {
  for (let col = Math.max(1, from); col <= Math.min(to, grid.cols); col++) {
    const match = markAt(grid, row, col);
    if (match && marks.has(match.mark)) return true;
  }
  return false;
}

/** No own value in the row between two columns, and no merge from above crossing it. */
export function isBlankRow(grid: MergedGrid, row: number, from: number, to: number): boolean {
  for (let col = Math.max(1, from); col <= Math.min(to, grid.cols); col++) {
    if (grid.continuesFromAbove(row, col)) return false;
    if (grid.isOwn(row, col) && !grid.blank(row, col)) return false;
  }
  return true;
}
