import { EXCEL_MAX_COLS, EXCEL_MAX_ROWS } from './limits';

/** A cell or a rectangle of a sheet, 1-based, as the package spells it (`A1`, `$B$2:XFD1048576`). */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const DOLLAR = 0x24;

export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) | 0x20) - 0x60);
  return n;
}

/**
 * A cell reference (`B12`, `$B$12`) within Excel's bounds, or null. By hand rather than by a regular
 * expression: it runs once per cell of every sheet scanned.
 */
export function parseCell(ref: string): { row: number; col: number } | null {
  let i = ref.charCodeAt(0) === DOLLAR ? 1 : 0;
  let col = 0;
  const lettersFrom = i;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  const letters = i - lettersFrom;
  if (letters < 1 || letters > 3) return null;
  if (ref.charCodeAt(i) === DOLLAR) i++;
  let row = 0;
  const digitsFrom = i;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return null;
    row = row * 10 + (c - 0x30);
  }
  if (i === digitsFrom || i - digitsFrom > 7) return null;
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
