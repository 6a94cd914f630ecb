import { mergeStyle, type SheetPlan } from '../../templates/plan';
import type { MemorySheet } from './memorySheet';

/** Writes a plan into a new, empty sheet: values, formulas, merges, styles, sizes, validations, print setup, tag. */
export function writePlan(sheet: MemorySheet, plan: SheetPlan): void {
  for (const block of plan.blocks) {
    block.values.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value === null) return;
        const cell = sheet.at(block.top + i, block.left + j);
        if (typeof value === 'object') {
          cell.formula = value.formula;
          cell.value = null;
        } else {
          cell.value = value;
        }
      }),
    );
  }
  sheet.merges.push(...plan.merges);
  for (const { range, style } of plan.styles) {
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        const cell = sheet.at(r, c);
        cell.style = mergeStyle(cell.style, style);
      }
    }
  }
  for (const { col, width } of plan.columnWidths) sheet.columnWidths.set(col, width);
  for (const { row, height } of plan.rowHeights) sheet.rowHeights.set(row, height);
  for (const col of plan.hiddenColumns) sheet.hiddenColumns.add(col);
  sheet.validations.push(...plan.validations);
  sheet.print = plan.print;
  sheet.freezeRows = plan.freezeRows ?? 0;
  sheet.at(plan.tag.row, plan.tag.col).value = plan.tag.text;
}
