import type ExcelJS from 'exceljs';

/**
 * The per-workbook store in an .xlsx: a very hidden sheet, one row per key — key | text — with long
 * texts cut into cells of at most 32,767 characters (Excel's limit) along the row. Very hidden: Excel
 * and WPS show it in no menu, and it survives every save.
 */
export const STORE_SHEET = 'JXZP_STORE';
const CELL_MAX = 32_767;

function text(v: ExcelJS.CellValue): string {
  if (typeof v === 'string') return v;
  if (v !== null && typeof v === 'object' && 'richText' in v) return v.richText.map((p) => p.text).join('');
  return '';
}

function rowOf(store: ExcelJS.Worksheet, key: string): ExcelJS.Row | undefined {
  let found: ExcelJS.Row | undefined;
  store.eachRow({ includeEmpty: false }, (row) => {
    if (found === undefined && text(row.getCell(1).value) === key) found = row;
  });
  return found;
}

export function readStoreValue(wb: ExcelJS.Workbook, key: string): string | null {
  const store = wb.getWorksheet(STORE_SHEET);
  const row = store ? rowOf(store, key) : undefined;
  if (row === undefined) return null;
  let value = '';
  for (let col = 2; col <= row.cellCount; col++) value += text(row.getCell(col).value);
  return value;
}

export function writeStoreValue(wb: ExcelJS.Workbook, key: string, value: string | null): void {
  let store = wb.getWorksheet(STORE_SHEET);
  const existing = store ? rowOf(store, key) : undefined;
  if (existing) store?.spliceRows(existing.number, 1);
  if (value === null) {
    if (store && store.actualRowCount === 0) wb.removeWorksheet(store.id);
    return;
  }
  store ??= wb.addWorksheet(STORE_SHEET, { state: 'veryHidden' });
  const row = store.getRow(store.actualRowCount + 1);
  const chunks: string[] = [];
  for (let i = 0; i < value.length; i += CELL_MAX) chunks.push(value.slice(i, i + CELL_MAX));
  row.values = [key, ...(chunks.length > 0 ? chunks : [''])];
}
