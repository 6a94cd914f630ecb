import type ExcelJS from 'exceljs';
import { rangeA1 } from '../../templates/a1';
import type { PrintSetup } from '../../templates/plan';

/** ExcelJS's paper size code for A4 (its `PaperSize` is a const enum, which isolated modules cannot read). */
export const A4_PAPER_SIZE = 9;
/** Header and footer distances in inches; the plan has none, these are Excel's defaults. */
const HEADER_FOOTER_MARGIN = 0.3;

export function pageSetupOf(print: PrintSetup): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: A4_PAPER_SIZE as ExcelJS.PaperSize,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight,
    printArea: rangeA1(print.area),
    ...(print.titleRows ? { printTitlesRow: `${print.titleRows.from}:${print.titleRows.to}` } : {}),
    horizontalCentered: print.centerHorizontally,
    margins: { ...print.margins, header: HEADER_FOOTER_MARGIN, footer: HEADER_FOOTER_MARGIN },
  };
}

/**
 * ExcelJS writes a print area 'A1:I37' as `'表'!$A1:$I37` (it only prefixes '$'), a reference whose rows
 * are relative. Given 'A$1:I$37' it writes the absolute `$A$1:$I$37` Excel itself writes; on reading it
 * gives 'A1:I37' back. So print areas are made absolute for the time of a write, then restored.
 */
export function absolutePrintArea(area: string): string {
  return area
    .split('&&')
    .map((part) => part.replace(/\$?([A-Z]{1,3})\$?(\d+)/g, '$1$$$2'))
    .join('&&');
}

export async function withAbsolutePrintAreas<T>(book: ExcelJS.Workbook, write: () => Promise<T>): Promise<T> {
  const saved = book.worksheets.map((ws) => ({ ws, area: ws.pageSetup.printArea }));
  for (const { ws, area } of saved) if (area) ws.pageSetup.printArea = absolutePrintArea(area);
  try {
    return await write();
  } finally {
    for (const { ws, area } of saved) ws.pageSetup.printArea = area;
  }
}
