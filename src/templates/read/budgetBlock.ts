import type { BudgetRowInput, BudgetRowKey, CellInput } from '../../domain/model';
import type { Draft } from '../../domain/findings/finding';
import type { BudgetColumns } from './header';
import { budgetKeyOf } from './labels';
import { isBlankRow, markAt, rowHasMark } from './marks';
import { cellInput, type MergedGrid } from './mergedGrid';
import { unreadable } from './unreadable';

/** Labels that end the budget block: the blocks and meta rows that follow it in either form. */
const NEXT_BLOCK = new Set([
  'functions',
  'goalsBlock',
  'goalPlanned',
  'goalAchieved',
  'indicatorBlock',
  'unit',
  'project',
  'supervisor',
  'implementer',
  'independentUnits',
  'total',
  'grade',
  'preparer',
  'phone',
  'date',
  'footer',
]);
const MAX_BLANK_RUN = 3;
/** Row labels sit left of the amounts; a copied table may push them one or two columns right. */
const LABEL_SLACK = 2;

export interface BudgetRead {
  readonly rows: BudgetRowInput[];
  readonly findings: Draft[];
  /** The row after the block. */
  readonly end: number;
}

interface RowLabel {
  readonly col: number;
  readonly key: BudgetRowKey;
  readonly text: string;
}

function rowLabel(grid: MergedGrid, row: number, cols: BudgetColumns, left: number): RowLabel | null {
  const last = Math.min(grid.cols, cols.firstAmount + LABEL_SLACK);
  for (let col = left; col <= last; col++) {
    const raw = grid.value(row, col);
    if (typeof raw !== 'string') continue;
    if (markAt(grid, row, col)?.mark === 'budgetBlock') continue;
    const key = budgetKeyOf(grid.key(row, col));
    if (key) return { col: grid.origin(row, col).col, key, text: raw.trim() };
  }
  return null;
}

/**
 * The rows under the 全年预算数 header until the next block. Each row is keyed by the text left of
 * its first amount (`其中 | 财政拨款` in two cells or `其中：财政拨款` in one); a row whose label sits
 * where the header has its first amount (a flattened copy) has its amounts one column further right.
 */
export function readBudget(grid: MergedGrid, cols: BudgetColumns, left: number, bottom: number): BudgetRead {
  const rows: BudgetRowInput[] = [];
  const findings: Draft[] = [];
  const right = Math.max(cols.right, cols.firstAmount + LABEL_SLACK);
  let blankRun = 0;
  let row = cols.row + 1;
  for (; row <= bottom; row++) {
    // A row label first: 合计 is 贵州's total row, not the 总分 that ends a table.
    const label = rowLabel(grid, row, cols, left) ?? unlabelledTotal(grid, row, cols, rows.length);
    if (!label && rowHasMark(grid, row, left, right, NEXT_BLOCK)) break;
    if (!label) {
      if (isBlankRow(grid, row, left, right) || isLabelOnly(grid, row, cols)) {
        if (++blankRun >= MAX_BLANK_RUN && !budgetRowFollows(grid, row, cols, left, bottom)) break;
        continue;
      }
      if (hasAmount(grid, row, cols)) {
        findings.push(unreadable(grid, row, left, right));
        continue;
      }
      break;
    }
    blankRun = 0;
    const shift = label.col >= cols.firstAmount ? label.col - cols.firstAmount + 1 : 0;
    const at = (col: number | undefined): CellInput | undefined =>
      col === undefined ? undefined : grid.input(row, col + shift);
    rows.push(
      withoutUndefined({
        key: label.key,
        label: label.text,
        initial: at(cols.initial),
        planned: grid.input(row, cols.planned + shift),
        actual: grid.input(row, cols.actual + shift),
        rate: at(cols.rate),
        weight: at(cols.weight) ?? declaredWeight(grid, cols, label.key),
        score: at(cols.score),
        reason: at(cols.reason),
      }),
    );
    if (shift === 0) findings.push(...unlabelledAmounts(grid, row, cols));
  }
  return { rows, findings, end: row };
}

/** Values typed right of the row labels in a column the header does not name: not read, and said so. */
function unlabelledAmounts(grid: MergedGrid, row: number, cols: BudgetColumns): Draft[] {
  const out: Draft[] = [];
  for (let col = cols.firstAmount; col <= cols.right; col++) {
    if (!grid.blank(cols.row, col) || !grid.isOwn(row, col) || grid.blank(row, col)) continue;
    out.push({
      code: 'value-unlabelled',
      cell: grid.addr(row, col),
      params: { text: String(grid.raw(row, col)).trim() },
    });
  }
  return out;
}

/**
 * 重庆 prints one row of amounts under the header and labels it only with the block's label merged
 * down beside both: that row is the total.
 */
function unlabelledTotal(grid: MergedGrid, row: number, cols: BudgetColumns, read: number): RowLabel | null {
  if (read > 0 || !hasAmount(grid, row, cols)) return null;
  for (let r = cols.row + 1; r < row; r++) if (!isBlankRow(grid, r, cols.left, cols.right)) return null;
  const merge = grid.mergeAt(cols.row, cols.left);
  if (!merge || merge.bottom < row || cols.left >= cols.firstAmount) return null;
  const text = String(grid.raw(merge.top, merge.left) ?? '').trim();
  return { col: cols.left, key: 'total', text };
}

/** The total row's points where the form has no 分值 column but its header says them (湖北's 20分). */
function declaredWeight(grid: MergedGrid, cols: BudgetColumns, key: BudgetRowKey): CellInput | undefined {
  const d = cols.declaredWeight;
  return d && key === 'total' ? cellInput(d.points, grid.addr(cols.row, d.col)) : undefined;
}

/** Empty rows inside the block: the block goes on when the next row that is not empty is a fund row. */
function budgetRowFollows(
  grid: MergedGrid,
  row: number,
  cols: BudgetColumns,
  left: number,
  bottom: number,
): boolean {
  for (let r = row + 1; r <= bottom; r++) {
    if (isBlankRow(grid, r, left, cols.right)) continue;
    return rowLabel(grid, r, cols, left) !== null;
  }
  return false;
}

/** Only merged-down cells (年度预算申请, 其中) and nothing typed in the amount columns. */
function isLabelOnly(grid: MergedGrid, row: number, cols: BudgetColumns): boolean {
  return !hasAmount(grid, row, cols) && !hasOwnText(grid, row, cols);
}

function hasOwnText(grid: MergedGrid, row: number, cols: BudgetColumns): boolean {
  for (let col = cols.left; col <= cols.right; col++) {
    if (grid.isOwn(row, col) && !grid.blank(row, col)) return true;
  }
  return false;
}

function hasAmount(grid: MergedGrid, row: number, cols: BudgetColumns): boolean {
  for (const col of [cols.initial, cols.planned, cols.actual]) {
    if (col !== undefined && grid.isOwn(row, col) && !grid.blank(row, col)) return true;
  }
  return false;
}

function withoutUndefined(row: BudgetRowInput): BudgetRowInput {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (v !== undefined) out[k] = v;
  return out as BudgetRowInput;
}
