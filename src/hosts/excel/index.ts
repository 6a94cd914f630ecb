export { ExcelHost, REQUEST_BUDGET_BYTES, type ExcelHostOptions } from './ExcelHost';
export { columnWidthPoints } from './units';
export type { XRequestContext, XRequirements, XRun } from './excelApi';
export { EXCEL_API_FLOOR, NOTES_API, OWN_WRITES_API } from './requirements';
export { connectExcel, type ExcelConnection, type OfficeLike } from './connect';
