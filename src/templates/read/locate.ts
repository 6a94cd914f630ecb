import type { TableKind } from '../../domain/model';
import {
  budgetColumnsAt,
  indicatorHeaderAt,
  isBudgetAmountHeader,
  isIndicatorNameHeader,
  type BudgetColumns,
  type IndicatorHeader,
} from './header';
import { titleKind, yearIn } from './labels';
import type { MergedGrid, Pos } from './mergedGrid';

/** One table found on the sheet: the rows it spans and its blocks' header rows. */
export interface TableRegion {
  readonly kind: TableKind;
  readonly top: number;
  /** Last row (inclusive). */
  readonly bottom: number;
  readonly left: number;
  /** The first row above the table that no other table holds: where its heading lines may be. */
  readonly headTop: number;
  readonly title?: Pos;
  readonly budget?: BudgetColumns;
  readonly indicators?: IndicatorHeader;
}

interface Title extends Pos {
  /** null: a title that does not say which form (`绩效目标自评表`); the blocks decide. */
  readonly kind: TableKind | null;
}

type Anchor =
  | { readonly type: 'budget'; readonly cols: BudgetColumns }
  | { readonly type: 'indicators'; readonly cols: IndicatorHeader };

interface Found {
  readonly titles: Title[];
  readonly anchors: Anchor[];
  /** Rows holding a label only the project form has (项目名称, 项目资金). */
  readonly projectRows: number[];
  /** Rows holding 部门（单位）名称 / 项目名称: where an untitled table starts. */
  readonly unitRows: number[];
}

/** Only short texts can be titles or headers; longer ones are skipped without folding them. */
const SHORT = 80;
/** Every title, header and label the scan looks for has one of these characters. */
const MAY_MATTER = /[表全级项名算执]/;
/** A block label left of a second indicator header that continues the table (湖北's 年度绩效目标2). */
const CONTINUED_BLOCK = '年度绩效目标';

function anchorRow(a: Anchor): number {
  return a.cols.row;
}

function scan(grid: MergedGrid): Found {
  const found: Found = { titles: [], anchors: [], projectRows: [], unitRows: [] };
  for (let row = 1; row <= grid.rows; row++) {
    let budgetWords = 0;
    let indicatorWords = false;
    let title: Title | null = null;
    let titled = false;
    for (let col = 1; col <= grid.cols; col++) {
      const raw = grid.raw(row, col);
      if (typeof raw !== 'string' || raw.length > SHORT || !MAY_MATTER.test(raw) || !grid.isOwn(row, col))
        continue;
      const key = grid.key(row, col);
      if (key === '') continue;
      const kind = titleKind(key);
      if (kind !== undefined && !titled) {
        title = { row, col, kind };
        titled = true;
      }
      if (isBudgetAmountHeader(key)) budgetWords += 1;
      if (isIndicatorNameHeader(key)) indicatorWords = true;
      if (key.startsWith('项目名称') || key.startsWith('项目资金')) found.projectRows.push(row);
      if (key.startsWith('项目名称') || key.startsWith('部门(单位)名称') || key.startsWith('单位名称'))
        found.unitRows.push(row);
    }
    if (title) found.titles.push(title);
    const budget = budgetWords >= 2 ? budgetColumnsAt(grid, row) : null;
    if (budget) found.anchors.push({ type: 'budget', cols: budget });
    const indicators = indicatorWords ? indicatorHeaderAt(grid, row) : null;
    if (indicators) found.anchors.push({ type: 'indicators', cols: indicators });
  }
  return found;
}

interface Span {
  readonly top: number;
  readonly bottom: number;
  readonly title?: Title;
}

function hasYear(grid: MergedGrid, row: number): boolean {
  for (let col = 1; col <= grid.cols; col++) {
    if (grid.isOwn(row, col) && typeof grid.raw(row, col) === 'string' && yearIn(grid.key(row, col)) !== null)
      return true;
  }
  return false;
}

function kindOf(span: Span, found: Found, budget?: BudgetColumns, indicators?: IndicatorHeader): TableKind {
  if (span.title?.kind) return span.title.kind;
  if (budget?.initial !== undefined) return 'project';
  if (found.projectRows.some((r) => r >= span.top && r <= span.bottom)) return 'project';
  // 年度指标值 / 实际完成值 are the project form's words; the overall form says 指标值 / 完成值.
  if (indicators?.keys.some((k) => k.startsWith('年度指标值'))) return 'project';
  return 'overall';
}

function region(span: Span, anchors: readonly Anchor[], found: Found): TableRegion {
  const budget = anchors.find((a): a is Extract<Anchor, { type: 'budget' }> => a.type === 'budget')?.cols;
  const indicators = anchors.find(
    (a): a is Extract<Anchor, { type: 'indicators' }> => a.type === 'indicators',
  )?.cols;
  const lefts = [span.title?.col, budget?.left, indicators?.left].filter((c): c is number => c !== undefined);
  return {
    kind: kindOf(span, found, budget, indicators),
    top: span.top,
    headTop: span.top,
    bottom: span.bottom,
    left: lefts.length > 0 ? Math.min(...lefts) : 1,
    title: span.title,
    budget,
    indicators,
  };
}

/** A second indicator header under a `年度绩效目标2（40分）` label belongs to the same table. */
function continues(grid: MergedGrid, header: IndicatorHeader): boolean {
  return grid.key(header.row, header.left).startsWith(CONTINUED_BLOCK);
}

/**
 * Splits a stretch of rows into tables: a budget block after a budget or indicator block, or a
 * second indicator block, starts a new, untitled table (at its 部门/项目名称 row when one lies above
 * it). The stretch's title, if any, goes to its first table.
 */
function splitSpan(grid: MergedGrid, span: Span, anchors: readonly Anchor[], found: Found): TableRegion[] {
  const regions: TableRegion[] = [];
  let top = span.top;
  let title = span.title;
  let current: Anchor[] = [];
  for (const anchor of anchors) {
    const hasBudget = current.some((a) => a.type === 'budget');
    const hasIndicators = current.some((a) => a.type === 'indicators');
    const startsNew =
      anchor.type === 'budget' ? hasBudget || hasIndicators : hasIndicators && !continues(grid, anchor.cols);
    if (startsNew) {
      const previous = anchorRow(current[current.length - 1]);
      const unitRow = found.unitRows.find((r) => r > previous && r < anchorRow(anchor));
      const first = unitRow ?? anchorRow(anchor);
      // The table's `（2021年度）` line, left without its title, belongs to it.
      const start = first - 1 > previous && hasYear(grid, first - 1) ? first - 1 : first;
      regions.push(region({ top, bottom: start - 1, title }, current, found));
      top = start;
      title = undefined;
      current = [];
    }
    current.push(anchor);
  }
  if (current.length > 0 || title) regions.push(region({ top, bottom: span.bottom, title }, current, found));
  return regions;
}

/** Every table on the sheet, top to bottom: by its title, or failing a title by its blocks. */
export function locateTables(grid: MergedGrid): TableRegion[] {
  const found = scan(grid);
  const spans: Span[] = [];
  const firstTitle = found.titles[0];
  spans.push({ top: 1, bottom: firstTitle ? firstTitle.row - 1 : grid.rows });
  found.titles.forEach((title, i) => {
    const next = found.titles[i + 1];
    spans.push({ top: title.row, bottom: next ? next.row - 1 : grid.rows, title });
  });
  const regions: TableRegion[] = [];
  for (const span of spans) {
    const anchors = found.anchors.filter((a) => anchorRow(a) >= span.top && anchorRow(a) <= span.bottom);
    regions.push(...splitSpan(grid, span, anchors, found));
  }
  return regions.map((r, i) => ({ ...r, headTop: i === 0 ? 1 : regions[i - 1].bottom + 1 }));
}
