export { XlsxWorkbookHost, type XlsxOpenResult } from './XlsxWorkbookHost';
export { type XlsxOpenError, type XlsxOpenErrorCode, XlsxSaveError } from './openErrors';
export { MAX_FILE_BYTES } from './openWorkbook';
export { STORE_SHEET } from './workbookStore';
export { portableFill, portableNote } from './cellFormat';
export { ExcelJsInternalsError } from './exceljsInternals';
export { prepareWorkbook, type PrepareFileResult } from './openWorkbook';
