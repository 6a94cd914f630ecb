export { MemoryWorkbook } from './memoryWorkbook';
export type { MemoryCell, SheetVisibility } from './memorySheet';
export { MemorySheet } from './memorySheet';
export { MARK_FILLS } from '../shared/markFills';
export { MARKS_SHEET, type MarkEntry, type SavedFormat } from '../shared/marksStore';
export { cleanSheetName, uniqueSheetName, MAX_SHEET_NAME_LENGTH } from '../shared/sheetName';
export { BadAddressError, HostUsageError, MarksStoreError, SheetNotFoundError } from '../shared/errors';
