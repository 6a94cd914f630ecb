/// <reference types="et-jsapi-declare" />
import { a1, columnLetters, type RangeBox } from '../../../src/templates/a1';
import { NotModelledError, type Members } from './bridge';
import { cellCount, MAX_COLS, MAX_ROWS, parseAddress, type ParsedAddress } from './addresses';
import type { FakeContext } from './context';
import {
  cellAt,
  cellsOf,
  isDefault,
  key,
  mergeOf,
  newCell,
  peek,
  STANDARD_COLUMN_WIDTH,
  STANDARD_ROW_HEIGHT,
  type CellData,
  type SheetData,
} from './model';
import { FakeBorders, FakeComment, FakeFont, FakeInterior, FakeValidation } from './formats';
import { ERROR_CODES, typed } from './typedInput';
import { xmlSpreadsheet } from './xmlWriter';

const CVERR_BASE = -2146828288;
/** Reading more cells than this at once would freeze WPS for minutes: the fake refuses, loudly. */
const MAX_BLOCK_CELLS = 3_000_000;

const RANGE_GET = [
  'Value2',
  'Formula',
  'Row',
  'Column',
  'MergeCells',
  'MergeArea',
  'Interior',
  'Font',
  'Borders',
  'Validation',
  'Comment',
  'NumberFormat',
  'NumberFormatLocal',
  'HorizontalAlignment',
  'VerticalAlignment',
  'WrapText',
  'Locked',
  'ColumnWidth',
  'RowHeight',
  'Hidden',
  'EntireColumn',
  'EntireRow',
  'Worksheet',
] as const satisfies readonly (keyof Et.Range)[];
const RANGE_SET = [
  'Value2',
  'Formula',
  'NumberFormat',
  'NumberFormatLocal',
  'HorizontalAlignment',
  'VerticalAlignment',
  'WrapText',
  'Locked',
  'ColumnWidth',
  'RowHeight',
  'Hidden',
] as const satisfies readonly (keyof Et.Range)[];
const RANGE_CALL = [
  'Value',
  'Address',
  'Merge',
  'UnMerge',
  'AddComment',
  'ClearComments',
  'ClearContents',
  'Select',
  'Activate',
  'Find',
] as const satisfies readonly (keyof Et.Range)[];

type RangeMember = (typeof RANGE_GET)[number] | (typeof RANGE_SET)[number] | (typeof RANGE_CALL)[number];

/** Host-side shape of a cell value: ET declares Value2 as string | Array, and hands numbers and booleans too. */
type Value2 = string | unknown[];

export interface SheetOwner {
  sheetObject(sheet: SheetData): object;
  isActive(sheet: SheetData): boolean;
}

export class FakeRange implements Pick<Et.Range, RangeMember> {
  readonly areas: readonly RangeBox[];
  readonly wholeColumns: boolean;
  readonly wholeRows: boolean;

  constructor(
    private readonly ctx: FakeContext,
    private readonly owner: SheetOwner,
    readonly sheet: SheetData,
    where: ParsedAddress | RangeBox,
  ) {
    const parsed = 'areas' in where ? where : { areas: [where], wholeColumns: false, wholeRows: false };
    this.areas = parsed.areas;
    this.wholeColumns = parsed.wholeColumns;
    this.wholeRows = parsed.wholeRows;
  }

  bridgeMembers(): Members<FakeRange> {
    return { name: 'Range', get: RANGE_GET, set: RANGE_SET, call: RANGE_CALL };
  }

  // ---- shape -------------------------------------------------------------------------------------

  private area(what: string): RangeBox {
    if (this.areas.length !== 1) throw new NotModelledError(`WPS fake: ${what} of a multi-area range`);
    return this.areas[0];
  }

  private block(what: string): RangeBox {
    const box = this.area(what);
    if (cellCount([box]) > MAX_BLOCK_CELLS) {
      throw new Error(`WPS fake: ${what} of ${cellCount([box])} cells at once would hang WPS`);
    }
    return box;
  }

  private cellsOnly(what: string): void {
    if (this.wholeColumns || this.wholeRows) {
      throw new NotModelledError(`WPS fake: ${what} of whole columns or rows`);
    }
    if (cellCount(this.areas) > MAX_BLOCK_CELLS)
      throw new Error(`WPS fake: ${what} of too many cells at once`);
  }

  private *cells(): Generator<[number, number]> {
    for (const a of this.areas) yield* cellsOf(a);
  }

  private singleCell(what: string): [number, number] {
    const box = this.area(what);
    const merge = mergeOf(this.sheet, box.top, box.left);
    const isCell = box.top === box.bottom && box.left === box.right;
    const isMerge =
      merge &&
      merge.top === box.top &&
      merge.left === box.left &&
      merge.bottom === box.bottom &&
      merge.right === box.right;
    if (!isCell && !isMerge) throw new NotModelledError(`WPS fake: ${what} of more than one cell`);
    return [box.top, box.left];
  }

  /** A property of every cell: its value when all agree, null (ET's "mixed") otherwise. */
  uniform<T>(what: string, read: (cell: CellData) => T): T | null {
    this.cellsOnly(what);
    const blank = newCell();
    let first = true;
    let value: T | null = null;
    for (const [r, c] of this.cells()) {
      const v = read(peek(this.sheet, r, c) ?? blank);
      if (first) value = v;
      else if (v !== value) return null;
      first = false;
    }
    return value;
  }

  /** Changes the format of every cell (never a value). */
  format(member: string, change: (cell: CellData) => void): void {
    this.cellsOnly(member);
    this.record(member);
    for (const [r, c] of this.cells()) {
      const cell = cellAt(this.sheet, r, c);
      change(cell);
      if (isDefault(cell)) this.sheet.cells.delete(key(r, c));
    }
  }

  record(member: string): void {
    this.ctx.writes.push({
      member,
      screenUpdating: this.ctx.app.ScreenUpdating,
      calculation: this.ctx.app.Calculation,
    });
  }

  // ---- values ------------------------------------------------------------------------------------

  private read(what: string, one: (cell: CellData | undefined) => unknown): Value2 {
    const box = this.block(what);
    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
    const matrix: unknown[][] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row: unknown[] = [];
      for (let c = box.left; c <= box.right; c++) row.push(one(peek(this.sheet, r, c)));
      matrix.push(row);
    }
    // ET's shapes: a scalar for one cell, a flat array for one row or one column, rows otherwise.
    if (rows === 1 && cols === 1) return matrix[0][0] as Value2;
    if (rows === 1) return matrix[0];
    if (cols === 1) return matrix.map((row) => row[0]);
    return matrix;
  }

  get Value2(): Value2 {
    return this.read('Value2', (cell) => {
      const v = cell?.value ?? null;
      if (v === null) return cell?.formula ? '' : undefined;
      return typeof v === 'object' ? CVERR_BASE + v.error : v;
    });
  }

  set Value2(input: Value2) {
    this.write('Value2', input);
  }

  get Formula(): string {
    return this.read('Formula', (cell) => {
      if (!cell) return '';
      if (cell.formula !== null) return `=${cell.formula}`;
      const v = cell.value;
      if (v === null) return '';
      if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
      if (typeof v === 'object')
        return Object.keys(ERROR_CODES).find((k) => ERROR_CODES[k] === v.error) ?? '';
      return String(v);
    }) as string;
  }

  set Formula(input: string) {
    this.write('Formula', input);
  }

  /**
   * Assignment as ET does it: a scalar fills every cell; a flat array is one row, repeated down every
   * row; a 2-D array is cut to the range, and cells it does not reach get #N/A.
   */
  private write(member: string, input: unknown): void {
    const box = this.block(member);
    this.record(member);
    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
    const at = (i: number, j: number): unknown => {
      if (!Array.isArray(input)) return input;
      if (!input.every((row) => Array.isArray(row))) return j < input.length ? input[j] : '#N/A';
      const row = (input as unknown[][])[i];
      return row !== undefined && j < row.length ? row[j] : '#N/A';
    };
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const r = box.top + i;
        const c = box.left + j;
        const t = typed(at(i, j));
        const merge = mergeOf(this.sheet, r, c);
        if (merge && (merge.top !== r || merge.left !== c)) {
          if (t.value === null && t.formula === null) continue;
          throw new NotModelledError(`WPS fake: writing into ${a1(r, c)}, covered by a merged area`);
        }
        const cell = cellAt(this.sheet, r, c);
        cell.value = t.value;
        cell.formula = t.formula;
        cell.prefix = t.prefix;
        if (isDefault(cell)) this.sheet.cells.delete(key(r, c));
      }
    }
    this.ctx.changed(this.sheet, box);
  }

  ClearContents(): boolean {
    this.cellsOnly('ClearContents');
    this.record('ClearContents');
    for (const [r, c] of this.cells()) {
      const cell = peek(this.sheet, r, c);
      if (!cell) continue;
      cell.value = null;
      cell.formula = null;
      cell.prefix = false;
      if (isDefault(cell)) this.sheet.cells.delete(key(r, c));
    }
    for (const a of this.areas) this.ctx.changed(this.sheet, a);
    return true;
  }

  Value(RangeValueDataType?: number): string {
    if (RangeValueDataType !== 11) throw new NotModelledError(`WPS fake: Range.Value(${RangeValueDataType})`);
    if (!this.ctx.options.xmlSpreadsheet)
      throw new Error('WPS fake: this build has no XML Spreadsheet (Value(11))');
    return xmlSpreadsheet(this.sheet, this.block('Value(11)'));
  }

  // ---- where -------------------------------------------------------------------------------------

  Address(RowAbsolute: boolean = true, ColumnAbsolute: boolean = true): string {
    const col = (c: number): string => `${ColumnAbsolute ? '$' : ''}${columnLetters(c)}`;
    const row = (r: number): string => `${RowAbsolute ? '$' : ''}${r}`;
    return this.areas
      .map((a) => {
        if (this.wholeColumns) return `${col(a.left)}:${col(a.right)}`;
        if (this.wholeRows) return `${row(a.top)}:${row(a.bottom)}`;
        const tl = `${col(a.left)}${row(a.top)}`;
        return a.top === a.bottom && a.left === a.right ? tl : `${tl}:${col(a.right)}${row(a.bottom)}`;
      })
      .join(',');
  }

  get Row(): number {
    return this.areas[0].top;
  }

  get Column(): number {
    return this.areas[0].left;
  }

  get Worksheet(): Et.Worksheet {
    return this.owner.sheetObject(this.sheet) as Et.Worksheet;
  }

  get EntireColumn(): Et.Range {
    return new FakeRange(this.ctx, this.owner, this.sheet, {
      areas: this.areas.map((a) => ({ top: 1, left: a.left, bottom: MAX_ROWS, right: a.right })),
      wholeColumns: true,
      wholeRows: false,
    }) as unknown as Et.Range;
  }

  get EntireRow(): Et.Range {
    return new FakeRange(this.ctx, this.owner, this.sheet, {
      areas: this.areas.map((a) => ({ top: a.top, left: 1, bottom: a.bottom, right: MAX_COLS })),
      wholeColumns: false,
      wholeRows: true,
    }) as unknown as Et.Range;
  }

  Select(): boolean {
    if (!this.owner.isActive(this.sheet)) {
      throw new Error('WPS fake: Range.Select on a sheet that is not active fails, as in Excel');
    }
    this.sheet.activeCell = { row: this.areas[0].top, col: this.areas[0].left };
    return true;
  }

  Activate(): boolean {
    return this.Select();
  }

  /** Modelled only for the last cell holding something: Find('*', A1, xlFormulas, xlPart, by rows or columns, xlPrevious). */
  Find(
    What: unknown,
    After?: unknown,
    LookIn?: number,
    LookAt?: number,
    SearchOrder?: number,
    SearchDirection?: number,
  ): Et.Range {
    if (
      What !== '*' ||
      LookIn !== -4123 ||
      LookAt !== 2 ||
      SearchDirection !== 2 ||
      (SearchOrder !== 1 && SearchOrder !== 2)
    ) {
      throw new NotModelledError('WPS fake: Range.Find other than the last cell holding something');
    }
    void After;
    let best: [number, number] | null = null;
    for (const [k, cell] of this.sheet.cells) {
      if (cell.value === null && cell.formula === null) continue;
      const [r, c] = k.split(',').map(Number);
      if (!this.areas.some((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right)) continue;
      const better =
        best === null ||
        (SearchOrder === 1
          ? r > best[0] || (r === best[0] && c > best[1])
          : c > best[1] || (c === best[1] && r > best[0]));
      if (better) best = [r, c];
    }
    if (best === null) return null as unknown as Et.Range;
    return new FakeRange(this.ctx, this.owner, this.sheet, {
      top: best[0],
      left: best[1],
      bottom: best[0],
      right: best[1],
    }) as unknown as Et.Range;
  }

  // ---- merges ------------------------------------------------------------------------------------

  get MergeCells(): boolean {
    this.cellsOnly('MergeCells');
    let some = false;
    let all = true;
    for (const [r, c] of this.cells()) {
      if (mergeOf(this.sheet, r, c)) some = true;
      else all = false;
      if (some && !all) return null as unknown as boolean;
    }
    return some;
  }

  get MergeArea(): Et.Range {
    const box = this.area('MergeArea');
    if (box.top !== box.bottom || box.left !== box.right) {
      throw new NotModelledError('WPS fake: MergeArea of more than one cell');
    }
    const merge = mergeOf(this.sheet, box.top, box.left) ?? box;
    return new FakeRange(this.ctx, this.owner, this.sheet, merge) as unknown as Et.Range;
  }

  Merge(Across?: boolean): void {
    if (Across) throw new NotModelledError('WPS fake: Merge(Across)');
    const box = this.area('Merge');
    this.cellsOnly('Merge');
    this.record('Merge');
    for (const m of this.sheet.merges) {
      const inside = m.top >= box.top && m.bottom <= box.bottom && m.left >= box.left && m.right <= box.right;
      const apart = m.bottom < box.top || m.top > box.bottom || m.right < box.left || m.left > box.right;
      if (!inside && !apart) throw new NotModelledError('WPS fake: merging across part of a merged area');
    }
    const lost = [...cellsOf(box)].some(([r, c]) => {
      const cell = peek(this.sheet, r, c);
      return (r !== box.top || c !== box.left) && cell && (cell.value !== null || cell.formula !== null);
    });
    if (lost && this.ctx.app.DisplayAlerts) {
      throw new Error('WPS fake: merging would drop values and WPS would stop on a dialog (DisplayAlerts)');
    }
    for (const [r, c] of cellsOf(box)) {
      if (r === box.top && c === box.left) continue;
      const cell = peek(this.sheet, r, c);
      if (cell) {
        cell.value = null;
        cell.formula = null;
      }
    }
    this.sheet.merges = this.sheet.merges.filter(
      (m) => !(m.top >= box.top && m.bottom <= box.bottom && m.left >= box.left && m.right <= box.right),
    );
    if (box.top !== box.bottom || box.left !== box.right) this.sheet.merges.push({ ...box });
  }

  UnMerge(): void {
    this.record('UnMerge');
    this.sheet.merges = this.sheet.merges.filter(
      (m) =>
        !this.areas.some(
          (a) => m.top <= a.bottom && a.top <= m.bottom && m.left <= a.right && a.left <= m.right,
        ),
    );
  }

  // ---- formats -----------------------------------------------------------------------------------

  get Interior(): Et.Interior {
    return new FakeInterior(this) as unknown as Et.Interior;
  }

  get Font(): Et.Font {
    return new FakeFont(this) as unknown as Et.Font;
  }

  get Borders(): Et.Borders {
    return new FakeBorders(this) as unknown as Et.Borders;
  }

  get Validation(): Et.Validation {
    this.cellsOnly('Validation');
    return new FakeValidation(this, this.sheet) as unknown as Et.Validation;
  }

  get Comment(): Et.Comment {
    const [r, c] = this.singleCell('Comment');
    const cell = peek(this.sheet, r, c);
    return (cell?.comment ? new FakeComment(this, r, c) : null) as unknown as Et.Comment;
  }

  AddComment(Text?: string): Et.Comment {
    const [r, c] = this.singleCell('AddComment');
    const cell = cellAt(this.sheet, r, c);
    if (cell.comment)
      throw new Error(`WPS fake: AddComment on ${a1(r, c)}, which has a comment, fails as in ET`);
    this.record('AddComment');
    cell.comment = { author: 'WPS', text: Text ?? '' };
    return new FakeComment(this, r, c) as unknown as Et.Comment;
  }

  ClearComments(): void {
    this.format('ClearComments', (cell) => {
      cell.comment = null;
    });
  }

  get NumberFormat(): string {
    return this.uniform('NumberFormat', (cell) => cell.numberFormat) as string;
  }

  set NumberFormat(code: string) {
    this.format('NumberFormat', (cell) => {
      cell.numberFormat = code;
    });
  }

  /** The format code in the user's language: General is G/通用格式 in a Chinese WPS. */
  get NumberFormatLocal(): string {
    const code = this.uniform('NumberFormatLocal', (cell) => cell.numberFormat);
    return (code === 'General' ? 'G/通用格式' : code) as string;
  }

  set NumberFormatLocal(code: string) {
    this.format('NumberFormatLocal', (cell) => {
      cell.numberFormat = code === 'G/通用格式' ? 'General' : code;
    });
  }

  get HorizontalAlignment(): number {
    return this.uniform('HorizontalAlignment', (cell) => cell.horizontal) as number;
  }

  set HorizontalAlignment(value: number) {
    if (![1, -4131, -4108, -4152].includes(value))
      throw new NotModelledError(`WPS fake: HorizontalAlignment ${value}`);
    this.format('HorizontalAlignment', (cell) => {
      cell.horizontal = value;
    });
  }

  get VerticalAlignment(): number {
    return this.uniform('VerticalAlignment', (cell) => cell.vertical) as number;
  }

  set VerticalAlignment(value: number) {
    if (![-4160, -4108, -4107].includes(value))
      throw new NotModelledError(`WPS fake: VerticalAlignment ${value}`);
    this.format('VerticalAlignment', (cell) => {
      cell.vertical = value;
    });
  }

  get WrapText(): boolean {
    return this.uniform('WrapText', (cell) => cell.wrap) as boolean;
  }

  set WrapText(value: boolean) {
    this.format('WrapText', (cell) => {
      cell.wrap = value;
    });
  }

  get Locked(): boolean {
    return this.uniform('Locked', (cell) => cell.locked) as boolean;
  }

  set Locked(value: boolean) {
    this.format('Locked', (cell) => {
      cell.locked = value;
    });
  }

  // ---- sizes -------------------------------------------------------------------------------------

  private columns(): number[] {
    const out = new Set<number>();
    for (const a of this.areas) for (let c = a.left; c <= a.right; c++) out.add(c);
    return [...out];
  }

  private rowNumbers(): number[] {
    if (this.wholeColumns) throw new NotModelledError('WPS fake: row heights of whole columns');
    const out = new Set<number>();
    for (const a of this.areas) for (let r = a.top; r <= a.bottom; r++) out.add(r);
    return [...out];
  }

  /** In characters of the standard font, as ET counts column widths. */
  get ColumnWidth(): number {
    const widths = new Set(
      this.columns().map((c) => this.sheet.columnWidths.get(c) ?? STANDARD_COLUMN_WIDTH),
    );
    return (widths.size === 1 ? [...widths][0] : null) as number;
  }

  set ColumnWidth(width: number) {
    if (!(width >= 0 && width <= 255)) throw new Error(`WPS fake: ColumnWidth ${width} is out of 0–255`);
    this.record('ColumnWidth');
    for (const c of this.columns()) this.sheet.columnWidths.set(c, width);
  }

  /** In points. */
  get RowHeight(): number {
    const heights = new Set(
      this.rowNumbers().map((r) => this.sheet.rowHeights.get(r) ?? STANDARD_ROW_HEIGHT),
    );
    return (heights.size === 1 ? [...heights][0] : null) as number;
  }

  set RowHeight(height: number) {
    if (!(height >= 0 && height <= 409)) throw new Error(`WPS fake: RowHeight ${height} is out of 0–409`);
    this.record('RowHeight');
    for (const r of this.rowNumbers()) this.sheet.rowHeights.set(r, height);
  }

  get Hidden(): boolean {
    if (!this.wholeColumns) throw new NotModelledError('WPS fake: Hidden of anything but whole columns');
    const hidden = new Set(this.columns().map((c) => this.sheet.hiddenColumns.has(c)));
    return (hidden.size === 1 ? [...hidden][0] : null) as boolean;
  }

  set Hidden(value: boolean) {
    if (!this.wholeColumns) {
      throw new Error('WPS fake: Hidden can be set on whole columns or rows only, as in Excel');
    }
    this.record('Hidden');
    for (const c of this.columns()) {
      if (value) this.sheet.hiddenColumns.add(c);
      else this.sheet.hiddenColumns.delete(c);
    }
  }
}

/** A fresh range over one box or address of a sheet. */
export function rangeOf(ctx: FakeContext, owner: SheetOwner, sheet: SheetData, address: string): FakeRange {
  return new FakeRange(ctx, owner, sheet, parseAddress(address));
}
