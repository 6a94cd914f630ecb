/** A1 addresses ↔ 1-based row/column numbers. */
export function columnLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 'H23' → { row: 23, col: 8 }; null for anything else. */
export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^([A-Z]{1,3})([1-9][0-9]*)$/.exec(ref.trim().toUpperCase());
  return m ? { row: Number(m[2]), col: columnNumber(m[1]) } : null;
}

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const SHEET_MAX = { rows: 1_048_576, cols: 16_384 } as const;

/** 'h23', '$H$23' → 'H23' (within Excel's grid); null for anything else. */
export function canonicalA1(ref: string): string | null {
  const m = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(ref.trim());
  if (!m) return null;
  const col = columnNumber(m[1]);
  const row = Number(m[2]);
  return col <= SHEET_MAX.cols && row <= SHEET_MAX.rows ? a1(row, col) : null;
}

export interface RangeBox {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function rangeA1(r: RangeBox): string {
  const tl = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${a1(r.bottom, r.right)}`;
}
