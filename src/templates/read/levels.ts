import type { CellInput } from '../../domain/model';
import type { RangeBox } from '../a1';
import { cellInput, type MergedGrid } from './mergedGrid';

/**
 * The 一级 and 二级 labels of the current row: from the label's merge, or — in a hand-typed table that
 * leaves them empty below the first row of a group — from the last one above. A new 一级 label
 * forgets the 二级 of the group before it.
 */
export class LevelCarry {
  private level1: CellInput | null = null;
  private level2: CellInput | null = null;
  /** The merges the carried labels came from: rows inside them share the carried cell. */
  private merge1: RangeBox | undefined;
  private merge2: RangeBox | undefined;

  /** Reads the label cell at (row, col) for a level, updating what is carried down. */
  read(grid: MergedGrid, level: 1 | 2, row: number, col: number | undefined): CellInput {
    const carried = level === 1 ? this.level1 : this.level2;
    if (col === undefined) return carried ?? { raw: null };
    const merge = grid.mergeAt(row, col);
    if (merge && carried && merge === (level === 1 ? this.merge1 : this.merge2)) return carried;
    if (!grid.blank(row, col)) return this.set(level, grid.input(row, col), merge);
    if (merge) return grid.input(row, col);
    return carried ?? cellInput(null, grid.addr(row, col));
  }

  /** Sets the label of a level (read in its column, or found out of it in a flattened copy). */
  set(level: 1 | 2, input: CellInput, merge?: RangeBox): CellInput {
    if (level === 1) {
      if (this.level1?.raw !== input.raw) {
        this.level2 = null;
        this.merge2 = undefined;
      }
      this.level1 = input;
      this.merge1 = merge;
    } else {
      this.level2 = input;
      this.merge2 = merge;
    }
    return input;
  }

  /** The label carried down for a level, if any. */
  current(level: 1 | 2): CellInput | null {
    return level === 1 ? this.level1 : this.level2;
  }

  /** The carried label, or an empty cell at (row, col). */
  carried(grid: MergedGrid, level: 1 | 2, row: number, col: number | undefined): CellInput {
    const carried = level === 1 ? this.level1 : this.level2;
    return carried ?? cellInput(null, col === undefined ? undefined : grid.addr(row, col));
  }
}
