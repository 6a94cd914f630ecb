import {
  BooleanNumber,
  CellValueType,
  type ICellData,
  type IStyleData,
  type IWorksheetData,
} from '@univerjs/core';
import type { RangeBox } from '../../templates/a1';
import {
  type CellStyle,
  mergeStyle,
  type PlanValue,
  type PrintSetup,
  type SheetPlan,
} from '../../templates/plan';
import { univerStyle } from './cellStyle';
import { columnPx, rowPx, univerRange } from './units';

/** Univer's own defaults for a new sheet; a plan that reaches further gets a larger sheet. */
const MIN_ROWS = 1000;
const MIN_COLUMNS = 20;

/** Where a sheet keeps what Univer has no model for (print setup), in its custom metadata. */
export const SHEET_CUSTOM_KEY = 'jxzp';

export interface SheetCustom {
  /** The plan's print setup: Univer does not print; the page writes it into the .xlsx it saves. */
  readonly print?: PrintSetup;
}

export interface UniverSheetPlan {
  readonly sheet: Partial<IWorksheetData>;
  /** Styles by id, registered with the workbook before the sheet is inserted. */
  readonly styles: Readonly<Record<string, IStyleData>>;
  readonly rows: number;
  readonly columns: number;
}

/** FNV-1a: a short stable id per distinct style, so that inserting the same template twice shares styles. */
function styleId(json: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    h ^= json.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `jxzp-${(h >>> 0).toString(36)}`;
}

function cellOf(value: Exclude<PlanValue, null>): ICellData {
  if (typeof value === 'object') return { f: `=${value.formula}` };
  // An explicit type: a text that looks like a number or a formula stays text.
  return typeof value === 'number'
    ? { v: value, t: CellValueType.NUMBER }
    : { v: value, t: CellValueType.STRING };
}

function forEachCell(range: RangeBox, visit: (row: number, col: number) => void): void {
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) visit(row, col);
  }
}

/**
 * A plan as one Univer worksheet snapshot (0-based rows and columns): values, formulas, styles, merges,
 * sizes, hidden columns, frozen rows, the tag, and the print setup in the sheet's custom metadata. One
 * snapshot is one insert command, whatever the number of rows. Validations are added separately.
 */
export function planToSheet(plan: SheetPlan): UniverSheetPlan {
  const cells: Record<number, Record<number, ICellData>> = {};
  const at = (row: number, col: number): ICellData => {
    const line = (cells[row - 1] ??= {});
    return (line[col - 1] ??= {});
  };
  let rows = plan.tag.row;
  let columns = plan.tag.col;
  for (const block of plan.blocks) {
    block.values.forEach((line, i) =>
      line.forEach((value, j) => {
        if (value === null) return;
        const cell = at(block.top + i, block.left + j);
        delete cell.v;
        delete cell.t;
        delete cell.f;
        Object.assign(cell, cellOf(value));
        rows = Math.max(rows, block.top + i);
        columns = Math.max(columns, block.left + j);
      }),
    );
  }
  Object.assign(at(plan.tag.row, plan.tag.col), cellOf(plan.tag.text));

  const resolved = new Map<string, { row: number; col: number; style: CellStyle }>();
  for (const { range, style } of plan.styles) {
    forEachCell(range, (row, col) => {
      const key = `${row}:${col}`;
      const previous = resolved.get(key);
      resolved.set(key, { row, col, style: previous ? mergeStyle(previous.style, style) : style });
    });
  }
  const styles: Record<string, IStyleData> = {};
  const ids = new Map<string, string>();
  for (const { row, col, style } of resolved.values()) {
    const json = JSON.stringify(style);
    let id = ids.get(json);
    if (id === undefined) {
      id = styleId(json);
      ids.set(json, id);
      styles[id] = univerStyle(style);
    }
    at(row, col).s = id;
    rows = Math.max(rows, row);
    columns = Math.max(columns, col);
  }

  const columnData: Record<number, { w?: number; hd?: BooleanNumber }> = {};
  for (const { col, width } of plan.columnWidths)
    columnData[col - 1] = { ...columnData[col - 1], w: columnPx(width) };
  for (const col of plan.hiddenColumns)
    columnData[col - 1] = { ...columnData[col - 1], hd: BooleanNumber.TRUE };
  // `ia` off: a height we set is not recomputed from the text.
  const rowData: Record<number, { h: number; ia: BooleanNumber }> = {};
  for (const { row, height } of plan.rowHeights)
    rowData[row - 1] = { h: rowPx(height), ia: BooleanNumber.FALSE };

  const frozen = plan.freezeRows ?? 0;
  const custom: SheetCustom = { print: plan.print };
  return {
    styles,
    rows: Math.max(MIN_ROWS, rows),
    columns: Math.max(MIN_COLUMNS, columns),
    sheet: {
      cellData: cells,
      mergeData: plan.merges.map(univerRange),
      columnData,
      rowData,
      freeze:
        frozen > 0
          ? { xSplit: 0, ySplit: frozen, startRow: frozen, startColumn: -1 }
          : { xSplit: 0, ySplit: 0, startRow: -1, startColumn: -1 },
      custom: { [SHEET_CUSTOM_KEY]: custom },
    },
  };
}
