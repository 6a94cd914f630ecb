import type { RangeBox } from '../a1';
import { rangeA1 } from '../a1';
import type { CellStyle, PlanValue, ValidationRule, ValueBlock } from '../plan';

/** A bug in a layout (two writes to one cell, a write into a merged area): ours to fix, never the user's. */
export class LayoutError extends Error {
  override readonly name = 'LayoutError';
}

export function box(top: number, left: number, bottom = top, right = left): RangeBox {
  return { top, left, bottom, right };
}

/**
 * The mutable scratch pad a renderer fills row by row; `values()` turns it into one rectangular block
 * so that a host can write the whole table in one call.
 */
export class SheetDraft {
  private readonly rows: PlanValue[][] = [];
  private readonly owner = new Map<string, string>();
  readonly merges: RangeBox[] = [];
  readonly styles: { range: RangeBox; style: CellStyle }[] = [];
  readonly validations: ValidationRule[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];

  constructor(readonly width: number) {}

  get lastRow(): number {
    return this.rows.length;
  }

  /** Writes a value at the top-left of `range`, merging the range when it spans more than one cell. */
  put(range: RangeBox, value: PlanValue): void {
    this.claim(range);
    if (range.bottom > range.top || range.right > range.left) this.merges.push(range);
    this.set(range.top, range.left, value);
  }

  style(range: RangeBox, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  validate(rule: ValidationRule): void {
    this.validations.push(rule);
  }

  height(row: number, height: number): void {
    this.rowHeights.push({ row, height });
  }

  /** Makes sure the block reaches `row` even when its last rows are empty (a blank spacer row). */
  reach(row: number): void {
    while (this.rows.length < row) this.rows.push(new Array<PlanValue>(this.width).fill(null));
  }

  values(): ValueBlock {
    return { top: 1, left: 1, values: this.rows.map((r) => [...r]) };
  }

  private set(row: number, col: number, value: PlanValue): void {
    if (col < 1 || col > this.width) throw new LayoutError(`column ${col} outside the table`);
    this.reach(row);
    this.rows[row - 1][col - 1] = value;
  }

  /** Every cell belongs to at most one put(): a second claim is a layout bug, caught in tests. */
  private claim(range: RangeBox): void {
    const name = rangeA1(range);
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        const key = `${r}:${c}`;
        const previous = this.owner.get(key);
        if (previous !== undefined) throw new LayoutError(`${name} overlaps ${previous}`);
        this.owner.set(key, name);
      }
    }
  }
}
