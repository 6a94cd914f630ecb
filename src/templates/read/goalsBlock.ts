import type { CellInput } from '../../domain/model';
import { rowHasMark } from './marks';
import { cellInput, type MergedGrid } from './mergedGrid';
import type { MarkIndex } from './metaBlock';

export interface GoalInput {
  readonly planned: CellInput;
  readonly achieved: CellInput;
}

const END = new Set([
  'indicatorBlock',
  'goalsBlock',
  'functions',
  'unit',
  'budgetBlock',
  'total',
  'grade',
  'preparer',
  'phone',
  'date',
]);
const MAX_GOALS = 50;

/**
 * The rows under 年初设定目标 | 目标完成情况 (预期目标 | 实际完成情况 in the project form) until the
 * next block. An unfilled form still gives one goal of empty cells, so that its absence has an address.
 */
export function readGoals(grid: MergedGrid, marks: MarkIndex, left: number, end: number): GoalInput[] {
  const header = marks.goalPlanned;
  if (!header) return [];
  const achieved =
    marks.goalAchieved && marks.goalAchieved.row === header.row ? marks.goalAchieved : undefined;
  const below = (grid.mergeAt(header.row, header.col)?.bottom ?? header.row) + 1;
  const goals: GoalInput[] = [];
  let empty: GoalInput | undefined;
  for (let row = below; row <= Math.min(end, below + MAX_GOALS - 1); row++) {
    if (rowHasMark(grid, row, left, grid.cols, END)) break;
    const goal = {
      planned: grid.input(row, header.col),
      achieved: achieved ? grid.input(row, achieved.col) : cellInput(null, undefined),
    };
    if (grid.blank(row, header.col) && (!achieved || grid.blank(row, achieved.col))) {
      if (goals.length > 0) break;
      empty ??= goal;
      continue;
    }
    goals.push(goal);
  }
  return goals.length > 0 ? goals : empty ? [empty] : [];
}
