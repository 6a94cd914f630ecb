import type { Grid } from '../templates/grid';
import type { SheetPlan } from '../templates/plan';
import type { Severity } from '../domain/profiles/profile';

/** One mark on one cell: a fill by severity and a note with the finding's message. */
export interface CellMark {
  readonly cell: string;
  readonly severity: Severity;
  readonly message: string;
}

/**
 * The one interface every host implements (memory, xlsx, Excel, WPS, Univer). It translates; it never
 * decides. Every operation is one round trip to the host, whatever the size of its argument.
 */
export interface SheetHost {
  /** Visible sheets only: our hidden bookkeeping sheets (JXZP_MARKS) are not listed. */
  listSheets(): Promise<readonly string[]>;
  /** Creates a new sheet (never writes into an existing one), named after plan.sheetName, de-duplicated; returns its name. */
  applyPlan(plan: SheetPlan): Promise<string>;
  readGrid(sheet: string): Promise<Grid>;
  /**
   * Marks cells; the exact previous fill and note of each cell are saved in the workbook so that
   * `clearMarks` restores them, even after the file was saved and reopened.
   */
  mark(sheet: string, marks: readonly CellMark[]): Promise<void>;
  /** Restores the exact formatting and notes the marked cells had before; no-op when nothing is marked. */
  clearMarks(sheet: string): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
}
