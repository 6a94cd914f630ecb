import type { RawValue } from '../../domain/cellValue.types';
import type { CellInput } from '../../domain/model';
import { columnLetters, type RangeBox } from '../a1';
import type { Grid } from '../grid';
import { labelKey } from './text';

/** Excel's last column (XFD): an address beyond it does not exist. */
const MAX_COLUMN = 16384;

export interface Pos {
  readonly row: number;
  readonly col: number;
}

/** A value a host gave, as a raw value; NaN and ±Infinity stay (the checks say so: never a silent blank). */
function sanitize(value: unknown): RawValue {
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  return null;
}

function isIndex(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n);
}

/**
 * A grid with its merges resolved: the value of a merge's top-left cell applies to the whole merge.
 * Merges are indexed once by row (clipped to the grid), so a lookup costs the few merges of one row.
 * Bounds are those of `values`; anything outside reads as an empty, address-less cell.
 */
export class MergedGrid {
  readonly sheet: string;
  readonly rows: number;
  readonly cols: number;
  private readonly values: readonly unknown[];
  private readonly formulas: readonly unknown[];
  private readonly mergesByRow: (RangeBox[] | undefined)[];
  private readonly letters: string[] = [];
  /** Keys by row then column, filled as cells are asked for. */
  private readonly keys: (string[] | undefined)[] = [];

  constructor(grid: Grid) {
    this.sheet = typeof grid.sheet === 'string' ? grid.sheet : '';
    this.values = Array.isArray(grid.values) ? grid.values : [];
    this.formulas = Array.isArray(grid.formulas) ? grid.formulas : [];
    this.rows = this.values.length;
    let cols = 0;
    for (const row of this.values) if (Array.isArray(row) && row.length > cols) cols = row.length;
    this.cols = Math.min(cols, MAX_COLUMN);
    this.mergesByRow = new Array<RangeBox[] | undefined>(this.rows + 1);
    for (const merge of Array.isArray(grid.merges) ? grid.merges : []) this.index(merge);
  }

  private index(merge: RangeBox | null | undefined): void {
    if (
      !merge ||
      !isIndex(merge.top) ||
      !isIndex(merge.left) ||
      !isIndex(merge.bottom) ||
      !isIndex(merge.right)
    )
      return;
    const top = Math.max(1, Math.ceil(merge.top));
    const left = Math.max(1, Math.ceil(merge.left));
    const bottom = Math.min(this.rows, Math.floor(merge.bottom));
    const right = Math.min(this.cols, Math.floor(merge.right));
    if (top > bottom || left > right || (top === bottom && left === right)) return;
    // A merge whose top-left cell is taken by an earlier merge is not a merge a sheet can have.
    if (this.mergeAt(top, left)) return;
    const box: RangeBox = { top, left, bottom, right };
    for (let r = top; r <= bottom; r++) (this.mergesByRow[r] ??= []).push(box);
  }

  /** The merge covering (row, col), if any. */
  mergeAt(row: number, col: number): RangeBox | undefined {
    const list = this.mergesByRow[row];
    if (!list) return undefined;
    for (const m of list) if (col >= m.left && col <= m.right) return m;
    return undefined;
  }

  /** The value typed in the cell itself (null inside a merge, except at its top-left). */
  raw(row: number, col: number): RawValue {
    const line = this.values[row - 1];
    return Array.isArray(line) ? sanitize(line[col - 1]) : null;
  }

  origin(row: number, col: number): Pos {
    const m = this.mergeAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** The cell's value, its merge's when it is merged. */
  value(row: number, col: number): RawValue {
    const m = this.mergeAt(row, col);
    return m ? this.raw(m.top, m.left) : this.raw(row, col);
  }

  /** Not merged, or the top-left cell of its merge. */
  isOwn(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return !m || (m.top === row && m.left === col);
  }

  /** Inside a merge that starts on an earlier row. */
  continuesFromAbove(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    return m !== undefined && m.top < row;
  }

  /** The folded text of the cell's value (see labelKey), computed once per cell. */
  key(row: number, col: number): string {
    const m = this.mergeAt(row, col);
    const r = m ? m.top : row;
    const c = m ? m.left : col;
    const line = (this.keys[r] ??= []);
    let key = line[c];
    if (key === undefined) {
      key = labelKey(this.raw(r, c));
      line[c] = key;
    }
    return key;
  }

  blank(row: number, col: number): boolean {
    return this.key(row, col) === '';
  }

  contains(row: number, col: number): boolean {
    return row >= 1 && row <= this.rows && col >= 1 && col <= this.cols;
  }

  /** The A1 address of a cell inside the grid, undefined outside. */
  addr(row: number, col: number): string | undefined {
    if (!this.contains(row, col)) return undefined;
    return (this.letters[col] ??= columnLetters(col)) + row;
  }

  /** The cell as the table model wants it: its (merged) value and its (top-left) address. */
  input(row: number, col: number): CellInput {
    const m = this.mergeAt(row, col);
    const r = m ? m.top : row;
    const c = m ? m.left : col;
    const raw = this.raw(r, c);
    const input = cellInput(raw, this.addr(r, c));
    // A formula nobody has calculated yet (a file written by a program, never opened in a spreadsheet)
    // has no value: it is not an empty cell the user forgot.
    const formula = raw === null ? this.formula(r, c) : undefined;
    return formula ? { ...input, formula } : input;
  }

  private formula(row: number, col: number): string | undefined {
    const line = this.formulas[row - 1];
    const f = Array.isArray(line) ? line[col - 1] : undefined;
    return typeof f === 'string' && f !== '' ? f : undefined;
  }
}

export function cellInput(raw: RawValue, cell: string | undefined): CellInput {
  return cell === undefined ? { raw } : { raw, cell };
}
