import type { MergedGrid } from './mergedGrid';

/**
 * Header rows mapped to columns by their text, never by position: the overall form has
 * 执行率 before 分值, the project form 分值 before 执行率; users add or drop a reason column.
 */
export interface BudgetColumns {
  readonly row: number;
  /** Leftmost cell of the header row (the block label, or 资金来源). */
  readonly left: number;
  readonly right: number;
  readonly initial?: number;
  readonly planned: number;
  readonly actual: number;
  readonly rate?: number;
  readonly weight?: number;
  readonly score?: number;
  readonly reason?: number;
  /** The first amount column: row labels lie left of it. */
  readonly firstAmount: number;
}

export interface IndicatorColumns {
  readonly row: number;
  readonly left: number;
  readonly right: number;
  readonly level1?: number;
  readonly level2?: number;
  readonly name: number;
  readonly target: number;
  readonly actual: number;
  readonly weight: number;
  readonly score: number;
  readonly reason: number;
}

interface HeaderCell {
  readonly col: number;
  readonly key: string;
}

/** The own, non-empty cells of a row, left to right. */
export function headerCells(grid: MergedGrid, row: number, from = 1): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let col = Math.max(1, from); col <= grid.cols; col++) {
    if (!grid.isOwn(row, col)) continue;
    const key = grid.key(row, col);
    if (key !== '') cells.push({ col, key });
  }
  return cells;
}

type BudgetField = 'initial' | 'planned' | 'actual' | 'rate' | 'weight' | 'score' | 'reason';

function budgetFieldOf(key: string): BudgetField | null {
  if (key.includes('原因')) return 'reason';
  if (key.includes('年初预算')) return 'initial';
  if (key.includes('全年预算') || key === '预算数') return 'planned';
  if (key.includes('全年执行') || key === '执行数') return 'actual';
  if (key.includes('执行率')) return 'rate';
  if (key.includes('分值')) return 'weight';
  if (key.includes('得分')) return 'score';
  return null;
}

export function budgetColumnsAt(grid: MergedGrid, row: number): BudgetColumns | null {
  const cells = headerCells(grid, row);
  const found: Partial<Record<BudgetField, number>> = {};
  for (const { col, key } of cells) {
    const field = budgetFieldOf(key);
    if (field && found[field] === undefined) found[field] = col;
  }
  const { planned, actual } = found;
  if (planned === undefined || actual === undefined) return null;
  const used = Object.values(found) as number[];
  return {
    row,
    left: cells[0].col,
    right: Math.max(...used, cells[cells.length - 1].col),
    ...found,
    planned,
    actual,
    firstAmount: Math.min(planned, actual, found.initial ?? planned),
  };
}

type IndicatorField = 'level1' | 'level2' | 'name' | 'target' | 'actual' | 'weight' | 'score' | 'reason';

function indicatorFieldOf(key: string): IndicatorField | null {
  if (key.includes('原因')) return 'reason';
  if (key.includes('完成值')) return 'actual';
  if (key.includes('指标值')) return 'target';
  if (key.startsWith('一级指标')) return 'level1';
  if (key.startsWith('二级指标')) return 'level2';
  if (key.startsWith('三级指标')) return 'name';
  if (key.includes('分值') || key === '权重') return 'weight';
  if (key.includes('得分')) return 'score';
  return null;
}

/** A header row has 三级指标 and at least two more of the indicator headers. */
export function indicatorColumnsAt(grid: MergedGrid, row: number): IndicatorColumns | null {
  const cells = headerCells(grid, row);
  const found: Partial<Record<IndicatorField, number>> = {};
  for (const { col, key } of cells) {
    const field = indicatorFieldOf(key);
    if (field && found[field] === undefined) found[field] = col;
  }
  const { name } = found;
  if (name === undefined || Object.keys(found).length < 3) return null;
  // Missing data headers take the place they have in the standard form, right of 三级指标.
  const target = found.target ?? name + 1;
  const actual = found.actual ?? target + 1;
  const weight = found.weight ?? actual + 1;
  const score = found.score ?? weight + 1;
  const reason = found.reason ?? score + 1;
  const level2 = found.level2 ?? (name > 1 ? name - 1 : undefined);
  const level1 = found.level1 ?? (level2 !== undefined && level2 > 1 ? level2 - 1 : undefined);
  const cols = [name, target, actual, weight, score, reason];
  return {
    row,
    left: cells[0].col,
    right: Math.min(grid.cols, Math.max(...cols)),
    level1,
    level2,
    name,
    target,
    actual,
    weight,
    score,
    reason,
  };
}
