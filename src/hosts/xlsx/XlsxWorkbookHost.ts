import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import { canonicalA1 } from '../../templates/a1';
import type { Grid } from '../../templates/grid';
import type { SheetPlan } from '../../templates/plan';
import { BadAddressError, SheetExistsError, SheetNotFoundError, checkStoreKey } from '../errors';
import type {
  CellFormat,
  FormatWrite,
  Selection,
  SheetHost,
  SheetInfo,
  Unsubscribe,
  ValueWrite,
} from '../sheetHost';
import { applyPlanTo } from './applyPlan';
import { applyFormat, formatOf } from './cellFormat';
import { isPartial, loadWorkbook } from './openWorkbook';
import { PartialWorkbookError } from './openErrors';
import { type XlsxOpenError, XlsxSaveError } from './openErrors';
import { withAbsolutePrintAreas } from './pageSetup';
import { readGridOf } from './readGrid';
import { readStoreValue, writeStoreValue } from './workbookStore';

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

function cellRef(ref: string): string {
  const canonical = canonicalA1(ref);
  if (canonical === null) throw new BadAddressError(ref);
  return canonical;
}

/**
 * A SheetHost over an in-memory ExcelJS workbook, for the command line and for tests: open a file (or
 * bytes), apply plans, read, mark, save. Formulas are written without cached results and the workbook
 * asks for a full recalculation on load, so Excel, WPS and LibreOffice compute them when they open it.
 * A file cannot tell about edits: `onChange` answers null. Every call counts as one round trip.
 */
export class XlsxWorkbookHost implements SheetHost {
  readonly kind = 'xlsx';
  readonly canNotify = false;
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
    if (isPartial(this.book)) throw new PartialWorkbookError();
    const data = await withAbsolutePrintAreas(this.book, () => this.book.xlsx.writeBuffer());
    return Buffer.isBuffer(data) ? data : Buffer.from(data);
  }

  async save(file: string): Promise<void> {
    const bytes = await this.toBuffer();
    try {
      await fs.writeFile(file, bytes, { flag: 'wx' });
    } catch (e) {
      throw new XlsxSaveError(file, { cause: e });
    }
  }

  // ---- SheetHost -------------------------------------------------------------------------------

  async listSheets(): Promise<readonly SheetInfo[]> {
    this.trips++;
    return this.book.worksheets.map((ws) => ({
      name: ws.name,
      visible: ws.state === 'visible' || ws.state === undefined,
    }));
  }

  /** The active tab and its active cell, as the file will open. */
  async selection(): Promise<Selection | null> {
    this.trips++;
    const sheets = this.book.worksheets;
    if (sheets.length === 0) return null;
    const ws = sheets[this.book.views[0]?.activeTab ?? 0] ?? sheets[0];
    const active = ws.views[0]?.activeCell;
    return { sheet: ws.name, cell: (active && canonicalA1(active)) || 'A1' };
  }

  /** Makes the sheet the active tab and the cell its active cell, as the file opens next time. */
  async select(sheet: string, cell: string): Promise<void> {
    this.trips++;
    const ws = this.require(sheet);
    const ref = cellRef(cell);
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

  async applyPlan(plan: SheetPlan): Promise<void> {
    this.trips++;
    const wanted = plan.sheetName.toLowerCase();
    if (this.book.worksheets.some((ws) => ws.name.toLowerCase() === wanted))
      throw new SheetExistsError(plan.sheetName);
    applyPlanTo(this.book.addWorksheet(plan.sheetName), plan);
  }

  async readGrid(sheet: string): Promise<Grid> {
    this.trips++;
    return readGridOf(this.require(sheet));
  }

  async readFormats(sheet: string, cells: readonly string[]): Promise<readonly CellFormat[]> {
    this.trips++;
    const ws = this.require(sheet);
    return cells.map((c) => formatOf(ws.getCell(cellRef(c))));
  }

  async writeFormats(sheet: string, writes: readonly FormatWrite[]): Promise<void> {
    this.trips++;
    const ws = this.require(sheet);
    const targets = writes.map((w) => ({ ref: cellRef(w.cell), format: w.format }));
    for (const { ref, format } of targets) applyFormat(ws.getCell(ref), format);
  }

  async writeValues(sheet: string, writes: readonly ValueWrite[]): Promise<void> {
    this.trips++;
    const ws = this.require(sheet);
    const targets = writes.map((w) => ({ ref: cellRef(w.cell), value: w.value }));
    // A plain string is never read as a formula by ExcelJS: '=1+1' stays text.
    for (const { ref, value } of targets) ws.getCell(ref).value = value;
  }

  async readStore(key: string): Promise<string | null> {
    this.trips++;
    checkStoreKey(key);
    return readStoreValue(this.book, key);
  }

  async writeStore(key: string, value: string | null): Promise<void> {
    this.trips++;
    checkStoreKey(key);
    writeStoreValue(this.book, key, value);
  }

  async onChange(sheet: string): Promise<Unsubscribe | null> {
    this.trips++;
    this.require(sheet);
    return null;
  }

  private require(sheet: string): ExcelJS.Worksheet {
    const ws = this.book.getWorksheet(sheet);
    if (ws === undefined || ws.name !== sheet) throw new SheetNotFoundError(sheet);
    return ws;
  }
}
