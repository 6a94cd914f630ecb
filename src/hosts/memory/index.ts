export { MemoryWorkbook } from './memoryWorkbook';
export type { MemoryCell, SheetVisibility } from './memorySheet';
export { MemorySheet } from './memorySheet';
export { MARK_FILLS } from './markFills';
export { MARKS_SHEET, type MarkEntry, type SavedFormat } from './marksStore';
export { cleanSheetName, uniqueSheetName, MAX_SHEET_NAME_LENGTH } from './sheetName';
export { BadAddressError, HostUsageError, MarksStoreError, SheetNotFoundError } from './errors';
