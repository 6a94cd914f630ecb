/// <reference types="office-js" />
import type {
  XDataValidation,
  XFormatProtection,
  XRange,
  XRangeAreas,
  XRangeBorder,
  XRangeBorderCollection,
  XRangeFill,
  XRangeFont,
  XRangeFormat,
} from '../../../src/hosts/excel/excelApi';
import type { RangeBox } from '../../../src/templates/a1';
import { boxAddress, cellCount, contains, intersect, MAX_COLS, MAX_ROWS, parseBox } from './address';
import { typedInput } from './cellInput';
import { FakeClientResult, type FakeContext, FakeObject, strict, type Tx } from './context';
import {
  cellAt,
  cellKey,
  type CellState,
  DEFAULT_COLUMN_WIDTH_PT,
  DEFAULT_ROW_HEIGHT_PT,
  emptyCell,
  type Edge,
  peekCell,
  type SheetState,
} from './document';
import { FakeOfficeError, notModelled } from './errors';

export interface RangeTarget {
  readonly sheet: SheetState;
  readonly box: RangeBox;
}

/** Excel refuses a get of more cells than this; `values` then silently comes back null. */
export const GET_CELL_LIMIT = 5_000_000;
/** A format write cell by cell over more cells than this is not something the fake imitates. */
const CELL_WRITE_LIMIT = 2_000_000;

const HEX = /^#[0-9A-Fa-f]{6}$/;
function colour(value: unknown, what: string): string {
  if (typeof value !== 'string' || !HEX.test(value)) {
    throw new FakeOfficeError('InvalidArgument', `${what}: '#RRGGBB' expected, got ${JSON.stringify(value)}`);
  }
  return value.toUpperCase();
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `${what}: one of ${allowed.join(', ')} expected, got ${JSON.stringify(value)}`,
    );
  }
  return value as T;
}

function* cellsOf(box: RangeBox): Generator<{ row: number; col: number }> {
  for (let row = box.top; row <= box.bottom; row++)
    for (let col = box.left; col <= box.right; col++) yield { row, col };
}

/** Every cell of the range, created if needed (a format write). */
function writeCells(
  t: RangeTarget,
  what: string,
  apply: (cell: CellState, row: number, col: number) => void,
): void {
  if (cellCount(t.box) > CELL_WRITE_LIMIT) throw notModelled(`${what} on ${cellCount(t.box)} cells at once`);
  for (const { row, col } of cellsOf(t.box)) apply(cellAt(t.sheet, row, col), row, col);
}

/** A property read over a range: its value when every cell agrees, else null (as Excel reads a mixed range). */
function uniform<T>(t: RangeTarget, read: (cell: CellState) => T): T | null {
  const fresh = read(emptyCell());
  let seen: { v: T } | null = null;
  let stored = 0;
  for (const [key, cell] of t.sheet.cells) {
    const row = Math.floor(key / MAX_COLS) + 1;
    const col = (key % MAX_COLS) + 1;
    if (row < t.box.top || row > t.box.bottom || col < t.box.left || col > t.box.right) continue;
    stored++;
    const v = read(cell);
    if (seen === null) seen = { v };
    else if (JSON.stringify(seen.v) !== JSON.stringify(v)) return null;
  }
  if (seen === null) return fresh;
  if (stored < cellCount(t.box) && JSON.stringify(seen.v) !== JSON.stringify(fresh)) return null;
  return seen.v;
}

function grid<T>(t: RangeTarget, read: (cell: CellState) => T): T[][] | null {
  if (cellCount(t.box) > GET_CELL_LIMIT) return null;
  const empty = emptyCell();
  return Array.from({ length: t.box.bottom - t.box.top + 1 }, (_, i) =>
    Array.from({ length: t.box.right - t.box.left + 1 }, (__, j) =>
      read(peekCell(t.sheet, t.box.top + i, t.box.left + j) ?? empty),
    ),
  );
}

function shaped(t: RangeTarget, value: unknown, what: string): unknown[][] {
  const rows = t.box.bottom - t.box.top + 1;
  const cols = t.box.right - t.box.left + 1;
  if (
    !Array.isArray(value) ||
    value.length !== rows ||
    !value.every((row: unknown) => Array.isArray(row) && row.length === cols)
  ) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: ${rows}×${cols} expected).`,
    );
  }
  return value as unknown[][];
}

function noteChange(tx: Tx, t: RangeTarget): void {
  const list = tx.changed.get(t.sheet.id) ?? [];
  list.push(t.box);
  tx.changed.set(t.sheet.id, list);
}

/** A merge must not cut another merge: Excel refuses that on the web and the fake does everywhere. */
function checkMergeCuts(sheet: SheetState, box: RangeBox): void {
  for (const m of sheet.merges) {
    if (intersect(m, box) && !contains(box, m) && !contains(m, box)) {
      throw new FakeOfficeError(
        'InvalidArgument',
        `the merge ${JSON.stringify(box)} cuts the merged area ${JSON.stringify(m)}`,
      );
    }
  }
}

export class FakeRange extends FakeObject implements XRange {
  private resolved: { target: RangeTarget | null } | null = null;
  readonly format: XRangeFormat;
  readonly dataValidation: XDataValidation;

  constructor(
    context: FakeContext,
    private readonly locate: (tx: Tx) => RangeTarget | null,
  ) {
    super(context, 'Range');
    this.format = strict(new FakeRangeFormat(context, this), 'RangeFormat');
    this.dataValidation = strict(new FakeDataValidation(context, this), 'DataValidation');
  }

  /** Resolved once, when the first command using it runs (as Excel resolves an object path). */
  override target(tx: Tx): RangeTarget | null {
    if (this.resolved === null) this.resolved = { target: this.locate(tx) };
    return this.resolved.target;
  }

  /** The target for a command: a null range here is our bug. */
  need(tx: Tx, what: string): RangeTarget {
    const t = this.target(tx);
    if (t === null) throw notModelled(`${what} on a null Range`);
    return t;
  }

  protected override readers(): Record<string, (tx: Tx) => unknown> {
    const t = (tx: Tx) => this.need(tx, 'load');
    return {
      address: (tx) => boxAddress(t(tx).sheet.name, t(tx).box),
      rowIndex: (tx) => t(tx).box.top - 1,
      columnIndex: (tx) => t(tx).box.left - 1,
      rowCount: (tx) => t(tx).box.bottom - t(tx).box.top + 1,
      columnCount: (tx) => t(tx).box.right - t(tx).box.left + 1,
      values: (tx) => grid(t(tx), (c) => c.value),
      formulas: (tx) => grid(t(tx), (c) => c.formula ?? c.value),
      numberFormat: (tx) => grid(t(tx), (c) => c.numberFormat),
      columnHidden: (tx) => {
        const { sheet, box } = t(tx);
        let hidden = 0;
        for (let c = box.left; c <= box.right; c++) if (sheet.hiddenColumns.has(c)) hidden++;
        return hidden === 0 ? false : hidden === box.right - box.left + 1 ? true : null;
      },
    };
  }

  protected override child(name: string): FakeObject | undefined {
    if (name === 'format') return this.format as unknown as FakeObject;
    if (name === 'dataValidation') return this.dataValidation as unknown as FakeObject;
    return undefined;
  }

  get address(): string {
    return this.prop('address');
  }
  get rowIndex(): number {
    return this.prop('rowIndex');
  }
  get columnIndex(): number {
    return this.prop('columnIndex');
  }
  get rowCount(): number {
    return this.prop('rowCount');
  }
  get columnCount(): number {
    return this.prop('columnCount');
  }

  get values(): unknown[][] {
    return this.prop('values');
  }
  set values(v: unknown[][]) {
    this.writeGrid('values', v);
  }
  get formulas(): unknown[][] {
    return this.prop('formulas');
  }
  set formulas(v: unknown[][]) {
    this.writeGrid('formulas', v);
  }

  private writeGrid(name: 'values' | 'formulas', v: unknown[][]): void {
    this.assign(name, v, '1.1', (tx) => {
      const t = this.need(tx, name);
      const rows = shaped(t, v, name);
      rows.forEach((row, i) =>
        row.forEach((input, j) => {
          if (input === null) return;
          const typed = typedInput(input);
          const cell = cellAt(t.sheet, t.box.top + i, t.box.left + j);
          cell.value = typed.value;
          cell.error = typed.error;
          cell.formula = typed.formula;
          if (typed.numberFormat && cell.numberFormat === 'General') cell.numberFormat = typed.numberFormat;
          tx.cellsWritten++;
          if (!tx.calculationSuspended || !tx.screenUpdatingSuspended) tx.cellsWrittenUnsuspended++;
        }),
      );
      noteChange(tx, t);
    });
  }

  get numberFormat(): unknown[][] {
    return this.prop('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.assign('numberFormat', v, '1.1', (tx) => {
      const t = this.need(tx, 'numberFormat');
      shaped(t, v, 'numberFormat').forEach((row, i) =>
        row.forEach((code, j) => {
          if (code === null) return;
          if (typeof code !== 'string')
            throw new FakeOfficeError('InvalidArgument', `number format ${JSON.stringify(code)}`);
          cellAt(t.sheet, t.box.top + i, t.box.left + j).numberFormat = code;
        }),
      );
    });
  }

  get columnHidden(): boolean {
    return this.prop('columnHidden');
  }
  set columnHidden(hidden: boolean) {
    this.assign('columnHidden', hidden, '1.2', (tx) => {
      const { sheet, box } = this.need(tx, 'columnHidden');
      for (let c = box.left; c <= box.right; c++) {
        if (hidden) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }

  merge(across = false): void {
    this.command('Range.merge', [across], '1.2', (tx) => {
      const { sheet, box } = this.need(tx, 'merge');
      const areas = across
        ? Array.from({ length: box.bottom - box.top + 1 }, (_, i) => ({
            ...box,
            top: box.top + i,
            bottom: box.top + i,
          }))
        : [box];
      for (const area of areas) {
        if (cellCount(area) === 1) continue;
        checkMergeCuts(sheet, area);
        sheet.merges = sheet.merges.filter((m) => !contains(area, m));
        // Excel keeps the top-left value and gives the whole area the top-left cell's format.
        const master = cellAt(sheet, area.top, area.left);
        for (const { row, col } of cellsOf(area)) {
          if (row === area.top && col === area.left) continue;
          const cell = cellAt(sheet, row, col);
          Object.assign(cell, {
            ...structuredClone(master),
            value: '',
            error: false,
            formula: null,
            borders: cell.borders,
          });
        }
        sheet.merges.push(area);
      }
    });
  }

  select(): void {
    this.command('Range.select', undefined, '1.1', (tx) => {
      const { sheet, box } = this.need(tx, 'select');
      if (sheet.visibility !== 'Visible')
        throw new FakeOfficeError('InvalidOperation', 'cannot select on a hidden sheet');
      tx.doc.active = { sheetId: sheet.id, row: box.top, col: box.left };
    });
  }

  getEntireColumn(): XRange {
    return makeRange(this.context, (tx) => {
      const t = this.need(tx, 'getEntireColumn');
      return { sheet: t.sheet, box: { ...t.box, top: 1, bottom: MAX_ROWS } };
    });
  }

  getEntireRow(): XRange {
    return makeRange(this.context, (tx) => {
      const t = this.need(tx, 'getEntireRow');
      return { sheet: t.sheet, box: { ...t.box, left: 1, right: MAX_COLS } };
    });
  }

  getIntersectionOrNullObject(anotherRange: string): XRange {
    const other = parseBox(anotherRange);
    if (other === null) throw new FakeOfficeError('InvalidArgument', `not an address: ${anotherRange}`);
    const range = makeRange(this.context, (tx) => {
      const t = this.need(tx, 'getIntersectionOrNullObject');
      const box = intersect(t.box, other);
      return box && { sheet: t.sheet, box };
    });
    this.context.enqueue({
      what: 'Range.getIntersectionOrNullObject',
      size: 64,
      set: '1.4',
      apply: () => undefined,
    });
    return (range as unknown as FakeRange).probe();
  }

  getMergedAreasOrNullObject(): XRangeAreas {
    const areas = strict(
      new FakeRangeAreas(this.context, (tx) => {
        const t = this.need(tx, 'getMergedAreasOrNullObject');
        const found = t.sheet.merges.filter((m) => intersect(m, t.box));
        return found.length === 0 ? null : { sheet: t.sheet, boxes: found };
      }),
      'RangeAreas',
    );
    this.context.enqueue({
      what: 'Range.getMergedAreasOrNullObject',
      size: 64,
      set: '1.13',
      apply: () => undefined,
    });
    return areas.probe();
  }

  getCellProperties(options: Excel.CellPropertiesLoadOptions): FakeClientResult<Excel.CellProperties[][]> {
    const { address, format, ...rest } = options;
    const { fill, font, ...otherFormat } = format ?? {};
    if (Object.keys(rest).length > 0 || Object.keys(otherFormat).length > 0) {
      throw notModelled(`getCellProperties(${JSON.stringify(options)})`);
    }
    const result = new FakeClientResult<Excel.CellProperties[][]>();
    this.command('Range.getCellProperties', options, '1.9', (tx) => {
      const t = this.need(tx, 'getCellProperties');
      if (cellCount(t.box) > GET_CELL_LIMIT) throw notModelled('getCellProperties of that many cells');
      const props = grid(t, (c): Excel.CellProperties => {
        const out: Excel.CellProperties = {};
        const f: Excel.CellPropertiesFormat = {};
        if (fill) f.fill = pick(fillProps(c), fill);
        if (font) f.font = pick({ ...c.font }, font);
        if (fill || font) out.format = f;
        return out;
      }) as Excel.CellProperties[][];
      if (address)
        props.forEach((row, i) =>
          row.forEach(
            (p, j) =>
              (p.address = boxAddress(t.sheet.name, {
                top: t.box.top + i,
                bottom: t.box.top + i,
                left: t.box.left + j,
                right: t.box.left + j,
              })),
          ),
        );
      result.resolve(tx, props);
    });
    return result;
  }

  setCellProperties(cellPropertiesData: Excel.SettableCellProperties[][]): void {
    this.command('Range.setCellProperties', cellPropertiesData, '1.9', (tx) => {
      const t = this.need(tx, 'setCellProperties');
      shaped(t, cellPropertiesData, 'setCellProperties').forEach((row, i) =>
        row.forEach((raw, j) => {
          const props = raw as Excel.SettableCellProperties;
          const { format, ...rest } = props;
          const { fill, font, ...otherFormat } = format ?? {};
          if (Object.keys(rest).length > 0 || Object.keys(otherFormat).length > 0) {
            throw notModelled(`setCellProperties(${JSON.stringify(props)})`);
          }
          const cell = cellAt(t.sheet, t.box.top + i, t.box.left + j);
          if (fill) setFill(cell, fill);
          if (font) {
            if (font.color !== undefined) cell.font.color = colour(font.color, 'font.color');
            if (font.name !== undefined) cell.font.name = font.name;
            if (font.size !== undefined) cell.font.size = font.size;
            if (font.bold !== undefined) cell.font.bold = font.bold;
            const extra = Object.keys(font).filter((k) => !['color', 'name', 'size', 'bold'].includes(k));
            if (extra.length > 0) throw notModelled(`cell font ${extra.join(', ')}`);
          }
        }),
      );
    });
  }
}

function fillProps(c: CellState): Excel.CellPropertiesFill {
  return c.fill
    ? {
        color: c.fill.color,
        pattern: c.fill.pattern as Excel.FillPattern,
        patternColor: c.fill.patternColor ?? '#000000',
        tintAndShade: c.fill.tintAndShade,
        patternTintAndShade: c.fill.patternTintAndShade,
      }
    : {
        color: '#FFFFFF',
        pattern: 'None' as Excel.FillPattern,
        patternColor: '#000000',
        tintAndShade: 0,
        patternTintAndShade: 0,
      };
}

function pick<T extends object>(all: T, wanted: object): T {
  const out: Partial<T> = {};
  for (const [k, on] of Object.entries(wanted)) {
    if (!(k in all)) throw notModelled(`cell property ${k}`);
    if (on) out[k as keyof T] = all[k as keyof T];
  }
  return out as T;
}

const PATTERNS = [
  'None',
  'Solid',
  'Gray50',
  'Gray75',
  'Gray25',
  'Horizontal',
  'Vertical',
  'Down',
  'Up',
  'Checker',
  'SemiGray75',
  'LightHorizontal',
  'LightVertical',
  'LightDown',
  'LightUp',
  'Grid',
  'CrissCross',
  'Gray16',
  'Gray8',
] as const;

function setFill(cell: CellState, fill: Excel.CellPropertiesFill): void {
  const pattern =
    fill.pattern === undefined
      ? (cell.fill?.pattern ?? 'Solid')
      : oneOf(fill.pattern, PATTERNS, 'fill.pattern');
  if (pattern === 'None') {
    cell.fill = null;
    return;
  }
  const base = cell.fill ?? {
    color: '#FFFFFF',
    pattern: 'Solid',
    patternColor: null,
    tintAndShade: 0,
    patternTintAndShade: 0,
  };
  cell.fill = {
    color: fill.color === undefined ? base.color : colour(fill.color, 'fill.color'),
    pattern,
    patternColor:
      fill.patternColor === undefined ? base.patternColor : colour(fill.patternColor, 'fill.patternColor'),
    tintAndShade: fill.tintAndShade ?? base.tintAndShade,
    patternTintAndShade: fill.patternTintAndShade ?? base.patternTintAndShade,
  };
}

export function makeRange(context: FakeContext, locate: (tx: Tx) => RangeTarget | null): XRange {
  return strict(new FakeRange(context, locate), 'Range');
}

/** A format sub-object: each property read uniformly over the range, written cell by cell. */
abstract class FakeFormatPart extends FakeObject {
  constructor(
    context: FakeContext,
    typeName: string,
    protected readonly range: FakeRange,
  ) {
    super(context, typeName);
  }
  override target(tx: Tx): RangeTarget | null {
    return this.range.target(tx);
  }
  protected cellProp<T>(
    name: string,
    set: string,
    read: (c: CellState) => T,
    write: (c: CellState, v: T) => void,
    check: (v: unknown) => T,
  ): { get: () => T; set: (v: T) => void; reader: (tx: Tx) => T | null } {
    return {
      get: () => this.prop<T>(name),
      set: (v: T) =>
        this.assign(name, v, set, (tx) => {
          const value = check(v);
          writeCells(this.range.need(tx, `${this.typeName}.${name}`), name, (c) => write(c, value));
        }),
      reader: (tx) => uniform(this.range.need(tx, 'load'), read),
    };
  }
}

class FakeRangeFill extends FakeFormatPart implements XRangeFill {
  private readonly colorProp = this.cellProp<string>(
    'color',
    '1.1',
    (c) => fillProps(c).color ?? '#FFFFFF',
    (c, v) => setFill(c, { color: v, pattern: 'Solid' }),
    (v) => colour(v, 'fill.color'),
  );
  protected override readers() {
    return { color: this.colorProp.reader };
  }
  get color(): string {
    return this.colorProp.get();
  }
  set color(v: string) {
    this.colorProp.set(v);
  }
  clear(): void {
    this.command('RangeFill.clear', undefined, '1.1', (tx) =>
      writeCells(this.range.need(tx, 'fill.clear'), 'fill.clear', (c) => (c.fill = null)),
    );
  }
}

class FakeRangeFont extends FakeFormatPart implements XRangeFont {
  private readonly props = {
    name: this.cellProp<string>(
      'name',
      '1.1',
      (c) => c.font.name,
      (c, v) => (c.font.name = v),
      (v) => String(v),
    ),
    size: this.cellProp<number>(
      'size',
      '1.1',
      (c) => c.font.size,
      (c, v) => (c.font.size = v),
      (v) => {
        if (typeof v !== 'number' || v < 1 || v > 409)
          throw new FakeOfficeError('InvalidArgument', `font.size ${v}`);
        return v;
      },
    ),
    bold: this.cellProp<boolean>(
      'bold',
      '1.1',
      (c) => c.font.bold,
      (c, v) => (c.font.bold = v),
      (v) => v === true,
    ),
    color: this.cellProp<string>(
      'color',
      '1.1',
      (c) => c.font.color,
      (c, v) => (c.font.color = v),
      (v) => colour(v, 'font.color'),
    ),
  };
  protected override readers() {
    return Object.fromEntries(Object.entries(this.props).map(([k, p]) => [k, p.reader]));
  }
  get name(): string {
    return this.props.name.get();
  }
  set name(v: string) {
    this.props.name.set(v);
  }
  get size(): number {
    return this.props.size.get();
  }
  set size(v: number) {
    this.props.size.set(v);
  }
  get bold(): boolean {
    return this.props.bold.get();
  }
  set bold(v: boolean) {
    this.props.bold.set(v);
  }
  get color(): string {
    return this.props.color.get();
  }
  set color(v: string) {
    this.props.color.set(v);
  }
}

const BORDER_STYLES = [
  'None',
  'Continuous',
  'Dash',
  'DashDot',
  'DashDotDot',
  'Dot',
  'Double',
  'SlantDashDot',
] as const;
const BORDER_WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'] as const;
type BorderIndex = Parameters<XRangeBorderCollection['getItem']>[0];

/** The cell edges a border of the range is made of. */
function edgesOf(box: RangeBox, index: BorderIndex): { row: number; col: number; edge: Edge }[] {
  const out: { row: number; col: number; edge: Edge }[] = [];
  for (const { row, col } of cellsOf(box)) {
    if (index === 'EdgeTop' && row === box.top) out.push({ row, col, edge: 'EdgeTop' });
    if (index === 'EdgeBottom' && row === box.bottom) out.push({ row, col, edge: 'EdgeBottom' });
    if (index === 'EdgeLeft' && col === box.left) out.push({ row, col, edge: 'EdgeLeft' });
    if (index === 'EdgeRight' && col === box.right) out.push({ row, col, edge: 'EdgeRight' });
    if (index === 'InsideHorizontal' && row < box.bottom)
      out.push({ row, col, edge: 'EdgeBottom' }, { row: row + 1, col, edge: 'EdgeTop' });
    if (index === 'InsideVertical' && col < box.right)
      out.push({ row, col, edge: 'EdgeRight' }, { row, col: col + 1, edge: 'EdgeLeft' });
  }
  return out;
}

class FakeRangeBorder extends FakeObject implements XRangeBorder {
  constructor(
    context: FakeContext,
    private readonly range: FakeRange,
    private readonly index: BorderIndex,
  ) {
    super(context, `RangeBorder(${index})`);
  }
  override target(tx: Tx): RangeTarget | null {
    return this.range.target(tx);
  }
  private part(name: 'style' | 'weight' | 'color', v: string, check: (v: unknown) => string): void {
    this.assign(name, v, '1.1', (tx) => {
      const value = check(v);
      const t = this.range.need(tx, 'border');
      for (const { row, col, edge } of edgesOf(t.box, this.index)) {
        const cell = cellAt(t.sheet, row, col);
        const border = cell.borders[edge] ?? { style: 'None', weight: 'Thin', color: '#000000' };
        cell.borders[edge] = { ...border, [name]: value };
      }
    });
  }
  protected override readers() {
    const read = (name: 'style' | 'weight' | 'color') => (tx: Tx) => {
      const t = this.range.need(tx, 'load');
      const seen = new Set(
        edgesOf(t.box, this.index).map(
          ({ row, col, edge }) =>
            peekCell(t.sheet, row, col)?.borders[edge]?.[name] ??
            (name === 'style' ? 'None' : name === 'weight' ? 'Thin' : '#000000'),
        ),
      );
      return seen.size === 1 ? [...seen][0] : null;
    };
    return { style: read('style'), weight: read('weight'), color: read('color') };
  }
  get style(): Excel.BorderLineStyle {
    return this.prop('style');
  }
  set style(v: Excel.BorderLineStyle) {
    this.part('style', v, (x) => oneOf(x, BORDER_STYLES, 'border.style'));
  }
  get weight(): Excel.BorderWeight {
    return this.prop('weight');
  }
  set weight(v: Excel.BorderWeight) {
    this.part('weight', v, (x) => oneOf(x, BORDER_WEIGHTS, 'border.weight'));
  }
  get color(): string {
    return this.prop('color');
  }
  set color(v: string) {
    this.part('color', v, (x) => colour(x, 'border.color'));
  }
}

class FakeRangeBorderCollection implements XRangeBorderCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly range: FakeRange,
  ) {}
  getItem(index: BorderIndex): XRangeBorder {
    oneOf(
      index,
      ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'],
      'borders.getItem',
    );
    return strict(new FakeRangeBorder(this.context, this.range, index), 'RangeBorder');
  }
}

class FakeFormatProtection extends FakeFormatPart implements XFormatProtection {
  private readonly lockedProp = this.cellProp<boolean>(
    'locked',
    '1.2',
    (c) => c.locked,
    (c, v) => (c.locked = v),
    (v) => v === true,
  );
  protected override readers() {
    return { locked: this.lockedProp.reader };
  }
  get locked(): boolean {
    return this.lockedProp.get();
  }
  set locked(v: boolean) {
    this.lockedProp.set(v);
  }
}

const HORIZONTAL = [
  'General',
  'Left',
  'Center',
  'Right',
  'Fill',
  'Justify',
  'CenterAcrossSelection',
  'Distributed',
] as const;
const VERTICAL = ['Center', 'Bottom', 'Top', 'Justify', 'Distributed'] as const;
/** Excel's largest column width (255 characters) and row height, in points. */
const MAX_COLUMN_WIDTH_PT = 1789.5;
const MAX_ROW_HEIGHT_PT = 409;

class FakeRangeFormat extends FakeFormatPart implements XRangeFormat {
  readonly fill: XRangeFill;
  readonly font: XRangeFont;
  readonly borders: XRangeBorderCollection;
  readonly protection: XFormatProtection;
  private readonly props = {
    horizontalAlignment: this.cellProp<string>(
      'horizontalAlignment',
      '1.1',
      (c) => c.horizontalAlignment,
      (c, v) => (c.horizontalAlignment = v),
      (v) => oneOf(v, HORIZONTAL, 'horizontalAlignment'),
    ),
    verticalAlignment: this.cellProp<string>(
      'verticalAlignment',
      '1.1',
      (c) => c.verticalAlignment,
      (c, v) => (c.verticalAlignment = v),
      (v) => oneOf(v, VERTICAL, 'verticalAlignment'),
    ),
    wrapText: this.cellProp<boolean>(
      'wrapText',
      '1.1',
      (c) => c.wrapText,
      (c, v) => (c.wrapText = v),
      (v) => v === true,
    ),
  };

  constructor(context: FakeContext, range: FakeRange) {
    super(context, 'RangeFormat', range);
    this.fill = strict(new FakeRangeFill(context, 'RangeFill', range), 'RangeFill');
    this.font = strict(new FakeRangeFont(context, 'RangeFont', range), 'RangeFont');
    this.borders = strict(new FakeRangeBorderCollection(context, range), 'RangeBorderCollection');
    this.protection = strict(
      new FakeFormatProtection(context, 'FormatProtection', range),
      'FormatProtection',
    );
  }

  protected override readers() {
    return {
      ...Object.fromEntries(Object.entries(this.props).map(([k, p]) => [k, p.reader])),
      columnWidth: (tx: Tx) => {
        const { sheet, box } = this.range.need(tx, 'load');
        const widths = new Set<number>();
        for (let c = box.left; c <= box.right && widths.size < 2; c++)
          widths.add(sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH_PT);
        return widths.size === 1 ? [...widths][0] : null;
      },
      rowHeight: (tx: Tx) => {
        const { sheet, box } = this.range.need(tx, 'load');
        const heights = new Set<number>();
        for (let r = box.top; r <= box.bottom && heights.size < 2; r++)
          heights.add(sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT_PT);
        return heights.size === 1 ? [...heights][0] : null;
      },
    };
  }

  protected override child(name: string): FakeObject | undefined {
    const parts: Record<string, unknown> = { fill: this.fill, font: this.font, protection: this.protection };
    return parts[name] as FakeObject | undefined;
  }

  get horizontalAlignment(): Excel.HorizontalAlignment {
    return this.props.horizontalAlignment.get() as Excel.HorizontalAlignment;
  }
  set horizontalAlignment(v: Excel.HorizontalAlignment) {
    this.props.horizontalAlignment.set(v);
  }
  get verticalAlignment(): Excel.VerticalAlignment {
    return this.props.verticalAlignment.get() as Excel.VerticalAlignment;
  }
  set verticalAlignment(v: Excel.VerticalAlignment) {
    this.props.verticalAlignment.set(v);
  }
  get wrapText(): boolean {
    return this.props.wrapText.get();
  }
  set wrapText(v: boolean) {
    this.props.wrapText.set(v);
  }
  get columnWidth(): number {
    return this.prop('columnWidth');
  }
  set columnWidth(points: number) {
    this.assign('columnWidth', points, '1.2', (tx) => {
      if (typeof points !== 'number' || points < 0 || points > MAX_COLUMN_WIDTH_PT)
        throw new FakeOfficeError('InvalidArgument', `columnWidth ${points}`);
      const { sheet, box } = this.range.need(tx, 'columnWidth');
      for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, points);
    });
  }
  get rowHeight(): number {
    return this.prop('rowHeight');
  }
  set rowHeight(points: number) {
    this.assign('rowHeight', points, '1.2', (tx) => {
      if (typeof points !== 'number' || points < 0 || points > MAX_ROW_HEIGHT_PT)
        throw new FakeOfficeError('InvalidArgument', `rowHeight ${points}`);
      const { sheet, box } = this.range.need(tx, 'rowHeight');
      for (let r = box.top; r <= box.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }
}

const OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqualTo',
  'LessThanOrEqualTo',
] as const;

/** What Excel checks of a rule: one kind only, an operator it knows, the formulas the operator needs. */
function checkRule(rule: Excel.DataValidationRule): void {
  const kinds = Object.entries(rule).filter(([, v]) => v !== undefined);
  if (kinds.length !== 1)
    throw new FakeOfficeError(
      'InvalidArgument',
      `a data-validation rule has exactly one type, got ${kinds.map(([k]) => k).join(', ')}`,
    );
  const [kind, body] = kinds[0] as [string, Record<string, unknown>];
  const formula = (v: unknown, what: string) => {
    if (typeof v === 'number' && Number.isFinite(v)) return;
    if (typeof v === 'string' && (v.startsWith('=') || /^-?\d+(\.\d+)?$/.test(v))) return;
    throw new FakeOfficeError(
      'InvalidArgument',
      `${what}: a number or a formula starting with '=' expected, got ${JSON.stringify(v)}`,
    );
  };
  if (kind === 'decimal' || kind === 'wholeNumber' || kind === 'textLength') {
    const operator = oneOf(body.operator, OPERATORS, `${kind}.operator`);
    formula(body.formula1, `${kind}.formula1`);
    if (operator === 'Between' || operator === 'NotBetween') formula(body.formula2, `${kind}.formula2`);
  } else if (kind === 'list') {
    if (typeof body.source !== 'string' || body.source === '')
      throw new FakeOfficeError('InvalidArgument', 'list.source must be a text (a Range object is refused)');
  } else if (kind === 'custom') {
    formula(body.formula, 'custom.formula');
  } else throw notModelled(`data validation of type ${kind}`);
}

class FakeDataValidation extends FakeFormatPart implements XDataValidation {
  constructor(context: FakeContext, range: FakeRange) {
    super(context, 'DataValidation', range);
  }
  private each(tx: Tx, what: string, apply: (sheet: SheetState, key: number) => void): void {
    const { sheet, box } = this.range.need(tx, what);
    if (cellCount(box) > CELL_WRITE_LIMIT) throw notModelled(`${what} on ${cellCount(box)} cells`);
    for (const { row, col } of cellsOf(box)) apply(sheet, cellKey(row, col));
  }
  private part<K extends 'ignoreBlanks' | 'prompt' | 'errorAlert'>(name: K, v: unknown): void {
    this.assign(name, v, '1.8', (tx) =>
      this.each(tx, `dataValidation.${name}`, (sheet, key) => {
        const rule = sheet.validations.get(key);
        if (!rule)
          throw new FakeOfficeError('InvalidOperation', `dataValidation.${name} on a cell without a rule`);
        sheet.validations.set(key, { ...rule, [name]: structuredClone(v) });
      }),
    );
  }
  protected override readers() {
    const read = (name: 'rule' | 'ignoreBlanks' | 'prompt' | 'errorAlert') => (tx: Tx) => {
      const { sheet, box } = this.range.need(tx, 'load');
      return sheet.validations.get(cellKey(box.top, box.left))?.[name] ?? null;
    };
    return {
      rule: read('rule'),
      ignoreBlanks: read('ignoreBlanks'),
      prompt: read('prompt'),
      errorAlert: read('errorAlert'),
    };
  }
  get rule(): Excel.DataValidationRule {
    return this.prop('rule');
  }
  set rule(rule: Excel.DataValidationRule) {
    this.assign('rule', rule, '1.8', (tx) => {
      checkRule(rule);
      this.each(tx, 'dataValidation.rule', (sheet, key) =>
        sheet.validations.set(key, {
          rule: structuredClone(rule),
          ignoreBlanks: true,
          prompt: null,
          errorAlert: null,
        }),
      );
    });
  }
  get ignoreBlanks(): boolean {
    return this.prop('ignoreBlanks');
  }
  set ignoreBlanks(v: boolean) {
    this.part('ignoreBlanks', v);
  }
  get prompt(): Excel.DataValidationPrompt {
    return this.prop('prompt');
  }
  set prompt(v: Excel.DataValidationPrompt) {
    this.part('prompt', v);
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.prop('errorAlert');
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    if (v.style !== undefined) oneOf(v.style, ['Stop', 'Warning', 'Information'], 'errorAlert.style');
    this.part('errorAlert', v);
  }
  clear(): void {
    this.command('DataValidation.clear', undefined, '1.8', (tx) =>
      this.each(tx, 'dataValidation.clear', (sheet, key) => sheet.validations.delete(key)),
    );
  }
}

export class FakeRangeAreas extends FakeObject implements XRangeAreas {
  constructor(
    context: FakeContext,
    private readonly locate: (tx: Tx) => { sheet: SheetState; boxes: RangeBox[] } | null,
  ) {
    super(context, 'RangeAreas');
  }
  override target(tx: Tx) {
    return this.locate(tx);
  }
  protected override readers() {
    return {
      address: (tx: Tx) => {
        const t = this.locate(tx);
        return t ? t.boxes.map((b) => boxAddress(t.sheet.name, b)).join(', ') : null;
      },
    };
  }
  get address(): string {
    return this.prop('address');
  }
}
