import { columnLetters, columnNumber, type RangeBox } from '../../templates/a1';

/**
 * A multi-area address ('A1:B2,D4') reaches many cells in one Range() call. Excel refuses addresses
 * longer than 255 characters and ET is assumed to do the same; 10 areas of the widest form
 * ('XFD1048576:XFD1048576,') stay below it, and a fixed count keeps the number of calls independent of
 * how many digits the row numbers have.
 */
export const MAX_AREAS_PER_ADDRESS = 10;

export function chunkAreas(areas: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < areas.length; i += MAX_AREAS_PER_ADDRESS) {
    out.push(areas.slice(i, i + MAX_AREAS_PER_ADDRESS).join(','));
  }
  return out;
}

/** Whole columns as areas, neighbours joined: [1, 2, 3, 11] → ['A:C', 'K:K']. */
export function columnAreas(cols: readonly number[]): string[] {
  return runs(cols).map(([from, to]) => `${columnLetters(from)}:${columnLetters(to)}`);
}

/** Whole rows as areas, neighbours joined: [9, 12, 13] → ['9:9', '12:13']. */
export function rowAreas(rows: readonly number[]): string[] {
  return runs(rows).map(([from, to]) => `${from}:${to}`);
}

function runs(numbers: readonly number[]): [number, number][] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === n - 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

/** 'B2:F10', '$B$2', 'b2' → a box; null for anything else (a multi-area or whole-column address). */
export function parseBox(address: string): RangeBox | null {
  const m = /^\$?([A-Z]{1,3})\$?([1-9]\d*)(?::\$?([A-Z]{1,3})\$?([1-9]\d*))?$/i.exec(address.trim());
  if (!m) return null;
  const top = Number(m[2]);
  const left = columnNumber(m[1]);
  const bottom = m[4] === undefined ? top : Number(m[4]);
  const right = m[3] === undefined ? left : columnNumber(m[3]);
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}
