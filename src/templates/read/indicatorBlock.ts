import type { Draft } from '../../domain/findings/finding';
import type { CellInput, IndicatorInput } from '../../domain/model';
import type { IndicatorColumns } from './header';
import { isSubtotalLabel } from './labels';
import { LevelCarry } from './levels';
import { isBlankRow, rowHasMark } from './marks';
import type { MergedGrid } from './mergedGrid';
import { FIELDS, placeRow, type RowPlacement } from './rowPlacement';
import { unreadable } from './unreadable';

/** Rows that end the indicator block (and, without a title between them, the table). */
const END = new Set([
  'total',
  'grade',
  'preparer',
  'phone',
  'date',
  'budgetBlock',
  'goalsBlock',
  'functions',
  'unit',
  'supervisor',
]);
const MAX_BLANK_RUN = 3;

export interface IndicatorRead {
  readonly indicators: IndicatorInput[];
  readonly findings: Draft[];
  /** The row that ended the block (总分, 填报人…) or the row after the table. */
  readonly end: number;
}

/**
 * Every row under the 一级指标 … header until 总分 / 评价等级 / 填报 or the end of the table:
 * subtotal (小计) rows and empty rows skipped, rows of `/` kept.
 */
export function readIndicators(grid: MergedGrid, cols: IndicatorColumns, bottom: number): IndicatorRead {
  const indicators: IndicatorInput[] = [];
  const findings: Draft[] = [];
  const levels = new LevelCarry();
  let blankRun = 0;
  let row = cols.row + 1;
  for (; row <= bottom; row++) {
    if (rowHasMark(grid, row, cols.left, cols.name, END)) break;
    if (isBlankRow(grid, row, cols.left, cols.right)) {
      if (++blankRun >= MAX_BLANK_RUN) break;
      continue;
    }
    blankRun = 0;
    if (isSubtotalRow(grid, cols, row)) continue;
    const placed = placeRow(grid, cols, row);
    const level1 = placed.displaced
      ? displacedLevel(grid, levels, 1, row, cols, placed)
      : levels.read(grid, 1, row, cols.level1);
    const level2 = placed.displaced
      ? displacedLevel(grid, levels, 2, row, cols, placed)
      : levels.read(grid, 2, row, cols.level2);
    const f = placed.fields;
    if (FIELDS.every((k) => grid.blank(row, f[k]))) {
      if (hasStrayText(grid, cols, row, placed)) findings.push(unreadable(grid, row, cols.left, cols.right));
      continue;
    }
    const indicator: IndicatorInput = {
      level1,
      level2,
      name: grid.input(row, f.name),
      target: grid.input(row, f.target),
      actual: grid.input(row, f.actual),
      weight: grid.input(row, f.weight),
      score: grid.input(row, f.score),
      reason: grid.input(row, f.reason),
      row,
      ...(placed.misfit ? { misfit: true } : {}),
    };
    indicators.push(indicator);
  }
  return { indicators, findings, end: row };
}

function displacedLevel(
  grid: MergedGrid,
  levels: LevelCarry,
  level: 1 | 2,
  row: number,
  cols: IndicatorColumns,
  placed: RowPlacement,
): CellInput {
  const found = level === 1 ? placed.level1 : placed.level2;
  if (found) return levels.set(level, grid.input(row, found.col));
  return levels.carried(grid, level, row, level === 1 ? cols.level1 : cols.level2);
}

function isSubtotalRow(grid: MergedGrid, cols: IndicatorColumns, row: number): boolean {
  for (let col = cols.left; col <= cols.name; col++) {
    if (isSubtotalLabel(grid.key(row, col))) return true;
  }
  return false;
}

/** Own text in the row that is neither a level label nor under a field: a row we cannot place. */
function hasStrayText(grid: MergedGrid, cols: IndicatorColumns, row: number, placed: RowPlacement): boolean {
  const known = new Set([cols.level1, cols.level2, placed.level1?.col, placed.level2?.col]);
  for (let col = cols.left; col <= cols.right; col++) {
    if (known.has(col) || !grid.isOwn(row, col) || grid.blank(row, col)) continue;
    if (col === cols.left && grid.key(row, col).endsWith('绩效指标')) continue;
    return true;
  }
  return false;
}
