import type { RawValue } from '../../domain/cellValue.types';
import type { RangeBox } from '../../templates/a1';
import { a1, parseA1 } from '../../templates/a1';
import type { Grid } from '../../templates/grid';
import type { SheetPlan } from '../../templates/plan';
import { TAG_PREFIX } from '../../templates/tag';
import type { CellMark, SheetHost } from '../sheetHost';
import { BadAddressError, SheetNotFoundError } from '../shared/errors';
import { MARK_FILLS } from '../shared/markFills';
import {
  entriesToRows,
  MARKS_SHEET,
  type MarkEntry,
  rowsToEntries,
  type SavedFormat,
} from '../shared/marksStore';
import { MemorySheet } from './memorySheet';
import { uniqueSheetName } from '../shared/sheetName';
import { writePlan } from './writePlan';

function cellAddress(ref: string): { row: number; col: number } {
  const pos = parseA1(ref);
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
 * A workbook held in memory: the reference SheetHost, for tests and the demo. It never evaluates
 * formulas (a formula cell reads back as its cached value, null unless a test set one) and counts
 * every SheetHost call as one round trip. Methods outside SheetHost are test helpers and cost nothing.
 */
export class MemoryWorkbook implements SheetHost {
  private sheets: MemorySheet[] = [];
  private trips = 0;
  private selection: { readonly sheet: string; readonly cell: string } | null = null;

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

  /** The last `select` call's target. */
  get selected(): { readonly sheet: string; readonly cell: string } | null {
    return this.selection;
  }

  // ---- SheetHost -------------------------------------------------------------------------------

  /** Visible sheets only: the marks store is no sheet of the user's. */
  async listSheets(): Promise<readonly string[]> {
    this.trips++;
    return this.sheets.filter((s) => s.visibility === 'visible').map((s) => s.name);
  }

  async applyPlan(plan: SheetPlan): Promise<string> {
    this.trips++;
    const sheet = new MemorySheet(
      uniqueSheetName(
        plan.sheetName,
        this.sheets.map((s) => s.name),
      ),
    );
    writePlan(sheet, plan);
    this.sheets.push(sheet);
    return sheet.name;
  }

  async readGrid(name: string): Promise<Grid> {
    this.trips++;
    const sheet = this.require(name);
    const { rows, cols } = sheet.contentExtent();
    const values: RawValue[][] = Array.from({ length: rows }, () => new Array<RawValue>(cols).fill(null));
    const formulas: (string | null)[][] = Array.from({ length: rows }, () =>
      new Array<string | null>(cols).fill(null),
    );
    let tag: { row: number; col: number; text: string } | undefined;
    for (const { row, col, cell } of sheet.entries()) {
      if (cell.value === null && cell.formula === null) continue;
      values[row - 1][col - 1] = cell.value;
      formulas[row - 1][col - 1] = cell.formula;
      const text = cell.value;
      if (
        typeof text === 'string' &&
        text.startsWith(TAG_PREFIX) &&
        (!tag || row < tag.row || (row === tag.row && col < tag.col))
      ) {
        tag = { row, col, text };
      }
    }
    return {
      sheet: sheet.name,
      values,
      formulas,
      merges: [...sheet.merges],
      ...(tag ? { tag: tag.text } : {}),
    };
  }

  async mark(name: string, marks: readonly CellMark[]): Promise<void> {
    this.trips++;
    const sheet = this.require(name);
    // Every address is checked before anything changes, so a bad one leaves the workbook untouched.
    const targets = marks.map((m) => ({ mark: m, pos: cellAddress(m.cell) }));
    if (targets.length === 0) return;
    const store = this.marksStore();
    const entries = this.readEntries(store);
    const saved = new Set(entries.filter((e) => e.sheet === name).map((e) => e.cell));
    for (const { mark, pos } of targets) {
      const ref = a1(pos.row, pos.col);
      const cell = sheet.at(pos.row, pos.col);
      // Only the first mark saves: the second would save the first mark's fill, not the user's.
      if (!saved.has(ref)) {
        entries.push({
          sheet: name,
          cell: ref,
          previous: { fill: cell.style.fill ?? null, note: cell.note },
        });
        saved.add(ref);
      }
      cell.style = { ...cell.style, fill: MARK_FILLS[mark.severity] };
      cell.note = mark.message;
    }
    this.writeEntries(store, entries);
  }

  async clearMarks(name: string): Promise<void> {
    this.trips++;
    const sheet = this.require(name);
    const store = this.find(MARKS_SHEET);
    if (store === undefined) return;
    const entries = this.readEntries(store);
    for (const entry of entries.filter((e) => e.sheet === name)) {
      const pos = cellAddress(entry.cell);
      restore(sheet, pos.row, pos.col, entry.previous);
    }
    const rest = entries.filter((e) => e.sheet !== name);
    if (rest.length === 0) this.sheets = this.sheets.filter((s) => s !== store);
    else this.writeEntries(store, rest);
  }

  async select(name: string, cell: string): Promise<void> {
    this.trips++;
    this.require(name);
    const pos = cellAddress(cell);
    this.selection = { sheet: name, cell: a1(pos.row, pos.col) };
  }

  // ---- test helpers (not round trips) ----------------------------------------------------------

  sheet(name: string): MemorySheet | undefined {
    return this.find(name);
  }

  /** Every sheet, hidden ones included. */
  allSheetNames(): readonly string[] {
    return this.sheets.map((s) => s.name);
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

  /** Types a value as a user would; on a formula cell, sets the value the formula last computed. */
  setValue(name: string, cell: string, value: RawValue): void {
    const pos = cellAddress(cell);
    this.require(name).at(pos.row, pos.col).value = value;
  }

  /** Gives a cell a fill and a note as a user would (null removes them). */
  setFormat(name: string, cell: string, format: SavedFormat): void {
    const pos = cellAddress(cell);
    restore(this.require(name), pos.row, pos.col, format);
  }

  format(name: string, cell: string): SavedFormat {
    const pos = cellAddress(cell);
    const c = this.require(name).get(pos.row, pos.col);
    return { fill: c?.style.fill ?? null, note: c?.note ?? null };
  }

  /** A copy as if saved and opened again: only what lives in the sheets survives. */
  reopen(): MemoryWorkbook {
    const copy = new MemoryWorkbook();
    copy.sheets = this.sheets.map((s) => s.clone());
    return copy;
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

  private marksStore(): MemorySheet {
    let store = this.find(MARKS_SHEET);
    if (store === undefined) {
      store = new MemorySheet(MARKS_SHEET);
      store.visibility = 'veryHidden';
      this.sheets.push(store);
    }
    return store;
  }

  private readEntries(store: MemorySheet): MarkEntry[] {
    const { rows } = store.contentExtent();
    return rowsToEntries(
      Array.from({ length: rows }, (_, i) => [1, 2, 3].map((c) => store.get(i + 1, c)?.value ?? null)),
    );
  }

  private writeEntries(store: MemorySheet, entries: readonly MarkEntry[]): void {
    store.clearContents();
    entriesToRows(entries).forEach((row, i) =>
      row.forEach((value, j) => (store.at(i + 1, j + 1).value = value)),
    );
  }
}

function restore(sheet: MemorySheet, row: number, col: number, previous: SavedFormat): void {
  const cell = sheet.at(row, col);
  const style = { ...cell.style };
  delete style.fill;
  cell.style = previous.fill === null ? style : { ...style, fill: previous.fill };
  cell.note = previous.note;
}
