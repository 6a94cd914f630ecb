import type { RawValue } from '../../domain/cellValue.types';
import { a1, canonicalA1, parseA1, type RangeBox } from '../../templates/a1';
import { GRID_LIMITS, type Grid } from '../../templates/grid';
import type { SheetPlan } from '../../templates/plan';
import { BadAddressError, SheetExistsError, SheetNotFoundError, checkStoreKey } from '../errors';
import type {
  CellFormat,
  ChangeListener,
  FormatWrite,
  Selection,
  SheetHost,
  SheetInfo,
  Unsubscribe,
  ValueWrite,
} from '../sheetHost';
import { MemorySheet, type MemoryCell } from './memorySheet';
import { writePlan } from './writePlan';

function cellAddress(ref: string): { row: number; col: number } {
  const canonical = canonicalA1(ref);
  const pos = canonical === null ? null : parseA1(canonical);
  if (pos === null) throw new BadAddressError(ref);
  return pos;
}

function rangeOf(ref: RangeBox | string): RangeBox {
  if (typeof ref !== 'string') return ref;
  const [from, to = from] = ref.split(':');
  const tl = cellAddress(from);
  const br = cellAddress(to);
  return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
}

/**
 * A workbook held in memory: the reference SheetHost, for tests, the demo and the pane's component
 * tests. It never evaluates formulas (a formula cell reads back as its cached value, null unless a test
 * set one) and counts every SheetHost call as one round trip. Methods outside SheetHost are test helpers
 * that cost nothing; `setValue` is the user typing (it notifies `onChange`).
 */
export class MemoryWorkbook implements SheetHost {
  readonly kind = 'memory';
  readonly canNotify = true;
  private sheets: MemorySheet[] = [];
  private store = new Map<string, string>();
  private trips = 0;
  private active: Selection | null = null;
  private readonly listeners = new Set<{ sheet: string; listener: ChangeListener }>();

  /** A workbook with one sheet holding `rows` (row 1 first) as plain values — never formulas. */
  static fromRows(
    sheet: string,
    rows: readonly (readonly RawValue[])[],
    merges: readonly (RangeBox | string)[] = [],
  ): MemoryWorkbook {
    const book = new MemoryWorkbook();
    book.addSheet(sheet, rows, merges);
    return book;
  }

  get roundTrips(): number {
    return this.trips;
  }

  // ---- SheetHost -------------------------------------------------------------------------------

  async listSheets(): Promise<readonly SheetInfo[]> {
    this.trips++;
    return this.sheets.map((s) => ({ name: s.name, visible: s.visibility === 'visible' }));
  }

  async selection(): Promise<Selection | null> {
    this.trips++;
    if (this.active && this.find(this.active.sheet)) return this.active;
    const first = this.sheets.find((s) => s.visibility === 'visible');
    return first ? { sheet: first.name, cell: 'A1' } : null;
  }

  async select(name: string, cell: string): Promise<void> {
    this.trips++;
    this.require(name);
    const pos = cellAddress(cell);
    this.active = { sheet: name, cell: a1(pos.row, pos.col) };
  }

  async applyPlan(plan: SheetPlan): Promise<void> {
    this.trips++;
    const wanted = plan.sheetName.toLowerCase();
    if (this.sheets.some((s) => s.name.toLowerCase() === wanted)) throw new SheetExistsError(plan.sheetName);
    const sheet = new MemorySheet(plan.sheetName);
    writePlan(sheet, plan);
    this.sheets.push(sheet);
  }

  async readGrid(name: string): Promise<Grid> {
    this.trips++;
    const sheet = this.require(name);
    const extent = sheet.contentExtent();
    const rows = Math.min(extent.rows, GRID_LIMITS.rows);
    const cols = Math.min(extent.cols, GRID_LIMITS.cols);
    const values: RawValue[][] = Array.from({ length: rows }, () => new Array<RawValue>(cols).fill(null));
    const formulas: (string | null)[][] = Array.from({ length: rows }, () =>
      new Array<string | null>(cols).fill(null),
    );
    for (const { row, col, cell } of sheet.entries()) {
      if (row > rows || col > cols || (cell.value === null && cell.formula === null)) continue;
      values[row - 1][col - 1] = cell.value;
      formulas[row - 1][col - 1] = cell.formula;
    }
    const clipped = rows < extent.rows || cols < extent.cols;
    return { sheet: sheet.name, values, formulas, merges: [...sheet.merges], ...(clipped ? { extent } : {}) };
  }

  async readFormats(name: string, cells: readonly string[]): Promise<readonly CellFormat[]> {
    this.trips++;
    const sheet = this.require(name);
    return cells.map((ref) => {
      const pos = cellAddress(ref);
      return formatOf(sheet.get(pos.row, pos.col));
    });
  }

  async writeFormats(name: string, writes: readonly FormatWrite[]): Promise<void> {
    this.trips++;
    const sheet = this.require(name);
    // Every address is checked before anything changes, so a bad one leaves the workbook untouched.
    const targets = writes.map((w) => ({ pos: cellAddress(w.cell), format: w.format }));
    for (const { pos, format } of targets) applyFormat(sheet.at(pos.row, pos.col), format);
  }

  async writeValues(name: string, writes: readonly ValueWrite[]): Promise<void> {
    this.trips++;
    const sheet = this.require(name);
    const targets = writes.map((w) => ({ pos: cellAddress(w.cell), value: w.value }));
    for (const { pos, value } of targets) {
      const cell = sheet.at(pos.row, pos.col);
      cell.formula = null;
      cell.value = value;
    }
  }

  async readStore(key: string): Promise<string | null> {
    this.trips++;
    checkStoreKey(key);
    return this.store.get(key) ?? null;
  }

  async writeStore(key: string, value: string | null): Promise<void> {
    this.trips++;
    checkStoreKey(key);
    if (value === null) this.store.delete(key);
    else this.store.set(key, value);
  }

  async onChange(name: string, listener: ChangeListener): Promise<Unsubscribe | null> {
    this.trips++;
    this.require(name);
    const entry = { sheet: name, listener };
    this.listeners.add(entry);
    return async () => {
      this.listeners.delete(entry);
    };
  }

  // ---- test helpers (not round trips) ----------------------------------------------------------

  sheet(name: string): MemorySheet | undefined {
    return this.find(name);
  }

  addSheet(
    name: string,
    rows: readonly (readonly RawValue[])[],
    merges: readonly (RangeBox | string)[] = [],
  ): MemorySheet {
    if (this.find(name)) throw new Error(`sheet ${name} exists`);
    const sheet = new MemorySheet(name);
    rows.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value !== null) sheet.at(i + 1, j + 1).value = value;
      }),
    );
    sheet.merges.push(...merges.map(rangeOf));
    this.sheets.push(sheet);
    return sheet;
  }

  /**
   * The user types a value (a formula cell keeps its formula: the value is what it last computed), and
   * the sheet's change listeners hear of it.
   */
  setValue(name: string, cell: string, value: RawValue): void {
    const pos = cellAddress(cell);
    this.require(name).at(pos.row, pos.col).value = value;
    const range = { top: pos.row, left: pos.col, bottom: pos.row, right: pos.col };
    for (const l of [...this.listeners]) if (l.sheet === name) l.listener({ sheet: name, range });
  }

  /** Gives a cell a fill, a font colour and a note as a user would (null removes them). */
  setFormat(name: string, cell: string, format: Partial<CellFormat>): void {
    const pos = cellAddress(cell);
    applyFormat(this.require(name).at(pos.row, pos.col), format);
  }

  format(name: string, cell: string): CellFormat {
    const pos = cellAddress(cell);
    return formatOf(this.require(name).get(pos.row, pos.col));
  }

  /** The value a cell holds (a formula cell: its cached value). */
  value(name: string, cell: string): RawValue {
    const pos = cellAddress(cell);
    return this.require(name).get(pos.row, pos.col)?.value ?? null;
  }

  /** A copy as if saved and opened again: the sheets and the store survive, listeners and selection do not. */
  reopen(): MemoryWorkbook {
    const copy = new MemoryWorkbook();
    copy.sheets = this.sheets.map((s) => s.clone());
    copy.store = new Map(this.store);
    return copy;
  }

  /** Hides a sheet as a user would (Format → Hide), or very hidden as code does. */
  hide(name: string, visibility: 'hidden' | 'veryHidden' = 'hidden'): void {
    this.require(name).visibility = visibility;
  }

  // ---- internals -------------------------------------------------------------------------------

  private find(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  private require(name: string): MemorySheet {
    const sheet = this.find(name);
    if (sheet === undefined) throw new SheetNotFoundError(name);
    return sheet;
  }
}

function formatOf(cell: MemoryCell | undefined): CellFormat {
  return {
    fill: cell?.style.fill ?? null,
    fontColor: cell?.style.font?.color ?? null,
    note: cell?.note ?? null,
  };
}

function applyFormat(cell: MemoryCell, format: Partial<CellFormat>): void {
  const style = { ...cell.style };
  if (format.fill !== undefined) {
    if (format.fill === null) delete style.fill;
    else style.fill = format.fill;
  }
  if (format.fontColor !== undefined) {
    const font = { ...style.font };
    if (format.fontColor === null) delete font.color;
    else font.color = format.fontColor;
    style.font = font;
  }
  cell.style = style;
  if (format.note !== undefined) cell.note = format.note;
}
