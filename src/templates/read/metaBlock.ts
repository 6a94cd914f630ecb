import type { CellInput } from '../../domain/model';
import type { IndicatorColumns } from './header';
import type { LabelMatch, Mark, MetaField } from './labels';
import { markAt } from './marks';
import { cellInput, type MergedGrid, type Pos } from './mergedGrid';

/** Where the labels of one table are: the first cell of each mark (meta fields, goals, totals). */
export type MarkIndex = Partial<Record<Mark, Pos & { readonly match: LabelMatch }>>;

/** Labels whose value may sit below them when a copied table put each cell on its own line. */
const VALUE_BELOW: ReadonlySet<MetaField> = new Set(['preparer', 'phone', 'date']);
const BELOW_ROWS = 3;

/** The first cell of each label in the table's rows (rows `skip` says are data are not searched). */
export function indexMarks(
  grid: MergedGrid,
  top: number,
  bottom: number,
  left: number,
  skip: (row: number) => boolean,
): MarkIndex {
  const index: MarkIndex = {};
  for (let row = top; row <= bottom; row++) {
    if (skip(row)) continue;
    for (let col = left; col <= grid.cols; col++) {
      const match = markAt(grid, row, col);
      if (match && !index[match.mark]) index[match.mark] = { row, col, match };
    }
  }
  return index;
}

/**
 * The value of a meta label: in the same cell after `：`, else the first non-empty cell to its right
 * (up to the next label), else — for 填报人, 联系电话, 填报日期 — the first non-empty cell below it.
 * Missing: an empty cell where the value would be.
 */
export function metaValue(
  grid: MergedGrid,
  marks: MarkIndex,
  field: MetaField,
  bottom: number,
): CellInput | undefined {
  const at = marks[field];
  if (!at) return undefined;
  if (at.match.value !== '') return cellInput(at.match.value, grid.addr(at.row, at.col));
  const start = (grid.mergeAt(at.row, at.col)?.right ?? at.col) + 1;
  for (let col = start; col <= grid.cols; col++) {
    if (grid.blank(at.row, col)) continue;
    if (markAt(grid, at.row, col)) break;
    return grid.input(at.row, col);
  }
  if (VALUE_BELOW.has(field)) {
    const below = (grid.mergeAt(at.row, at.col)?.bottom ?? at.row) + 1;
    for (let row = below; row <= Math.min(bottom, below + BELOW_ROWS - 1); row++) {
      if (grid.blank(row, at.col)) continue;
      if (markAt(grid, row, at.col)) break;
      return grid.input(row, at.col);
    }
  }
  return cellInput(null, grid.addr(at.row, start));
}

export interface Totals {
  readonly weight?: CellInput;
  readonly score?: CellInput;
  readonly grade?: CellInput;
}

/**
 * 总分 (合计, 总计) below the indicators: its 分值- and 得分-column cells; 评价等级: its 得分-column cell;
 * 自评总分 above them (重庆): the value right of the label. Undefined when there is none of these.
 */
export function readTotals(
  grid: MergedGrid,
  marks: MarkIndex,
  cols: IndicatorColumns | undefined,
): Totals | undefined {
  if (!cols) return undefined;
  const total = marks.total && marks.total.row > cols.row ? marks.total : undefined;
  const top = marks.total && marks.total.row < cols.row ? marks.total : undefined;
  const grade = marks.grade && marks.grade.row > cols.row ? marks.grade : undefined;
  if (!total && !grade && !top) return undefined;
  const totals: { weight?: CellInput; score?: CellInput; grade?: CellInput } = {};
  if (total) {
    totals.weight = grid.input(total.row, cols.weight);
    totals.score = grid.input(total.row, cols.score);
  } else if (top) {
    totals.score = valueRightOf(grid, top);
  }
  if (grade) totals.grade = grid.input(grade.row, cols.score);
  return totals;
}

/** The first non-empty cell right of a label (up to the next label), else the empty cell next to it. */
function valueRightOf(grid: MergedGrid, at: Pos): CellInput {
  const start = (grid.mergeAt(at.row, at.col)?.right ?? at.col) + 1;
  for (let col = start; col <= grid.cols; col++) {
    if (grid.blank(at.row, col)) continue;
    if (markAt(grid, at.row, col)) break;
    return grid.input(at.row, col);
  }
  return cellInput(null, grid.addr(at.row, start));
}
