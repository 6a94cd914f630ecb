import type ExcelJS from 'exceljs';
import type { RawValue } from '../../domain/cellValue.types';
import { GRID_LIMITS, type Grid } from '../../templates/grid';
import { rawValue } from './cellValue';
import { mergeBoxes } from './exceljsInternals';

interface ReadCell {
  readonly row: number;
  readonly col: number;
  readonly value: RawValue;
  readonly formula: string | null;
}

/** A merged cell other than the top-left one: hosts read it as empty, the merge says where it belongs. */
function isMergeContinuation(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

function readCell(cell: ExcelJS.Cell, row: number, col: number): ReadCell | null {
  if (isMergeContinuation(cell)) return null;
  const formula = typeof cell.formula === 'string' && cell.formula !== '' ? cell.formula : null;
  // `cell.result`, not `cell.value.result`: ExcelJS's value copy drops falsy results (0, '').
  const read = formula === null ? rawValue(cell.value) : rawValue(cell.result);
  // An empty cell is null (grid.ts); a formula showing "" (our blank-while-empty formulas) is one too.
  const value = read === '' ? null : read;
  if (value === null && formula === null) return null;
  return { row, col, value, formula };
}

/**
 * The sheet's values and formulas from A1 to the last cell holding either (formatting alone does not
 * count), clipped to GRID_LIMITS, and its merges — see templates/grid.ts.
 */
export function readGridOf(ws: ExcelJS.Worksheet): Grid {
  const cells: ReadCell[] = [];
  let rows = 0;
  let cols = 0;
  let lastRow = 0;
  let lastCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const read = readCell(cell, r, c);
      if (read === null) return;
      lastRow = Math.max(lastRow, r);
      lastCol = Math.max(lastCol, c);
      if (r > GRID_LIMITS.rows || c > GRID_LIMITS.cols) return;
      cells.push(read);
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    });
  });
  const values: RawValue[][] = Array.from({ length: rows }, () => new Array<RawValue>(cols).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: rows }, () =>
    new Array<string | null>(cols).fill(null),
  );
  for (const { row, col, value, formula } of cells) {
    values[row - 1][col - 1] = value;
    formulas[row - 1][col - 1] = formula;
  }
  return {
    sheet: ws.name,
    values,
    formulas,
    merges: mergeBoxes(ws).sort((a, b) => a.top - b.top || a.left - b.left),
    ...(lastRow > rows || lastCol > cols ? { extent: { rows: lastRow, cols: lastCol } } : {}),
  };
}
