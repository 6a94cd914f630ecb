import type { ICellData, IWorkbookData, IWorksheetData, Nullable } from '@univerjs/core';
import type ExcelJS from 'exceljs';
import { rangeA1 } from '../../templates/a1';
import { columnChars, columnPx, rowPt, rowPx } from '../../hosts/univer/units';
import { SHEET_CUSTOM_KEY, type SheetCustom } from '../../hosts/univer/planToSheet';
import { excelValidationFormula } from '../../hosts/univer/validationRule';
import { STORE_CUSTOM_KEY } from '../../hosts/univer/workbookStore';
import { portableNote } from '../../hosts/xlsx/cellFormat';
import { validationStore } from '../../hosts/xlsx/exceljsInternals';
import { pageSetupOf } from '../../hosts/xlsx/pageSetup';
import { writeStoreValue } from '../../hosts/xlsx/workbookStore';
import { excelStyleOf, univerStyleOf } from './cellStyles';
import {
  NOTE_RESOURCE,
  VALIDATION_RESOURCE,
  XLSX_CUSTOM_KEY,
  type XlsxBook,
  type XlsxSheet,
} from './snapshotParts';

interface NoteEntry {
  readonly note: string;
}
interface RuleEntry {
  readonly type: string;
  readonly operator?: ExcelJS.DataValidationOperator;
  readonly formula1?: string;
  readonly formula2?: string;
  readonly allowBlank?: boolean;
  readonly showErrorMessage?: boolean;
  readonly errorStyle?: number;
  readonly error?: string;
  readonly errorTitle?: string;
  readonly showInputMessage?: boolean;
  readonly prompt?: string;
  readonly promptTitle?: string;
  readonly ranges: readonly { startRow: number; endRow: number; startColumn: number; endColumn: number }[];
}

function resource<T>(snapshot: IWorkbookData, name: string): Record<string, T> {
  const data = snapshot.resources?.find((r) => r.name === name)?.data;
  if (!data) return {};
  const parsed: unknown = JSON.parse(data);
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, T>) : {};
}

function excelValue(cell: ICellData): ExcelJS.CellValue {
  const v =
    cell.v ??
    (typeof cell.p?.body?.dataStream === 'string' ? cell.p.body.dataStream.replace(/\r\n$/, '') : null);
  if (v === null || v === undefined || v === '') return null;
  if (cell.t === 3) return v === true || v === 1 || v === 'TRUE';
  return v;
}

/** JSON with sorted keys: two styles alike whatever order their properties were set in. */
function canonical(x: unknown): string {
  return JSON.stringify(x, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/**
 * The ExcelJS style of a cell: the style the file brought when the page shows it unchanged (a mark set
 * and cleared included), else what the page shows, keeping what Univer cannot show (cell protection).
 */
function cellStyle(
  cell: ICellData,
  styles: IWorkbookData['styles'],
  original: XlsxBook['styles'],
): Partial<ExcelJS.Style> | null {
  const s = cell.s;
  if (s === null || s === undefined) return null;
  if (typeof s === 'string' && original[s]) return copy(original[s]);
  const shown = typeof s === 'string' ? styles[s] : s;
  if (!shown) return null;
  const broughtId: unknown = cell.custom?.xs;
  const brought = typeof broughtId === 'string' ? original[broughtId] : undefined;
  if (brought && canonical(univerStyleOf(brought)) === canonical(shown)) return copy(brought);
  const style = excelStyleOf(shown);
  if (brought?.protection) style.protection = copy(brought.protection);
  return style;
}

const ERROR_STYLES = ['information', 'stop', 'warning'] as const;

function excelRule(rule: RuleEntry): ExcelJS.DataValidation {
  const formulae = [rule.formula1, rule.formula2]
    .filter((f): f is string => f !== undefined && f !== '')
    .map((f) => excelValidationFormula(rule.type, f));
  return {
    type: rule.type as ExcelJS.DataValidation['type'],
    ...(rule.operator && rule.type !== 'list' && rule.type !== 'custom' ? { operator: rule.operator } : {}),
    formulae,
    allowBlank: rule.allowBlank ?? false,
    showErrorMessage: rule.showErrorMessage ?? false,
    errorStyle: ERROR_STYLES[rule.errorStyle ?? 1] ?? 'stop',
    ...(rule.error === undefined ? {} : { error: rule.error }),
    ...(rule.errorTitle === undefined ? {} : { errorTitle: rule.errorTitle }),
    ...(rule.showInputMessage ? { showInputMessage: true } : {}),
    ...(rule.prompt === undefined ? {} : { prompt: rule.prompt }),
    ...(rule.promptTitle === undefined ? {} : { promptTitle: rule.promptTitle }),
  };
}

function writeSheet(
  ws: ExcelJS.Worksheet,
  sheet: Partial<IWorksheetData>,
  snapshot: IWorkbookData,
  notes: Record<string, Record<string, NoteEntry>> | undefined,
  rules: readonly RuleEntry[],
): void {
  const original: XlsxBook = (snapshot.custom?.[XLSX_CUSTOM_KEY] as XlsxBook | undefined) ?? { styles: {} };
  const custom = sheet.custom ?? {};
  const xlsx = custom[XLSX_CUSTOM_KEY] as XlsxSheet | undefined;
  const ours = custom[SHEET_CUSTOM_KEY] as SheetCustom | undefined;
  const styled: { target: ExcelJS.Cell; style: Partial<ExcelJS.Style> }[] = [];
  for (const [r, line] of Object.entries(sheet.cellData ?? {})) {
    for (const [c, cell] of Object.entries(line ?? {}) as [string, Nullable<ICellData>][]) {
      if (!cell) continue;
      const target = ws.getCell(Number(r) + 1, Number(c) + 1);
      const value = excelValue(cell);
      if (typeof cell.f === 'string' && cell.f !== '') {
        // The result Univer computed goes along, so that a reader that does not recalculate sees it too.
        target.value = {
          formula: cell.f.replace(/^=/, ''),
          ...(value === null ? {} : { result: value }),
        } as ExcelJS.CellFormulaValue;
      } else if (value !== null) target.value = value;
      const style = cellStyle(cell, snapshot.styles, original.styles);
      if (style) styled.push({ target, style });
    }
  }
  // Values before merges (ExcelJS moves a write into a merge to its first cell), styles after (a merge
  // gives every cell the first cell's style; each cell keeps its own borders).
  for (const m of sheet.mergeData ?? [])
    ws.mergeCells(m.startRow + 1, m.startColumn + 1, m.endRow + 1, m.endColumn + 1);
  for (const { target, style } of styled) target.style = style;
  for (const [c, col] of Object.entries(sheet.columnData ?? {})) {
    if (!col) continue;
    const target = ws.getColumn(Number(c) + 1);
    const xw: unknown = col.custom?.xw;
    if (typeof col.w === 'number')
      target.width = typeof xw === 'number' && columnPx(xw) === col.w ? xw : columnChars(col.w);
    if (col.hd === 1) target.hidden = true;
  }
  for (const [r, row] of Object.entries(sheet.rowData ?? {})) {
    if (!row) continue;
    const target = ws.getRow(Number(r) + 1);
    const xh: unknown = row.custom?.xh;
    // Only heights someone set: Univer's own fitted heights (`ah`) are left to the reader.
    if (typeof row.h === 'number' && row.ia === 0)
      target.height = typeof xh === 'number' && rowPx(xh) === row.h ? xh : rowPt(row.h);
    if (row.hd === 1) target.hidden = true;
  }
  for (const [r, line] of Object.entries(notes ?? {})) {
    for (const [c, note] of Object.entries(line)) {
      const exact = xlsx?.notes[`${r}:${c}`];
      ws.getCell(Number(r) + 1, Number(c) + 1).note =
        exact !== undefined && portableNote(exact) === note.note ? exact : note.note;
    }
  }
  const store = validationStore(ws);
  for (const rule of rules) {
    for (const range of rule.ranges) {
      const box = {
        top: range.startRow + 1,
        left: range.startColumn + 1,
        bottom: range.endRow + 1,
        right: range.endColumn + 1,
      };
      store.add(rangeA1(box), excelRule(rule));
    }
  }
  const freeze = sheet.freeze;
  const ySplit = freeze && freeze.ySplit > 0 ? freeze.ySplit : 0;
  const xSplit = freeze && freeze.xSplit > 0 ? freeze.xSplit : 0;
  const showGridLines = sheet.showGridlines !== 0;
  // The file's own view (zoom, ruler…) with what the page may have changed: frozen panes, gridlines.
  const view: Record<string, unknown> = { activeCell: 'A1', ...xlsx?.view, showGridLines };
  delete view.state;
  const topLeftCell = rangeA1({ top: ySplit + 1, left: xSplit + 1, bottom: ySplit + 1, right: xSplit + 1 });
  const frozen = ySplit > 0 || xSplit > 0;
  ws.views = [
    (frozen
      ? { ...view, state: 'frozen', xSplit, ySplit, topLeftCell }
      : {
          ...view,
          state: 'normal',
          xSplit: undefined,
          ySplit: undefined,
          topLeftCell: undefined,
        }) as Partial<ExcelJS.WorksheetView>,
  ];
  if (xlsx) {
    ws.pageSetup = { ...ws.pageSetup, ...xlsx.pageSetup };
    ws.headerFooter = { ...ws.headerFooter, ...xlsx.headerFooter };
  } else if (ours?.print) ws.pageSetup = { ...ws.pageSetup, ...pageSetupOf(ours.print) };
}

/**
 * Writes a Univer workbook snapshot into an empty ExcelJS workbook: the inverse of toSnapshot, for every
 * sheet and the workbook's store. Untouched styles and notes go back exactly as the file brought them.
 * Formulas must be written out in the snapshot (see `snapshotWithFormulas`).
 */
export function fromSnapshot(snapshot: IWorkbookData, book: ExcelJS.Workbook): void {
  const notes = resource<Record<string, Record<string, NoteEntry>>>(snapshot, NOTE_RESOURCE);
  const rules = resource<RuleEntry[]>(snapshot, VALIDATION_RESOURCE);
  for (const sheetId of snapshot.sheetOrder) {
    const sheet = snapshot.sheets[sheetId];
    if (!sheet) continue;
    const xlsx = sheet.custom?.[XLSX_CUSTOM_KEY] as XlsxSheet | undefined;
    const state: ExcelJS.WorksheetState =
      sheet.hidden === 1 ? (xlsx?.state === 'veryHidden' ? 'veryHidden' : 'hidden') : 'visible';
    const ws = book.addWorksheet(sheet.name ?? sheetId, { state });
    if (sheet.tabColor)
      ws.properties.tabColor = { argb: `FF${sheet.tabColor.replace(/^#/, '').toUpperCase()}` };
    writeSheet(ws, sheet, snapshot, notes[sheetId], rules[sheetId] ?? []);
  }
  const store: unknown = snapshot.custom?.[STORE_CUSTOM_KEY];
  if (typeof store === 'object' && store !== null) {
    for (const [key, value] of Object.entries(store))
      if (typeof value === 'string') writeStoreValue(book, key, value);
  }
}
