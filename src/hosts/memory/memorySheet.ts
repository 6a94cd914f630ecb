import type { RawValue } from '../../domain/cellValue.types';
import type { RangeBox } from '../../templates/a1';
import type { CellStyle, PrintSetup, ValidationRule } from '../../templates/plan';

/** One cell: a literal value, or a formula with the value it last computed (a host that never evaluates keeps null). */
export interface MemoryCell {
  value: RawValue;
  /** Without the leading '='. */
  formula: string | null;
  style: CellStyle;
  note: string | null;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

/** Excel's column limit, used to pack (row, col) into one map key. */
const MAX_COLUMNS = 16384;

function keyOf(row: number, col: number): number {
  return (row - 1) * MAX_COLUMNS + (col - 1);
}

export class MemorySheet {
  visibility: SheetVisibility = 'visible';
  merges: RangeBox[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  validations: ValidationRule[] = [];
  print: PrintSetup | null = null;
  freezeRows = 0;
  private readonly cells = new Map<number, MemoryCell>();

  constructor(public name: string) {}

  get(row: number, col: number): MemoryCell | undefined {
    return this.cells.get(keyOf(row, col));
  }

  /** The cell, created empty if it was never touched. */
  at(row: number, col: number): MemoryCell {
    const key = keyOf(row, col);
    let cell = this.cells.get(key);
    if (cell === undefined) {
      cell = { value: null, formula: null, style: {}, note: null };
      this.cells.set(key, cell);
    }
    return cell;
  }

  *entries(): Generator<{ row: number; col: number; cell: MemoryCell }> {
    for (const [key, cell] of this.cells) {
      yield { row: Math.floor(key / MAX_COLUMNS) + 1, col: (key % MAX_COLUMNS) + 1, cell };
    }
  }

  clearContents(): void {
    for (const { cell } of this.entries()) {
      cell.value = null;
      cell.formula = null;
    }
  }

  /** Last row and column holding a value or a formula (formatting alone does not count, as in Excel's used range of values). */
  contentExtent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const { row, col, cell } of this.entries()) {
      if (cell.value === null && cell.formula === null) continue;
      rows = Math.max(rows, row);
      cols = Math.max(cols, col);
    }
    return { rows, cols };
  }

  clone(): MemorySheet {
    const copy = new MemorySheet(this.name);
    copy.visibility = this.visibility;
    copy.merges = [...this.merges];
    for (const [k, v] of this.columnWidths) copy.columnWidths.set(k, v);
    for (const [k, v] of this.rowHeights) copy.rowHeights.set(k, v);
    for (const c of this.hiddenColumns) copy.hiddenColumns.add(c);
    copy.validations = [...this.validations];
    copy.print = this.print;
    copy.freezeRows = this.freezeRows;
    // Styles and the plan objects above are never mutated in place, so sharing them is safe.
    for (const [key, cell] of this.cells) copy.cells.set(key, { ...cell });
    return copy;
  }
}
