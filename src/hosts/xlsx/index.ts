export { XlsxWorkbookHost, type XlsxOpenResult } from './XlsxWorkbookHost';
export { type XlsxOpenError, type XlsxOpenErrorCode, XlsxSaveError } from './openErrors';
export { MAX_FILE_BYTES } from './openWorkbook';
export { MARKS_SHEET } from './markStore';
export { portableFill, portableNote } from './marks';
export { ExcelJsInternalsError } from './exceljsInternals';
