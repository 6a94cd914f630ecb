/** What every host shares: mark colours, the marks-store row format, sheet-name rules, usage errors. */
export { MARK_FILLS } from './markFills';
export { MARKS_SHEET, entriesToRows, rowsToEntries, type MarkEntry, type SavedFormat } from './marksStore';
export { cleanSheetName, uniqueSheetName, MAX_SHEET_NAME_LENGTH } from './sheetName';
export { BadAddressError, HostUsageError, MarksStoreError, SheetNotFoundError } from './errors';
