import { a1 } from '../../templates/a1';
import { STORE_MAX_CHARS } from '../sheetHost';
import { HostUsageError, checkStoreKey } from '../errors';
import { parseBox } from './addresses';
import { inputOf } from './cellValues';
import { MAX_CELL_CHARS, XL_SHEET_VERY_HIDDEN } from './constants';
import type { EtApplication, EtWorksheet } from './et';
import { addSheetAtEnd, findSheet } from './sheets';
import { toMatrix } from './shape';

/**
 * The per-workbook store: a very hidden sheet, one row per key — the key, then the value cut into cells
 * of at most 30,000 characters (a cell holds 32,767). It is saved with the workbook in .et and .xlsx
 * alike; a custom document property would be cut at 255 characters. The whole store is read in one
 * Value2 and written back in one.
 */
export const STORE_SHEET = 'JXZP_STORE';
const CHUNK = 30_000;
if (CHUNK > MAX_CELL_CHARS) throw new Error('store chunks must fit a cell');

function readRows(sheet: EtWorksheet): Map<string, string> {
  const used = sheet.UsedRange;
  const box = parseBox(used.Address(false, false));
  if (!box) throw new HostUsageError(`${STORE_SHEET}: UsedRange is not one block`);
  const rows = toMatrix(used.Value2, box.bottom - box.top + 1, box.right - box.left + 1);
  const out = new Map<string, string>();
  if (box.top !== 1 || box.left !== 1) return out;
  for (const row of rows) {
    const [k, ...parts] = row;
    if (typeof k !== 'string' || k === '') continue;
    const end = parts.findIndex((p) => p === undefined || p === null || p === '');
    out.set(k, (end < 0 ? parts : parts.slice(0, end)).map(String).join(''));
  }
  return out;
}

export function readStore(app: EtApplication, key: string): string | null {
  checkStoreKey(key);
  const sheet = findSheet(app, STORE_SHEET);
  return sheet ? (readRows(sheet).get(key) ?? null) : null;
}

export function writeStore(app: EtApplication, key: string, value: string | null): void {
  checkStoreKey(key);
  if (value !== null && value.length > STORE_MAX_CHARS) {
    throw new HostUsageError(`a store value of ${value.length} characters is over ${STORE_MAX_CHARS}`);
  }
  let sheet = findSheet(app, STORE_SHEET);
  if (!sheet && value === null) return;
  if (!sheet) {
    const active = app.ActiveSheet;
    sheet = addSheetAtEnd(app, STORE_SHEET);
    sheet.Visible = XL_SHEET_VERY_HIDDEN;
    active.Activate();
  }
  const rows = readRows(sheet);
  if (value === null) rows.delete(key);
  else rows.set(key, value);
  if (rows.size === 0) {
    removeSheet(app, sheet);
    return;
  }
  sheet.UsedRange.ClearContents();
  const lines = [...rows].map(([k, v]) => [k, ...(v === '' ? [] : chunks(v))]);
  const width = Math.max(...lines.map((l) => l.length));
  const matrix = lines.map((l) =>
    Array.from({ length: width }, (_, i) => (i < l.length ? inputOf(l[i]) : '')),
  );
  sheet.Range(`A1:${a1(matrix.length, width)}`).Value2 = matrix;
}

/** Pieces that fit a cell, never splitting a surrogate pair (ET might not keep half of one). */
/** An empty store leaves no trace in the workbook. Deleting asks for confirmation unless alerts are off. */
function removeSheet(app: EtApplication, sheet: EtWorksheet): void {
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    sheet.Delete();
  } finally {
    app.DisplayAlerts = alerts;
  }
}

function chunks(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let end = Math.min(text.length, i + CHUNK);
    const high = text.charCodeAt(end - 1);
    if (end < text.length && high >= 0xd800 && high <= 0xdbff) end--;
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}
