import type ExcelJS from 'exceljs';

/** Univer's resource names for notes and validation rules in a workbook snapshot (its plugins' names). */
export const NOTE_RESOURCE = 'SHEET_NOTE_PLUGIN';
export const VALIDATION_RESOURCE = 'SHEET_DATA_VALIDATION_PLUGIN';

/** Where a snapshot made from an .xlsx keeps what Univer has no model for (workbook and sheet custom metadata). */
export const XLSX_CUSTOM_KEY = 'xlsx';

export interface XlsxBook {
  /** The exact ExcelJS style of each style id the file brought: a cell whose style is untouched gets it back. */
  readonly styles: Readonly<Record<string, Partial<ExcelJS.Style>>>;
}

export interface XlsxSheet {
  readonly state: ExcelJS.WorksheetState;
  readonly pageSetup: Partial<ExcelJS.PageSetup>;
  readonly headerFooter: Partial<ExcelJS.HeaderFooter>;
  /** The first sheet view (zoom, ruler, selection); frozen panes and gridlines live in Univer. */
  readonly view: Partial<ExcelJS.WorksheetView>;
  /** The exact notes by '0-based row:col': a note whose text is unchanged is saved as it came (rich text, size). */
  readonly notes: Readonly<Record<string, string | ExcelJS.Comment>>;
}
