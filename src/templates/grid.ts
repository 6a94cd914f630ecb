import type { RawValue } from '../domain/cellValue.types';
import type { RangeBox } from './a1';

/**
 * What a host reads back from a sheet: raw values of a rectangle (starting at row 1, column 1 of the
 * sheet, so that indexes are addresses), formulas where the host gives them, and merged ranges.
 * `values[r - 1][c - 1]` is the cell at row r, column c (1-based). Rows may be ragged; an empty cell is
 * null. `formulas` hold the formula text without the leading '=' (null for a plain value).
 */
export interface Grid {
  readonly sheet: string;
  readonly values: readonly (readonly RawValue[])[];
  readonly formulas?: readonly (readonly (string | null)[])[];
  readonly merges: readonly RangeBox[];
  /**
   * Set only when the sheet holds values beyond GRID_LIMITS: its real last row and column. What lies
   * beyond was not read (a stray cell at XFD1048576 must not cost gigabytes), and the reader says so.
   */
  readonly extent?: { readonly rows: number; readonly cols: number };
}

/**
 * The largest rectangle a host reads: far beyond any real form (1,000 indicator rows are ~1,100 rows,
 * the widest provincial form ~16 columns), small enough that a grid stays a few megabytes.
 */
export const GRID_LIMITS = { rows: 20_000, cols: 100 } as const;
