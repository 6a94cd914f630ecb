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
  /** The template tag found on the sheet (see templates/tag.ts), if any. */
  readonly tag?: string;
}
