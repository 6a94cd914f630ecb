/**
 * ExcelJS in the page, from its own sources: its browser entry (`lib/exceljs.browser.js`) first loads ES5
 * polyfills it does not ship, and its prebuilt bundle is a separate copy that our validation-parsing fix
 * (hosts/xlsx/exceljsInternals.ts) would not reach. The page uses the workbook only.
 */
// First: ExcelJS's modules use these globals as they load.
import './nodeGlobals';
import Workbook from 'exceljs/lib/doc/workbook';

export default { Workbook };
