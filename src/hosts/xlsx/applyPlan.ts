import type ExcelJS from 'exceljs';
import { mergeStyle, type CellStyle, type PlanValue, type SheetPlan } from '../../templates/plan';
import { excelStyle } from './cellStyle';
import { pageSetupOf } from './pageSetup';
import { addValidations } from './validations';

/** Row/column → one number, for the per-cell style map (Excel has at most 16384 columns). */
const key = (row: number, col: number): number => row * 16384 + col;

function cellValue(value: Exclude<PlanValue, null>): ExcelJS.CellValue {
  // No cached result: spreadsheet engines (Excel with fullCalcOnLoad, LibreOffice, WPS) compute it on open.
  return typeof value === 'object' ? { formula: value.formula } : value;
}

/** Each cell's final style: the plan's rules in order, each setting only what it names. */
function resolveStyles(plan: SheetPlan): Map<number, { row: number; col: number; style: CellStyle }> {
  const cells = new Map<number, { row: number; col: number; style: CellStyle }>();
  for (const { range, style } of plan.styles) {
    for (let row = range.top; row <= range.bottom; row++) {
      for (let col = range.left; col <= range.right; col++) {
        const k = key(row, col);
        const previous = cells.get(k);
        cells.set(k, { row, col, style: previous ? mergeStyle(previous.style, style) : style });
      }
    }
  }
  return cells;
}

/**
 * Writes a plan into a new, empty worksheet: values, formulas, merges, styles, sizes, hidden columns,
 * validations, print setup, frozen rows and the tag. Values before merges (ExcelJS redirects a write to
 * a merged cell to its master), styles after (every cell of a merge keeps its own borders).
 */
export function applyPlanTo(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  // Later blocks win, cell by cell; null writes nothing.
  const written = new Map<number, { row: number; col: number; value: Exclude<PlanValue, null> }>();
  for (const block of plan.blocks) {
    block.values.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value !== null)
          written.set(key(block.top + i, block.left + j), { row: block.top + i, col: block.left + j, value });
      }),
    );
  }
  for (const { row, col, value } of written.values()) ws.getCell(row, col).value = cellValue(value);
  ws.getCell(plan.tag.row, plan.tag.col).value = plan.tag.text;
  for (const m of plan.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);

  // Identical plan styles share their nested ExcelJS objects; each cell still gets its own top-level one.
  const converted = new Map<string, Partial<ExcelJS.Style>>();
  const styles = resolveStyles(plan);
  for (const { row, col, style } of styles.values()) {
    const id = JSON.stringify(style);
    let excel = converted.get(id);
    if (excel === undefined) {
      excel = excelStyle(style);
      converted.set(id, excel);
    }
    ws.getCell(row, col).style = { ...excel };
  }

  for (const { col, width } of plan.columnWidths) ws.getColumn(col).width = width;
  for (const { row, height } of plan.rowHeights) ws.getRow(row).height = height;
  for (const col of plan.hiddenColumns) ws.getColumn(col).hidden = true;
  addValidations(ws, plan.validations);
  ws.pageSetup = { ...ws.pageSetup, ...pageSetupOf(plan.print) };
  const frozen = plan.freezeRows ?? 0;
  ws.views =
    frozen > 0
      ? [{ state: 'frozen', xSplit: 0, ySplit: frozen, topLeftCell: `A${frozen + 1}`, activeCell: 'A1' }]
      : [{ state: 'normal', activeCell: 'A1' }];
}
