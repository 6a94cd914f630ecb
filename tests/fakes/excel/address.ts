import { columnLetters, columnNumber, type RangeBox } from '../../../src/templates/a1';

/** Excel's grid. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

const CELL = /^\$?([A-Z]{1,3})\$?([0-9]+)$/;
const COLS = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/;
const ROWS = /^\$?([0-9]+):\$?([0-9]+)$/;

function cell(ref: string): { row: number; col: number } | null {
  const m = CELL.exec(ref);
  if (!m) return null;
  const row = Number(m[2]);
  const col = columnNumber(m[1]);
  return row >= 1 && row <= MAX_ROWS && col >= 1 && col <= MAX_COLS ? { row, col } : null;
}

/** Splits 'Sheet 1'!A1:B2 (quotes doubled inside) into its sheet and its range part. */
export function splitSheet(address: string): { sheet: string | null; ref: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, ref: address };
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, ref: address.slice(bang + 1) };
}

/** 'B3', 'A1:C4', 'D:D', '3:5' (case-insensitive, '$' allowed) → a box; null for anything else. */
export function parseBox(ref: string): RangeBox | null {
  const text = ref.trim().toUpperCase();
  const cols = COLS.exec(text);
  if (cols) {
    const [a, b] = [columnNumber(cols[1]), columnNumber(cols[2])];
    return { top: 1, bottom: MAX_ROWS, left: Math.min(a, b), right: Math.max(a, b) };
  }
  const rows = ROWS.exec(text);
  if (rows) {
    const [a, b] = [Number(rows[1]), Number(rows[2])];
    if (a < 1 || b < 1 || a > MAX_ROWS || b > MAX_ROWS) return null;
    return { top: Math.min(a, b), bottom: Math.max(a, b), left: 1, right: MAX_COLS };
  }
  const [from, to = from, extra] = text.split(':');
  if (extra !== undefined) return null;
  const tl = cell(from);
  const br = cell(to);
  if (!tl || !br) return null;
  return {
    top: Math.min(tl.row, br.row),
    bottom: Math.max(tl.row, br.row),
    left: Math.min(tl.col, br.col),
    right: Math.max(tl.col, br.col),
  };
}

function quoteSheet(name: string): string {
  // Excel quotes a name with spaces or punctuation, or one starting with a digit; CJK letters need none.
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** As Excel writes `Range.address`: 'Sheet1!A1:B2', a single cell without ':'. */
export function boxAddress(sheet: string, box: RangeBox): string {
  const tl = `${columnLetters(box.left)}${box.top}`;
  const one = box.top === box.bottom && box.left === box.right;
  const ref =
    box.top === 1 && box.bottom === MAX_ROWS
      ? `${columnLetters(box.left)}:${columnLetters(box.right)}`
      : box.left === 1 && box.right === MAX_COLS
        ? `${box.top}:${box.bottom}`
        : one
          ? tl
          : `${tl}:${columnLetters(box.right)}${box.bottom}`;
  return `${quoteSheet(sheet)}!${ref}`;
}

export function intersect(a: RangeBox, b: RangeBox): RangeBox | null {
  const box = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return box.top <= box.bottom && box.left <= box.right ? box : null;
}

export function contains(outer: RangeBox, inner: RangeBox): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

export function cellCount(box: RangeBox): number {
  return (box.bottom - box.top + 1) * (box.right - box.left + 1);
}
