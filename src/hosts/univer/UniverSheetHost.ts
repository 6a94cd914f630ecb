import type { ICellData, IObjectMatrixPrimitiveType, IWorkbookData } from '@univerjs/core';
import type { FUniver } from '@univerjs/core/facade';
import type { FWorkbook, FWorksheet } from '@univerjs/sheets/facade';
import { FDataValidationBuilder } from '@univerjs/sheets-data-validation/facade';
import { canonicalA1, parseA1, type RangeBox } from '../../templates/a1';
import type { Grid } from '../../templates/grid';
import type { SheetPlan } from '../../templates/plan';
import { BadAddressError, SheetExistsError, SheetNotFoundError, checkStoreKey } from '../errors';
import type {
  CellFormat,
  ChangeListener,
  FormatWrite,
  Selection,
  SheetChange,
  SheetHost,
  SheetInfo,
  Unsubscribe,
  ValueWrite,
} from '../sheetHost';
import { CalculationTracker } from './calculation';
import { formatOf, KIND, notesOf, noteWrite, styleWrite } from './cellFormat';
import { planToSheet } from './planToSheet';
import { readGridOf } from './readGrid';
import { listenToEdits, type SheetEdit } from './userEdits';
import { univerValidation } from './validationRule';
import { readStoreValue, writeStoreValue } from './workbookStore';

/** sheets-ui's ScrollToRangeOperation, by id: the host does not load Univer's UI. */
const SCROLL_TO_RANGE = 'sheet.operation.scroll-to-range';

interface Cell {
  readonly row: number;
  readonly col: number;
}

/** 0-based position of an A1 address; every address of a batch is checked before anything changes. */
function cellAt(ref: string): Cell {
  const canonical = canonicalA1(ref);
  const pos = canonical === null ? null : parseA1(canonical);
  if (pos === null) throw new BadAddressError(ref);
  return { row: pos.row - 1, col: pos.col - 1 };
}

function sparse(cells: readonly { cell: Cell; data: ICellData }[]): IObjectMatrixPrimitiveType<ICellData> {
  const matrix: Record<number, Record<number, ICellData>> = {};
  for (const { cell, data } of cells) (matrix[cell.row] ??= {})[cell.col] = data;
  return matrix;
}

function valueCell(value: string | number | null): ICellData {
  // Clearing the formula too: a value typed over a formula replaces it. A text is typed as text, so
  // '=1+1' is never read as a formula nor '596.68' as a number.
  if (value === null) return { v: null, f: null, si: null, p: null };
  return typeof value === 'number'
    ? { v: value, t: 2, f: null, si: null, p: null }
    : { v: value, t: 1, f: null, si: null, p: null };
}

/**
 * The SheetHost over a Univer workbook, through Univer's facade (FUniver, FWorkbook, FWorksheet, FRange):
 * the page's live sheet, and the same model headless in Node for the contract tests. Formulas are
 * computed by Univer's own engine; reads wait until the results of every earlier change are in. The
 * print setup, which Univer has no model for, rides in the sheet's custom metadata; the store in the
 * workbook's. Each SheetHost call is one round trip (everything runs in this thread).
 */
export class UniverSheetHost implements SheetHost {
  readonly kind = KIND;
  readonly canNotify = true;
  private trips = 0;
  private writing = 0;
  private readonly calculation: CalculationTracker;

  private constructor(
    private readonly api: FUniver,
    private readonly workbook: FWorkbook,
    calculation: CalculationTracker,
  ) {
    this.calculation = calculation;
  }

  /**
   * Opens a copy of `data` as a new workbook of `api` (a blank one when it has no sheets) and gives its
   * host. A copy: Univer keeps and changes the very objects it is given. The host exists before the
   * workbook does, so that its first read waits for the calculation Univer starts on opening.
   */
  static open(api: FUniver, data: Partial<IWorkbookData>): UniverSheetHost {
    const calculation = new CalculationTracker(api);
    // Univer announces that calculation a moment after the workbook exists.
    calculation.expectCalculation();
    return new UniverSheetHost(api, api.createWorkbook(structuredClone(data)), calculation);
  }

  /** The workbook itself, for the page (its view, its unit id); not part of SheetHost. */
  get unit(): FWorkbook {
    return this.workbook;
  }

  get roundTrips(): number {
    return this.trips;
  }

  /** Every computed value is in: what a test or the page waits for before it reads the sheet itself. */
  settled(): Promise<void> {
    return this.calculation.settled();
  }

  /**
   * The workbook as Univer saves it once every result is computed, each formula written out: Univer
   * stores a formula filled down once and refers to it by id from the other cells, which a file cannot.
   */
  async snapshot(): Promise<IWorkbookData> {
    await this.calculation.settled();
    const data = this.workbook.save();
    for (const [sheetId, sheet] of Object.entries(data.sheets)) {
      const ws = this.workbook.getSheetBySheetId(sheetId);
      for (const [r, line] of Object.entries(sheet.cellData ?? {})) {
        for (const [c, cell] of Object.entries(line ?? {}) as [string, ICellData | null][]) {
          if (!cell || cell.f || !cell.si || !ws) continue;
          cell.f = ws.getRange(Number(r), Number(c)).getFormula();
          delete cell.si;
        }
      }
    }
    return data;
  }

  dispose(): void {
    this.calculation.dispose();
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    this.trips++;
    return this.workbook.getSheets().map((ws) => ({ name: ws.getSheetName(), visible: !ws.isSheetHidden() }));
  }

  async selection(): Promise<Selection | null> {
    this.trips++;
    const ws = this.workbook.getActiveSheet();
    const active = this.workbook.getActiveCell();
    const cell =
      active && active.getSheetId() === ws.getSheetId() ? active.getA1Notation().split(':')[0] : 'A1';
    return { sheet: ws.getSheetName(), cell: canonicalA1(cell) ?? 'A1' };
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.trips++;
    const ws = this.require(sheet);
    const { row, col } = cellAt(cell);
    const target = ws.getCellMergeData(row, col) ?? ws.getRange(row, col);
    this.ours(() => {
      ws.activate();
      target.activate();
    });
    // Univer selects without scrolling. Where it has a view (its UI facade is loaded: the page, not Node),
    // its own operation brings the cell into sight, scrolling only when it is out of sight. The top-left
    // cell, not the whole merge: for a merge as wide as the view it would scroll past column A.
    if (typeof Reflect.get(ws, 'scrollToCell') === 'function')
      await this.api.executeCommand(SCROLL_TO_RANGE, {
        range: { startRow: row, endRow: row, startColumn: col, endColumn: col },
      });
  }

  async applyPlan(plan: SheetPlan): Promise<void> {
    this.trips++;
    const wanted = plan.sheetName.toLowerCase();
    if (this.workbook.getSheets().some((ws) => ws.getSheetName().toLowerCase() === wanted))
      throw new SheetExistsError(plan.sheetName);
    const { sheet, styles, rows, columns } = planToSheet(plan);
    this.ours(() => {
      this.workbook.addStyles(styles);
      const ws = this.workbook.create(plan.sheetName, rows, columns, { sheet });
      plan.validations.forEach((rule, i) => {
        const range = ws.getRange(
          rule.range.top - 1,
          rule.range.left - 1,
          rule.range.bottom - rule.range.top + 1,
          rule.range.right - rule.range.left + 1,
        );
        const uid = `${ws.getSheetId()}-v${i}`;
        range.setDataValidation(
          new FDataValidationBuilder({ ...univerValidation(rule, uid), ranges: [] }).build(),
        );
      });
    });
  }

  async readGrid(sheet: string): Promise<Grid> {
    this.trips++;
    const ws = this.require(sheet);
    await this.calculation.settled();
    return readGridOf(ws);
  }

  async readFormats(sheet: string, cells: readonly string[]): Promise<readonly CellFormat[]> {
    this.trips++;
    const ws = this.require(sheet);
    const positions = cells.map(cellAt);
    const model = ws.getSheet();
    const styles = ws.getWorkbook().getStyles();
    const notes = notesOf(ws);
    return positions.map(({ row, col }) =>
      formatOf(styles.getStyleByCell(model.getCellRaw(row, col)), notes.get(`${row}:${col}`)),
    );
  }

  async writeFormats(sheet: string, writes: readonly FormatWrite[]): Promise<void> {
    this.trips++;
    const ws = this.require(sheet);
    const targets = writes.map((w) => ({ cell: cellAt(w.cell), format: w.format }));
    const model = ws.getSheet();
    const notes = notesOf(ws);
    const styled = targets.flatMap(({ cell, format }) => {
      const data = styleWrite(format, model.getCellRaw(cell.row, cell.col));
      return data === null ? [] : [{ cell, data }];
    });
    this.ours(() => {
      if (styled.length > 0)
        this.rangeOf(
          ws,
          styled.map((s) => s.cell),
        ).setValues(sparse(styled));
      for (const { cell, format } of targets) {
        const current = notes.get(`${cell.row}:${cell.col}`);
        const note = noteWrite(format, current);
        if (note === undefined) continue;
        const range = ws.getRange(cell.row, cell.col);
        if (note === null) {
          if (current) range.deleteNote();
        } else range.createOrUpdateNote({ id: current?.id ?? '', row: cell.row, col: cell.col, ...note });
      }
    });
  }

  async writeValues(sheet: string, writes: readonly ValueWrite[]): Promise<void> {
    this.trips++;
    const ws = this.require(sheet);
    const targets = writes.map((w) => ({ cell: cellAt(w.cell), data: valueCell(w.value) }));
    if (targets.length === 0) return;
    this.ours(() =>
      this.rangeOf(
        ws,
        targets.map((t) => t.cell),
      ).setValues(sparse(targets)),
    );
  }

  async readStore(key: string): Promise<string | null> {
    this.trips++;
    checkStoreKey(key);
    return readStoreValue(this.workbook, key);
  }

  async writeStore(key: string, value: string | null): Promise<void> {
    this.trips++;
    checkStoreKey(key);
    writeStoreValue(this.workbook, key, value);
  }

  async onChange(sheet: string, listener: ChangeListener): Promise<Unsubscribe | null> {
    this.trips++;
    const sheetId = this.require(sheet).getSheetId();
    let pending: RangeBox | null | undefined;
    const deliver = (): void => {
      const ws = this.workbook.getSheetBySheetId(sheetId);
      const range = pending;
      pending = undefined;
      if (ws === null || range === undefined) return;
      const change: SheetChange = { sheet: ws.getSheetName(), range };
      listener(change);
    };
    // Edits of one command arrive as several mutations: they are told once, after the command.
    const stop = listenToEdits(
      this.api,
      this.workbook.getId(),
      () => this.writing > 0,
      (edit: SheetEdit) => {
        if (edit.sheetId !== sheetId) return;
        const first = pending === undefined;
        pending = first ? edit.range : union(pending ?? null, edit.range);
        if (first) setTimeout(deliver, 0);
      },
    );
    return async () => {
      stop();
      pending = undefined;
    };
  }

  private ours(write: () => void): void {
    this.writing++;
    try {
      write();
    } finally {
      this.writing--;
    }
  }

  private rangeOf(ws: FWorksheet, cells: readonly Cell[]) {
    const top = Math.min(...cells.map((c) => c.row));
    const left = Math.min(...cells.map((c) => c.col));
    const bottom = Math.max(...cells.map((c) => c.row));
    const right = Math.max(...cells.map((c) => c.col));
    return ws.getRange(top, left, bottom - top + 1, right - left + 1);
  }

  private require(sheet: string): FWorksheet {
    const ws = this.workbook.getSheetByName(sheet);
    if (ws === null || ws.getSheetName() !== sheet) throw new SheetNotFoundError(sheet);
    return ws;
  }
}

/** The smallest box holding both; null (unknown) wins. */
function union(a: RangeBox | null, b: RangeBox | null): RangeBox | null {
  if (a === null || b === null) return null;
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}
