import type { SheetInfo } from '../sheetHost';
import { SheetNotFoundError } from '../errors';
import { XL_SHEET_VISIBLE } from './constants';
import type { EtApplication, EtWorksheet } from './et';

/**
 * Sheets are looked up by walking the 1-based collection: `Sheets.Item(name)` throws for a missing name
 * with nothing to tell that from a broken bridge. A lookup costs calls per sheet, never per row.
 */
export function listSheets(app: EtApplication): SheetInfo[] {
  const sheets = app.ActiveWorkbook.Sheets;
  const count = sheets.Count;
  const out: SheetInfo[] = [];
  for (let i = 1; i <= count; i++) {
    const sheet = sheets.Item(i) as EtWorksheet;
    out.push({ name: sheet.Name, visible: sheet.Visible === XL_SHEET_VISIBLE });
  }
  return out;
}

/** The sheet of that name (names are unique ignoring case, as ET compares them), or null. */
export function findSheet(app: EtApplication, name: string): EtWorksheet | null {
  const sheets = app.ActiveWorkbook.Sheets;
  const count = sheets.Count;
  const wanted = name.toLowerCase();
  for (let i = 1; i <= count; i++) {
    const sheet = sheets.Item(i) as EtWorksheet;
    if (sheet.Name.toLowerCase() === wanted) return sheet;
  }
  return null;
}

export function requireSheet(app: EtApplication, name: string): EtWorksheet {
  const sheet = findSheet(app, name);
  if (!sheet) throw new SheetNotFoundError(name);
  return sheet;
}

/** A new sheet after the last one (ET activates it). */
export function addSheetAtEnd(app: EtApplication, name: string): EtWorksheet {
  const sheets = app.ActiveWorkbook.Sheets;
  const count = sheets.Count;
  const sheet = (count === 0 ? sheets.Add() : sheets.Add(undefined, sheets.Item(count))) as EtWorksheet;
  sheet.Name = name;
  return sheet;
}
