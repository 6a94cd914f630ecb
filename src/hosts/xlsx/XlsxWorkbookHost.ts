import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import type { Grid } from '../../templates/grid';
import type { SheetPlan } from '../../templates/plan';
import { SheetNotFoundError, uniqueSheetName } from '../shared';
import type { CellMark, SheetHost } from '../sheetHost';
import { applyPlanTo } from './applyPlan';
import { MARKS_SHEET } from './markStore';
import { canonicalCell, clearCellMarks, markCells } from './marks';
import { loadWorkbook } from './openWorkbook';
import { type XlsxOpenError, XlsxSaveError } from './openErrors';
import { withAbsolutePrintAreas } from './pageSetup';
import { readGridOf } from './readGrid';

/** Excel's own default window, used when a workbook has none yet. */
const DEFAULT_BOOK_VIEW: ExcelJS.WorkbookView = {
  x: 0,
  y: 0,
  width: 12000,
  height: 24000,
  firstSheet: 0,
  activeTab: 0,
  visibility: 'visible',
};

export type XlsxOpenResult =
  | { readonly ok: true; readonly host: XlsxWorkbookHost }
  | { readonly ok: false; readonly error: XlsxOpenError };

/**
 * A SheetHost over an in-memory ExcelJS workbook, for the command line and for tests: open a file (or
 * bytes), apply plans, read, mark, save. Formulas are written without cached results and the workbook
 * asks for a full recalculation on load, so Excel, WPS and LibreOffice compute them when they open it.
 * Every SheetHost call counts as one round trip, as in the memory host.
 */
export class XlsxWorkbookHost implements SheetHost {
  private trips = 0;

  private constructor(private readonly book: ExcelJS.Workbook) {
    book.calcProperties = { ...book.calcProperties, fullCalcOnLoad: true };
  }

  static create(): XlsxWorkbookHost {
    return new XlsxWorkbookHost(new ExcelJS.Workbook());
  }

  /** A path or the file's bytes. A file that is not a readable .xlsx is an error value with a Chinese message. */
  static async open(source: Uint8Array | string): Promise<XlsxOpenResult> {
    const loaded = await loadWorkbook(source);
    return loaded.ok ? { ok: true, host: new XlsxWorkbookHost(loaded.workbook) } : loaded;
  }

  get roundTrips(): number {
    return this.trips;
  }

  /** The ExcelJS workbook itself, for tests and file-level tools; not part of SheetHost. */
  get workbook(): ExcelJS.Workbook {
    return this.book;
  }

  async toBuffer(): Promise<Buffer> {
    const data = await withAbsolutePrintAreas(this.book, () => this.book.xlsx.writeBuffer());
    return Buffer.isBuffer(data) ? data : Buffer.from(data);
  }

  async save(file: string): Promise<void> {
    const bytes = await this.toBuffer();
    try {
      await fs.writeFile(file, bytes);
    } catch (e) {
      throw new XlsxSaveError(file, { cause: e });
    }
  }

  // ---- SheetHost -------------------------------------------------------------------------------

  /** The user's sheets: hidden ones and the marks store are not listed. */
  async listSheets(): Promise<readonly string[]> {
    this.trips++;
    return this.book.worksheets
      .filter((ws) => ws.state === 'visible' || ws.state === undefined)
      .map((ws) => ws.name);
  }

  async applyPlan(plan: SheetPlan): Promise<string> {
    this.trips++;
    const taken = [...this.book.worksheets.map((ws) => ws.name), MARKS_SHEET];
    const ws = this.book.addWorksheet(uniqueSheetName(plan.sheetName, taken));
    applyPlanTo(ws, plan);
    return ws.name;
  }

  async readGrid(sheet: string): Promise<Grid> {
    this.trips++;
    return readGridOf(this.require(sheet));
  }

  async mark(sheet: string, marks: readonly CellMark[]): Promise<void> {
    this.trips++;
    markCells(this.book, this.require(sheet), marks);
  }

  async clearMarks(sheet: string): Promise<void> {
    this.trips++;
    clearCellMarks(this.book, this.require(sheet));
  }

  /** Makes the sheet the active tab and the cell its active cell, as the file opens next time. */
  async select(sheet: string, cell: string): Promise<void> {
    this.trips++;
    const ws = this.require(sheet);
    const ref = canonicalCell(cell);
    const [view = {}, ...rest] = ws.views;
    ws.views = [{ ...view, activeCell: ref }, ...rest];
    const index = this.book.worksheets.indexOf(ws);
    const [bookView, ...otherViews] = this.book.views;
    const base: ExcelJS.WorkbookView = bookView ?? DEFAULT_BOOK_VIEW;
    this.book.views = [
      { ...base, activeTab: index, firstSheet: Math.min(base.firstSheet ?? 0, index) },
      ...otherViews,
    ];
  }

  private require(sheet: string): ExcelJS.Worksheet {
    const ws = this.book.getWorksheet(sheet);
    if (ws === undefined || ws.name !== sheet) throw new SheetNotFoundError(sheet);
    return ws;
  }
}
