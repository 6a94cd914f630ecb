import type { RangeBox } from '../../../src/templates/a1';

/**
 * The workbook behind the fake: plain data, cloned whole by "save and reopen". Colours are BGR, as ET
 * keeps them. Cell keys are 'row,col' (1-based).
 */
export type ErrorCode = 2000 | 2007 | 2015 | 2023 | 2029 | 2036 | 2042 | 2045 | 2049 | 2050;

export type StoredValue = number | string | boolean | { readonly error: ErrorCode } | null;

export interface Borders {
  top: boolean;
  bottom: boolean;
  left: boolean;
  right: boolean;
}

export interface CellData {
  value: StoredValue;
  /** Without '='. A formula's value is what a recalculation left (null until a test sets one). */
  formula: string | null;
  /** Typed with a leading apostrophe: kept, never shown, not part of the value. */
  prefix: boolean;
  fill: number | null;
  fontColor: number | null;
  fontName: string;
  fontSize: number;
  bold: boolean;
  horizontal: number;
  vertical: number;
  wrap: boolean;
  numberFormat: string;
  locked: boolean;
  borders: Borders;
  comment: { author: string; text: string } | null;
}

export interface ValidationData {
  areas: RangeBox[];
  type: number;
  alertStyle: number;
  operator: number;
  formula1: string;
  formula2: string;
  /** The active cell when Add was called: relative references in the formulas are relative to it. */
  addedAt: { row: number; col: number };
  ignoreBlank: boolean;
  inputTitle: string;
  inputMessage: string;
  errorTitle: string;
  errorMessage: string;
  showInput: boolean;
  showError: boolean;
}

export interface PageSetupData {
  orientation: number;
  paperSize: number;
  zoom: number | false;
  fitToPagesWide: number | false;
  fitToPagesTall: number | false;
  printTitleRows: string;
  printArea: string;
  centerHorizontally: boolean;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
}

export interface SheetData {
  name: string;
  visible: number;
  cells: Map<string, CellData>;
  merges: RangeBox[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenColumns: Set<number>;
  validations: ValidationData[];
  pageSetup: PageSetupData;
  frozen: { rows: number; cols: number } | null;
  split: { rows: number; cols: number };
  activeCell: { row: number; col: number };
}

export interface WorkbookData {
  name: string;
  sheets: SheetData[];
  active: number;
}

export const STANDARD_COLUMN_WIDTH = 8.38;
export const STANDARD_ROW_HEIGHT = 13.5;

export function newCell(): CellData {
  return {
    value: null,
    formula: null,
    prefix: false,
    fill: null,
    fontColor: null,
    fontName: '宋体',
    fontSize: 11,
    bold: false,
    horizontal: 1,
    vertical: -4107,
    wrap: false,
    numberFormat: 'General',
    locked: true,
    borders: { top: false, bottom: false, left: false, right: false },
    comment: null,
  };
}

const DEFAULT_CELL = newCell();

/** A cell that holds nothing and looks like every untouched cell: left out of the map and of UsedRange. */
export function isDefault(cell: CellData): boolean {
  const d = DEFAULT_CELL;
  return (
    cell.value === null &&
    cell.formula === null &&
    !cell.prefix &&
    cell.fill === null &&
    cell.fontColor === null &&
    cell.fontName === d.fontName &&
    cell.fontSize === d.fontSize &&
    cell.bold === d.bold &&
    cell.horizontal === d.horizontal &&
    cell.vertical === d.vertical &&
    cell.wrap === d.wrap &&
    cell.numberFormat === d.numberFormat &&
    cell.locked === d.locked &&
    !cell.borders.top &&
    !cell.borders.bottom &&
    !cell.borders.left &&
    !cell.borders.right &&
    cell.comment === null
  );
}

export function newSheet(name: string): SheetData {
  return {
    name,
    visible: -1,
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenColumns: new Set(),
    validations: [],
    pageSetup: {
      orientation: 1,
      paperSize: 9,
      zoom: 100,
      fitToPagesWide: 1,
      fitToPagesTall: 1,
      printTitleRows: '',
      printArea: '',
      centerHorizontally: false,
      leftMargin: 51.0236220472441,
      rightMargin: 51.0236220472441,
      topMargin: 53.8582677165354,
      bottomMargin: 53.8582677165354,
    },
    frozen: null,
    split: { rows: 0, cols: 0 },
    activeCell: { row: 1, col: 1 },
  };
}

export function key(row: number, col: number): string {
  return `${row},${col}`;
}

export function cellAt(sheet: SheetData, row: number, col: number): CellData {
  let cell = sheet.cells.get(key(row, col));
  if (!cell) {
    cell = newCell();
    sheet.cells.set(key(row, col), cell);
  }
  return cell;
}

export function peek(sheet: SheetData, row: number, col: number): CellData | undefined {
  return sheet.cells.get(key(row, col));
}

export function mergeOf(sheet: SheetData, row: number, col: number): RangeBox | undefined {
  return sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

export function* cellsOf(box: RangeBox): Generator<[number, number]> {
  for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) yield [r, c];
}
