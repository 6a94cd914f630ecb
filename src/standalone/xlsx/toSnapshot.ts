import {
  BooleanNumber,
  CellValueType,
  type ICellData,
  type IStyleData,
  type IWorkbookData,
  type IWorksheetData,
  LocaleType,
} from '@univerjs/core';
import type ExcelJS from 'exceljs';
import { columnPx, rowPx, univerRange } from '../../hosts/univer/units';
import { univerValidationFormula } from '../../hosts/univer/validationRule';
import { STORE_CUSTOM_KEY } from '../../hosts/univer/workbookStore';
import { mergeBoxes, validationStore } from '../../hosts/xlsx/exceljsInternals';
import { readStoreValue, STORE_SHEET } from '../../hosts/xlsx/workbookStore';
import { portableNote } from '../../hosts/xlsx/cellFormat';
import { cssColor } from './colors';
import { univerStyleOf } from './cellStyles';
import {
  NOTE_RESOURCE,
  VALIDATION_RESOURCE,
  XLSX_CUSTOM_KEY,
  type XlsxBook,
  type XlsxSheet,
} from './snapshotParts';

type ExcelNote = string | ExcelJS.Comment;

const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Excel's serial day number of a date (1900 system; ExcelJS dates are UTC). */
function serial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

/** A cell's value or cached formula result as Univer holds it. */
function univerValue(v: ExcelJS.CellValue | undefined): Pick<ICellData, 'v' | 't'> | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? { v, t: CellValueType.NUMBER } : null;
  if (typeof v === 'string') return { v, t: CellValueType.STRING };
  if (typeof v === 'boolean') return { v, t: CellValueType.BOOLEAN };
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : { v: serial(v), t: CellValueType.NUMBER };
  if ('error' in v) return { v: v.error, t: CellValueType.STRING };
  if ('richText' in v) return { v: v.richText.map((p) => p.text).join(''), t: CellValueType.STRING };
  if ('text' in v && typeof v.text === 'string') return { v: v.text, t: CellValueType.STRING };
  return null;
}

const DATE_FORMAT = 'yyyy-mm-dd';

interface Converted {
  readonly sheet: Partial<IWorksheetData>;
  readonly notes: Record<number, Record<number, unknown>>;
  readonly rules: unknown[];
  readonly xlsx: XlsxSheet;
}

class StyleTable {
  readonly univer: Record<string, IStyleData> = {};
  readonly excel: Record<string, Partial<ExcelJS.Style>> = {};
  private readonly byJson = new Map<string, string>();

  idOf(style: Partial<ExcelJS.Style>): string | null {
    if (Object.keys(style).length === 0) return null;
    const json = JSON.stringify(style);
    let id = this.byJson.get(json);
    if (id === undefined) {
      id = `x${this.byJson.size + 1}`;
      this.byJson.set(json, id);
      this.excel[id] = JSON.parse(json) as Partial<ExcelJS.Style>;
      this.univer[id] = univerStyleOf(style);
    }
    return id;
  }
}

function convertSheet(ws: ExcelJS.Worksheet, sheetId: string, styles: StyleTable): Converted {
  const cellData: Record<number, Record<number, ICellData>> = {};
  const notes: Record<number, Record<number, unknown>> = {};
  const originalNotes: Record<string, ExcelNote> = {};
  const merges = mergeBoxes(ws);
  const hidden = new Set<string>();
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) hidden.add(`${r}:${c}`);
  let maxRow = 0;
  let maxCol = 0;
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const data: ICellData = {};
      if (!hidden.has(`${r}:${c}`)) {
        const formula = typeof cell.formula === 'string' && cell.formula !== '' ? cell.formula : null;
        const value = univerValue(formula === null ? cell.value : cell.result);
        if (formula !== null) data.f = `=${formula}`;
        if (value) Object.assign(data, value);
      }
      const style = copy(cell.style ?? {});
      if (cell.value instanceof Date && !style.numFmt) style.numFmt = DATE_FORMAT;
      const id = styles.idOf(style);
      // The id twice: as the cell's style, which the page may change, and as the style it came with.
      if (id !== null) Object.assign(data, { s: id, custom: { xs: id } });
      const note: ExcelNote | undefined = cell.note;
      const text = portableNote(note);
      if (note !== undefined && text !== null) {
        (notes[r - 1] ??= {})[c - 1] = {
          id: `n${r}-${c}`,
          row: r - 1,
          col: c - 1,
          width: 160,
          height: 72,
          note: text,
        };
        originalNotes[`${r - 1}:${c - 1}`] = copy(note);
      }
      if (Object.keys(data).length === 0) return;
      (cellData[r - 1] ??= {})[c - 1] = data;
      maxRow = Math.max(maxRow, r);
      maxCol = Math.max(maxCol, c);
    });
  });

  const columnData: Record<number, { w?: number; hd?: BooleanNumber; custom?: { xw: number } }> = {};
  const columnCount = Math.max(ws.columnCount, ws.actualColumnCount);
  for (let c = 1; c <= columnCount; c++) {
    const col = ws.getColumn(c);
    const entry: { w?: number; hd?: BooleanNumber; custom?: { xw: number } } = {};
    if (typeof col.width === 'number')
      Object.assign(entry, { w: columnPx(col.width), custom: { xw: col.width } });
    if (col.hidden) entry.hd = BooleanNumber.TRUE;
    if (Object.keys(entry).length > 0) columnData[c - 1] = entry;
  }
  const rowData: Record<
    number,
    { h?: number; ia?: BooleanNumber; hd?: BooleanNumber; custom?: { xh: number } }
  > = {};
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    const entry: { h?: number; ia?: BooleanNumber; hd?: BooleanNumber; custom?: { xh: number } } = {};
    if (typeof row.height === 'number')
      Object.assign(entry, { h: rowPx(row.height), ia: BooleanNumber.FALSE, custom: { xh: row.height } });
    if (row.hidden) entry.hd = BooleanNumber.TRUE;
    if (Object.keys(entry).length > 0) rowData[r - 1] = entry;
  }

  const rules = Object.entries(validationStore(ws).model).flatMap(([address, dv], i) => {
    if (!dv) return [];
    return [{ ...univerRuleOf(dv, `${sheetId}-x${i}`), ranges: rangesOf(address) }];
  });

  const view = ws.views?.[0];
  const frozen = view?.state === 'frozen' ? { x: view.xSplit ?? 0, y: view.ySplit ?? 0 } : { x: 0, y: 0 };
  const tab = cssColor(ws.properties.tabColor);
  const xlsx: XlsxSheet = {
    state: ws.state ?? 'visible',
    pageSetup: copy(ws.pageSetup ?? {}),
    headerFooter: copy(ws.headerFooter ?? {}),
    view: copy(view ?? {}),
    notes: originalNotes,
  };
  return {
    notes,
    rules,
    xlsx,
    sheet: {
      id: sheetId,
      name: ws.name,
      hidden: ws.state === 'visible' || ws.state === undefined ? BooleanNumber.FALSE : BooleanNumber.TRUE,
      rowCount: Math.max(1000, maxRow + 100, ws.rowCount),
      columnCount: Math.max(20, maxCol + 5, columnCount),
      cellData,
      mergeData: merges.map(univerRange),
      columnData,
      rowData,
      freeze: {
        xSplit: frozen.x,
        ySplit: frozen.y,
        startRow: frozen.y > 0 ? frozen.y : -1,
        startColumn: frozen.x > 0 ? frozen.x : -1,
      },
      showGridlines: view?.showGridLines === false ? BooleanNumber.FALSE : BooleanNumber.TRUE,
      ...(tab ? { tabColor: tab } : {}),
      ...(ws.properties.defaultRowHeight ? { defaultRowHeight: rowPx(ws.properties.defaultRowHeight) } : {}),
      ...(ws.properties.defaultColWidth
        ? { defaultColumnWidth: columnPx(ws.properties.defaultColWidth) }
        : {}),
      custom: { [XLSX_CUSTOM_KEY]: xlsx },
    },
  };
}

/** 'H13:H20' or 'C5' (the keys of ExcelJS's validation model) as a 0-based range. */
function rangesOf(
  address: string,
): { startRow: number; endRow: number; startColumn: number; endColumn: number }[] {
  const [from, to = from] = address.split(':');
  const pos = (ref: string): { row: number; col: number } => {
    const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.toUpperCase());
    if (!m) return { row: 0, col: 0 };
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const a = pos(from);
  const b = pos(to);
  return [{ startRow: a.row, endRow: b.row, startColumn: a.col, endColumn: b.col }];
}

function univerRuleOf(dv: ExcelJS.DataValidation, uid: string): Record<string, unknown> {
  const [f1, f2] = dv.formulae ?? [];
  const formula = (f: unknown): string | undefined =>
    f === undefined || f === null
      ? undefined
      : univerValidationFormula(dv.type, f instanceof Date ? String(serial(f)) : String(f));
  const formula1 = formula(f1);
  const formula2 = formula(f2);
  const errorStyle = dv.errorStyle === 'warning' ? 2 : dv.errorStyle === 'information' ? 0 : 1;
  return {
    uid,
    type: dv.type,
    ...(dv.type === 'list' || dv.type === 'custom' ? {} : { operator: dv.operator ?? 'between' }),
    ...(formula1 === undefined ? {} : { formula1 }),
    ...(formula2 === undefined ? {} : { formula2 }),
    allowBlank: dv.allowBlank ?? false,
    showErrorMessage: dv.showErrorMessage ?? false,
    errorStyle,
    ...(dv.error === undefined ? {} : { error: dv.error }),
    ...(dv.errorTitle === undefined ? {} : { errorTitle: dv.errorTitle }),
    showInputMessage: dv.showInputMessage ?? false,
    ...(dv.prompt === undefined ? {} : { prompt: dv.prompt }),
    ...(dv.promptTitle === undefined ? {} : { promptTitle: dv.promptTitle }),
  };
}

/**
 * An ExcelJS workbook as a Univer workbook snapshot: values, formulas with their cached results, styles,
 * merges, widths, heights, hidden rows and columns, frozen panes, validations, notes; what Univer has no
 * model for (page setup, header and footer, the exact ExcelJS style and note) rides in custom metadata so
 * that saving gives it back. The xlsx host's store sheet becomes the workbook's store.
 */
export function toSnapshot(book: ExcelJS.Workbook, id: string, name: string): IWorkbookData {
  const styles = new StyleTable();
  const sheets: Record<string, Partial<IWorksheetData>> = {};
  const sheetOrder: string[] = [];
  const notes: Record<string, unknown> = {};
  const rules: Record<string, unknown[]> = {};
  book.worksheets.forEach((ws, i) => {
    if (ws.name === STORE_SHEET) return;
    const sheetId = `sheet-${i + 1}`;
    const converted = convertSheet(ws, sheetId, styles);
    sheets[sheetId] = converted.sheet;
    sheetOrder.push(sheetId);
    if (Object.keys(converted.notes).length > 0) notes[sheetId] = converted.notes;
    rules[sheetId] = converted.rules;
  });
  const store: Record<string, string> = {};
  const storeSheet = book.getWorksheet(STORE_SHEET);
  storeSheet?.eachRow((row) => {
    const key = row.getCell(1).value;
    const value = typeof key === 'string' ? readStoreValue(book, key) : null;
    if (typeof key === 'string' && value !== null) store[key] = value;
  });
  const xlsx: XlsxBook = { styles: styles.excel };
  return {
    id,
    name,
    appVersion: '0.25.1',
    locale: LocaleType.ZH_CN,
    styles: styles.univer,
    sheetOrder,
    sheets,
    resources: [
      { name: NOTE_RESOURCE, data: JSON.stringify(notes) },
      { name: VALIDATION_RESOURCE, data: JSON.stringify(rules) },
    ],
    custom: { [XLSX_CUSTOM_KEY]: xlsx, [STORE_CUSTOM_KEY]: store },
  };
}
