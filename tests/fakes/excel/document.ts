/// <reference types="office-js" />
import type { RangeBox } from '../../../src/templates/a1';
import { MAX_COLS } from './address';

/**
 * What the fake workbook holds, behind the proxies: the "document" that only `context.sync()` reads and
 * changes. Plain data, cloned whole by a save-and-reopen.
 */
export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';
export type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';

export interface FillState {
  color: string;
  pattern: string;
  patternColor: string | null;
  tintAndShade: number;
  patternTintAndShade: number;
}

export interface BorderState {
  style: string;
  weight: string;
  color: string;
}

export interface CellState {
  /** '' = empty. An error value is its text with `error` set. */
  value: string | number | boolean;
  error: boolean;
  /** With the leading '='; null for a constant. */
  formula: string | null;
  numberFormat: string;
  fill: FillState | null;
  font: { name: string; size: number; bold: boolean; color: string };
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  locked: boolean;
  borders: Partial<Record<Edge, BorderState>>;
}

export interface ValidationState {
  rule: Excel.DataValidationRule;
  ignoreBlanks: boolean;
  prompt: Excel.DataValidationPrompt | null;
  errorAlert: Excel.DataValidationErrorAlert | null;
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  zoom: Excel.PageLayoutZoomOptions;
  centerHorizontally: boolean;
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  printArea: RangeBox | null;
  printTitleRows: { from: number; to: number } | null;
}

export interface NoteState {
  content: string;
  author: string;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: Visibility;
  cells: Map<number, CellState>;
  merges: RangeBox[];
  validations: Map<number, ValidationState>;
  /** Points. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenColumns: Set<number>;
  frozenRows: number;
  pageLayout: PageLayoutState;
  notes: Map<number, NoteState>;
}

export interface CommentState {
  id: string;
  sheetId: string;
  row: number;
  col: number;
  content: string;
  author: string;
}

export interface XmlPartState {
  id: string;
  xml: string;
  namespaceUri: string;
}

export interface DocumentState {
  sheets: SheetState[];
  comments: CommentState[];
  xmlParts: XmlPartState[];
  /** The add-in's settings in this workbook (JSON values), in insertion order. */
  settings: Map<string, unknown>;
  active: { sheetId: string; row: number; col: number };
  nextId: number;
}

/** Excel's defaults for a new workbook (Office 365, 等线 11 in a Chinese locale). */
export const DEFAULT_COLUMN_WIDTH_PT = 48;
export const DEFAULT_ROW_HEIGHT_PT = 14.25;
export const DEFAULT_FONT = { name: '等线', size: 11, bold: false, color: '#000000' } as const;

export function cellKey(row: number, col: number): number {
  return (row - 1) * MAX_COLS + (col - 1);
}

export function keyCell(key: number): { row: number; col: number } {
  return { row: Math.floor(key / MAX_COLS) + 1, col: (key % MAX_COLS) + 1 };
}

export function emptyCell(): CellState {
  return {
    value: '',
    error: false,
    formula: null,
    numberFormat: 'General',
    fill: null,
    font: { ...DEFAULT_FONT },
    horizontalAlignment: 'General',
    verticalAlignment: 'Bottom',
    wrapText: false,
    locked: true,
    borders: {},
  };
}

export function newSheet(doc: DocumentState, name: string): SheetState {
  return {
    id: `{sheet-${doc.nextId++}}`,
    name,
    visibility: 'Visible',
    cells: new Map(),
    merges: [],
    validations: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenColumns: new Set(),
    frozenRows: 0,
    pageLayout: {
      orientation: 'Portrait',
      paperSize: 'Letter',
      zoom: { scale: 100 },
      centerHorizontally: false,
      margins: { left: 51.02, right: 51.02, top: 54, bottom: 54, header: 21.6, footer: 21.6 },
      printArea: null,
      printTitleRows: null,
    },
    notes: new Map(),
  };
}

export function newDocument(firstSheet: string | null = 'Sheet1'): DocumentState {
  const doc: DocumentState = {
    sheets: [],
    comments: [],
    xmlParts: [],
    settings: new Map(),
    active: { sheetId: '', row: 1, col: 1 },
    nextId: 1,
  };
  if (firstSheet === null) return doc;
  const sheet = newSheet(doc, firstSheet);
  doc.sheets.push(sheet);
  doc.active.sheetId = sheet.id;
  return doc;
}

function cloneCell(c: CellState): CellState {
  return {
    ...c,
    fill: c.fill && { ...c.fill },
    font: { ...c.font },
    borders: Object.fromEntries(Object.entries(c.borders).map(([k, b]) => [k, { ...b }])),
  };
}

/** A deep copy: what a saved file holds when it is opened again. */
export function cloneDocument(doc: DocumentState): DocumentState {
  return {
    sheets: doc.sheets.map((s) => ({
      ...s,
      cells: new Map([...s.cells].map(([k, c]) => [k, cloneCell(c)])),
      merges: s.merges.map((m) => ({ ...m })),
      validations: new Map([...s.validations].map(([k, v]) => [k, structuredClone(v)])),
      columnWidths: new Map(s.columnWidths),
      rowHeights: new Map(s.rowHeights),
      hiddenColumns: new Set(s.hiddenColumns),
      pageLayout: structuredClone(s.pageLayout),
      notes: new Map([...s.notes].map(([k, n]) => [k, { ...n }])),
    })),
    comments: doc.comments.map((c) => ({ ...c })),
    xmlParts: doc.xmlParts.map((p) => ({ ...p })),
    settings: new Map([...doc.settings].map(([k, v]) => [k, structuredClone(v)])),
    active: { ...doc.active },
    nextId: doc.nextId,
  };
}

export function findSheet(doc: DocumentState, name: string): SheetState | undefined {
  const wanted = name.toLowerCase();
  return doc.sheets.find((s) => s.name.toLowerCase() === wanted);
}

export function cellAt(sheet: SheetState, row: number, col: number): CellState {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = emptyCell();
    sheet.cells.set(key, cell);
  }
  return cell;
}

export function peekCell(sheet: SheetState, row: number, col: number): CellState | undefined {
  return sheet.cells.get(cellKey(row, col));
}
