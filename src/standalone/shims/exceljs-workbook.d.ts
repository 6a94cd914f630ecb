/** ExcelJS's workbook module, which the page imports from ExcelJS's sources (see exceljs.ts). */
declare module 'exceljs/lib/doc/workbook' {
  import type ExcelJS from 'exceljs';
  const Workbook: typeof ExcelJS.Workbook;
  export = Workbook;
}
