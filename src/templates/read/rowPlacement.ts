import { isPlaceholder } from '../../domain/parse/placeholders';
import type { IndicatorColumns } from './header';
import { isLevel1Label, isLevel2Label } from './labels';
import type { MergedGrid } from './mergedGrid';

/**
 * Where the six data cells of an indicator row are. Normally under their headers; but a table copied
 * from a web page or a document loses its merged cells, and its rows then start with the 二级 or
 * 一级 label in whatever column comes first (`生态效益指标 | | 化解了… | 化解了… | 非访数量减少45% | 10 | 10`).
 * Such a row is placed by trying the header columns and the runs of cells right of its labels, and
 * keeping the placement that leaves no cell behind and puts numbers under 分值 and 得分.
 */
export const FIELDS = [
  'name',
  'target',
  'actual',
  'weight',
  'score',
  'reason',
  'nature',
  'unit',
  'adjustedTarget',
  'coefficient',
] as const;
export type Field = (typeof FIELDS)[number];
/** Column of each field the form has (a form may have no 原因, 指标性质… column). */
export type Placement = Readonly<Record<'name' | 'target' | 'actual' | 'weight' | 'score', number>> &
  Readonly<Partial<Record<Field, number>>>;

export interface LabelCell {
  readonly col: number;
  readonly level: 1 | 2 | null;
}

export interface RowPlacement {
  readonly fields: Placement;
  readonly level1?: LabelCell;
  readonly level2?: LabelCell;
  /** The labels were not in their columns. */
  readonly displaced: boolean;
  /** The chosen placement leaves a cell out, or puts text under 分值 or 得分. */
  readonly misfit: boolean;
}

/** Empty runs a flattened row may carry between its label and its data. */
const MAX_SKIP = 3;

const placements = new WeakMap<IndicatorColumns, Placement>();

/** The fields under their headers (one object per header row). */
export function headerPlacement(cols: IndicatorColumns): Placement {
  let placement = placements.get(cols);
  if (!placement) {
    placement = {
      name: cols.name,
      target: cols.target,
      actual: cols.actual,
      weight: cols.weight,
      score: cols.score,
      reason: cols.reason,
      nature: cols.nature,
      unit: cols.unit,
      adjustedTarget: cols.adjustedTarget,
      coefficient: cols.coefficient,
    };
    placements.set(cols, placement);
  }
  return placement;
}

/** The columns a placement uses. */
export function placedColumns(p: Placement): number[] {
  const out: number[] = [];
  for (const f of FIELDS) {
    const col = p[f];
    if (col !== undefined) out.push(col);
  }
  return out;
}

/** The header's columns moved so that 三级指标 lands at `start`: a flattened row keeps the header's order. */
function runFrom(header: Placement, start: number): Placement {
  const delta = start - header.name;
  const moved: Partial<Record<Field, number>> = {};
  for (const f of FIELDS) {
    const col = header[f];
    if (col !== undefined) moved[f] = col + delta;
  }
  return moved as Placement;
}

/** Own non-empty cells left of 三级指标, recognised as 一级 or 二级 labels when they are. */
export function labelCells(grid: MergedGrid, cols: IndicatorColumns, row: number): LabelCell[] {
  const cells: LabelCell[] = [];
  for (let col = cols.left; col < cols.name; col++) {
    if (!grid.isOwn(row, col) || grid.blank(row, col)) continue;
    const key = grid.key(row, col);
    cells.push({ col, level: isLevel1Label(key) ? 1 : isLevel2Label(key) ? 2 : null });
  }
  return cells;
}

/** +3 for a number or a placeholder, 0 when empty, −3 for words. */
function numberScore(grid: MergedGrid, row: number, col: number): number {
  const raw = grid.value(row, col);
  if (typeof raw === 'number') return 3;
  const key = grid.key(row, col);
  if (key === '') return 0;
  return isPlaceholder(key) || /^[-+]?\d+(\.\d+)?分?$/.test(key) ? 3 : -3;
}

interface Fit {
  readonly value: number;
  readonly lost: number;
  readonly weightScore: number;
  readonly scoreScore: number;
}

function fit(
  grid: MergedGrid,
  cols: IndicatorColumns,
  row: number,
  p: Placement,
  labels: readonly number[],
): Fit {
  const placed = placedColumns(p);
  const used = new Set<number>([...labels, ...placed]);
  let lost = 0;
  for (let col = cols.left; col <= Math.min(grid.cols, Math.max(cols.right, ...placed)); col++) {
    if (!used.has(col) && grid.isOwn(row, col) && !grid.blank(row, col)) lost += 1;
  }
  const weightScore = numberScore(grid, row, p.weight);
  const scoreScore = numberScore(grid, row, p.score);
  const words = (grid.blank(row, p.name) ? 0 : 1) + (grid.blank(row, p.target) ? 0 : 1);
  return { value: -10 * lost + weightScore + scoreScore + words, lost, weightScore, scoreScore };
}

/** The row's placement: under the headers, or re-aligned after labels out of their columns. */
export function placeRow(grid: MergedGrid, cols: IndicatorColumns, row: number): RowPlacement {
  const labels = labelCells(grid, cols, row);
  const level1 = labels.find((l) => l.level === 1);
  const level2 = labels.find((l) => l.level === 2);
  const displaced =
    (level1 !== undefined && level1.col !== cols.level1) ||
    (level2 !== undefined && level2.col !== cols.level2);
  const fields = headerPlacement(cols);
  if (!displaced) return { fields, level1, level2, displaced, misfit: false };

  const labelCols = [level1?.col, level2?.col].filter((c): c is number => c !== undefined);
  const after = Math.max(...labelCols) + 1;
  const candidates: Placement[] = [fields];
  for (let skip = 0; skip <= MAX_SKIP && after + skip + 4 <= grid.cols; skip++) {
    if (skip > 0 && !grid.blank(row, after + skip - 1)) break;
    candidates.push(runFrom(fields, after + skip));
  }
  let best = candidates[0];
  let bestFit = fit(grid, cols, row, best, labelCols);
  for (const candidate of candidates.slice(1)) {
    const f = fit(grid, cols, row, candidate, labelCols);
    if (f.value > bestFit.value) {
      best = candidate;
      bestFit = f;
    }
  }
  const misfit = bestFit.lost > 0 || bestFit.weightScore < 0 || bestFit.scoreScore < 0;
  return { fields: best, level1, level2, displaced, misfit };
}
