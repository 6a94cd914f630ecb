import { a1, type RangeBox } from '../../templates/a1';
import type { RawValue } from '../../domain/cellValue.types';
import { GRID_LIMITS, type Grid } from '../../templates/grid';
import { HostUsageError } from '../errors';
import { parseBox } from './addresses';
import { readCell } from './cellValues';
import { XL_BY_COLUMNS, XL_BY_ROWS, XL_FORMULAS, XL_PART, XL_PREVIOUS } from './constants';
import type { EtRange, EtWorksheet } from './et';
import { toMatrix } from './shape';

/** Where the sheet's used cells end: from UsedRange, or, past GRID_LIMITS, from the last cell holding something. */
function readExtent(sheet: EtWorksheet): { rows: number; cols: number; beyond: boolean } {
  const used = parseBox(sheet.UsedRange.Address(false, false));
  if (!used) throw new HostUsageError('ET gave UsedRange an address that is not one block');
  if (used.bottom <= GRID_LIMITS.rows && used.right <= GRID_LIMITS.cols) {
    return { rows: used.bottom, cols: used.right, beyond: false };
  }
  // UsedRange also counts formatted cells: a whole formatted column must not read as a million rows.
  const cells = sheet.Cells;
  const byRows = cells.Find('*', undefined, XL_FORMULAS, XL_PART, XL_BY_ROWS, XL_PREVIOUS);
  if (!byRows) return { rows: 0, cols: 0, beyond: false };
  const byCols = cells.Find('*', undefined, XL_FORMULAS, XL_PART, XL_BY_COLUMNS, XL_PREVIOUS);
  const rows = byRows.Row;
  const cols = byCols.Column;
  return { rows, cols, beyond: rows > GRID_LIMITS.rows || cols > GRID_LIMITS.cols };
}

/**
 * Values, formulas and merged areas of the sheet from A1: Value2 and Formula of the whole block (one
 * call each), and the merged areas from `mergesOf` — never a call per cell or per row.
 */
export function readGrid(
  name: string,
  sheet: EtWorksheet,
  mergesOf: (block: EtRange, box: RangeBox) => readonly RangeBox[],
): Grid {
  const extent = readExtent(sheet);
  const rows = Math.min(extent.rows, GRID_LIMITS.rows);
  const cols = Math.min(extent.cols, GRID_LIMITS.cols);
  if (rows === 0 || cols === 0) return { sheet: name, values: [], formulas: [], merges: [] };
  const box = { top: 1, left: 1, bottom: rows, right: cols };
  const block = sheet.Range(`A1:${a1(rows, cols)}`);
  const value2 = toMatrix(block.Value2, rows, cols);
  const formula = toMatrix(block.Formula, rows, cols);
  const values: RawValue[][] = [];
  const formulas: (string | null)[][] = [];
  let last = 0;
  let width = 0;
  for (let r = 0; r < rows; r++) {
    const rowValues: RawValue[] = [];
    const rowFormulas: (string | null)[] = [];
    for (let c = 0; c < cols; c++) {
      const cell = readCell(value2[r][c], formula[r][c]);
      rowValues.push(cell.value);
      rowFormulas.push(cell.formula);
      if (cell.value !== null || cell.formula !== null) {
        last = r + 1;
        width = Math.max(width, c + 1);
      }
    }
    values.push(rowValues);
    formulas.push(rowFormulas);
  }
  const merges = mergesOf(block, box).filter((m) => m.top <= rows && m.left <= cols);
  const grid: Grid = {
    sheet: name,
    values: values.slice(0, last).map((row) => row.slice(0, width)),
    formulas: formulas.slice(0, last).map((row) => row.slice(0, width)),
    merges,
  };
  return extent.beyond ? { ...grid, extent: { rows: extent.rows, cols: extent.cols } } : grid;
}
