import { EXCEL_MAX_COLS, EXCEL_MAX_ROWS } from './limits';

/** A cell or a rectangle of a sheet, 1-based, as the package spells it (`A1`, `$B$2:XFD1048576`). */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) | 0x20) - 0x60);
  return n;
}

/** A cell reference within Excel's bounds, or null. */
export function parseCell(ref: string): { row: number; col: number } | null {
  const m = CELL.exec(ref);
  if (!m) return null;
  const row = Number(m[2]);
  const col = columnNumber(m[1]);
  return row >= 1 && row <= EXCEL_MAX_ROWS && col >= 1 && col <= EXCEL_MAX_COLS ? { row, col } : null;
}

/** `A1` or `A1:B9` (either corner first) within Excel's bounds, or null. */
export function parseRange(ref: string): Box | null {
  const [a, b, extra] = ref.split(':');
  if (extra !== undefined) return null;
  const p = parseCell(a);
  const q = b === undefined ? p : parseCell(b);
  if (p === null || q === null) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function area(b: Box): number {
  return (b.bottom - b.top + 1) * (b.right - b.left + 1);
}

const NAME_PART = /^\$?([A-Za-z]{1,3})?\$?([0-9]{1,7})?(?::\$?([A-Za-z]{1,3})?\$?([0-9]{1,7})?)?$/;

/**
 * Cells a defined name's formula (`'表'!$A$1:$C$9,表!$E:$E`) costs the spreadsheet library, which
 * expands a rectangle into its cells one by one; whole columns and rows it keeps as one reference.
 * What is not a reference counts nothing.
 */
export function referencedCells(formula: string): number {
  let total = 0;
  for (const piece of formula.split(',')) {
    const m = NAME_PART.exec(piece.slice(piece.lastIndexOf('!') + 1).trim());
    if (!m) continue;
    const [, c1, r1, c2, r2] = m;
    const cols = c1 && c2 ? Math.abs(columnNumber(c2) - columnNumber(c1)) + 1 : 0;
    const rows = r1 && r2 ? Math.abs(Number(r2) - Number(r1)) + 1 : 0;
    if (c1 && r1 && !c2 && !r2) total += 1;
    else if (c1 && r1 && c2 && r2) total += cols * rows;
    else if ((c1 && c2 && !r1 && !r2) || (r1 && r2 && !c1 && !c2)) total += 1;
  }
  return total;
}
