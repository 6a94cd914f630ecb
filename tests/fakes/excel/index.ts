export { FakeExcel, WEB_PAYLOAD_LIMIT, type FakeExcelOptions } from './fakeExcel';
export { FakeOfficeError, type FakeErrorCode } from './errors';
export type { SyncRecord } from './context';
export type { SheetState, CellState } from './document';
