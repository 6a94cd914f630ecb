import type { IndicatorColumnKey } from '../../domain/findings/codes';
import type { MergedGrid } from './mergedGrid';

/**
 * Header rows mapped to columns by their text, never by position: the overall form has 执行率 before
 * 分值, the project form 分值 before 执行率, 四川 calls 全年预算数 调整后预算数 and 分值 权重, a 四川 county
 * puts 分值 before 年度指标值, 重庆 has no 一级 / 二级 and adds 得分系数. Every provincial wording of
 * docs/layouts.md is here. A header cell the vocabulary does not know is kept as `unknown`, so that the
 * reader can name it; a column the form lacks is `missing`, never guessed.
 */

/** A header cell the reader does not know: its column is not read. */
export interface UnknownHeader {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

export type BudgetField = 'initial' | 'planned' | 'actual' | 'rate' | 'weight' | 'score' | 'reason';

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
  /** `执行率（%）`: a bare number there is a percentage. */
  readonly ratePercent: boolean;
  /**
   * Where the form has no 分值 column but its header says the points (湖北's `得分（20分*执行率）`, a
   * `预算执行情况（万元）（20分）` label): the points and the cell that says them.
   */
  readonly declaredWeight?: { readonly col: number; readonly points: number };
  /** The header cells' keys, left to right (how the form family is recognised). */
  readonly keys: readonly string[];
  readonly unknown: readonly UnknownHeader[];
}

export type IndicatorField =
  | 'level1'
  | 'level2'
  | 'name'
  | 'nature'
  | 'target'
  | 'adjustedTarget'
  | 'unit'
  | 'actual'
  | 'weight'
  | 'coefficient'
  | 'score'
  | 'reason';

/** The columns an indicator row cannot be read without. */
const REQUIRED_INDICATOR_FIELDS: readonly IndicatorColumnKey[] = [
  'name',
  'target',
  'actual',
  'weight',
  'score',
];

/** An indicator header: one row, or two when 年度指标值 is split in the row below. */
export interface IndicatorHeader {
  readonly row: number;
  /** The last header row: data starts below it. */
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly fields: Readonly<Partial<Record<IndicatorField, number>>>;
  /** `得分系数（%）`: a bare number there is a percentage. */
  readonly coefficientPercent: boolean;
  readonly keys: readonly string[];
  readonly unknown: readonly UnknownHeader[];
}

export interface IndicatorColumns {
  readonly row: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly level1?: number;
  readonly level2?: number;
  readonly name: number;
  readonly target: number;
  readonly actual: number;
  readonly weight: number;
  readonly score: number;
  readonly reason?: number;
  readonly nature?: number;
  readonly unit?: number;
  readonly adjustedTarget?: number;
  readonly coefficient?: number;
}

interface HeaderCell {
  readonly col: number;
  readonly key: string;
}

/** The own, non-empty cells of a row, left to right. */
export function headerCells(grid: MergedGrid, row: number, from = 1, to = grid.cols): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let col = Math.max(1, from); col <= Math.min(to, grid.cols); col++) {
    if (!grid.isOwn(row, col)) continue;
    const key = grid.key(row, col);
    if (key !== '') cells.push({ col, key });
  }
  return cells;
}

/** Labels of a block or of the row-label column: known, and holding no column of values. */
const BLOCK_LABELS = [
  '年度预算申请',
  '项目资金',
  '预算执行情况',
  '部门预算执行情况',
  '资金情况',
  '年度预算数',
  '资金来源',
  '资金类别',
  '资金性质',
  '资金构成',
  '项目',
  '年度绩效指标',
  '绩效指标',
  '年度绩效目标',
];
/** Columns a form prints that hold nothing the checks use. */
const IGNORED = [
  '得分计算方法',
  '计算方法',
  '评分标准',
  '备注',
  '说明',
  '是否核心指标',
  '核心指标',
  '指标说明',
];

const startsWithAny = (key: string, words: readonly string[]) => words.some((w) => key.startsWith(w));
const isKnownLabel = (key: string) => startsWithAny(key, BLOCK_LABELS) || startsWithAny(key, IGNORED);

function budgetFieldOf(key: string): BudgetField | null {
  if (startsWithAny(key, IGNORED)) return null;
  if (key.includes('原因')) return 'reason';
  if (key.includes('权重') || key.includes('分值')) return 'weight';
  if (key.includes('得分')) return 'score';
  if (key.includes('执行率')) return 'rate';
  if (key.startsWith('年初预算')) return 'initial';
  if (
    startsWithAny(key, ['全年预算', '调整后预算', '全年(调整)预算', '全年调整预算', '预算数(']) ||
    key === '预算数'
  )
    return 'planned';
  if (startsWithAny(key, ['全年执行', '预算执行数', '实际执行数', '执行数(']) || key === '执行数')
    return 'actual';
  return null;
}

/** Whether a header row's cell names a budget amount column (how the budget block is found). */
export function isBudgetAmountHeader(key: string): boolean {
  const field = budgetFieldOf(key);
  return field === 'initial' || field === 'planned' || field === 'actual';
}

export function budgetColumnsAt(grid: MergedGrid, row: number): BudgetColumns | null {
  const cells = headerCells(grid, row);
  const found: Partial<Record<BudgetField, number>> = {};
  const unknown: UnknownHeader[] = [];
  for (const { col, key } of cells) {
    const field = budgetFieldOf(key);
    if (field && found[field] === undefined) found[field] = col;
    else if (!field && !isKnownLabel(key))
      unknown.push({ row, col, text: String(grid.raw(row, col)).trim() });
  }
  // 贵州 has no 全年预算数: 年初预算数（A） is then what 执行数（B） is divided by.
  if (found.planned === undefined && found.initial !== undefined) {
    found.planned = found.initial;
    delete found.initial;
  }
  const { planned, actual } = found;
  if (planned === undefined || actual === undefined) return null;
  const used = Object.values(found) as number[];
  const firstAmount = Math.min(planned, actual, found.initial ?? planned);
  const rateKey = found.rate === undefined ? '' : grid.key(row, found.rate);
  const declaredWeight = found.weight === undefined ? pointsIn(cells, found.score) : undefined;
  return {
    row,
    left: cells[0].col,
    right: Math.max(...used, cells[cells.length - 1].col),
    ...found,
    planned,
    actual,
    firstAmount,
    ratePercent: rateKey.includes('(%)'),
    ...(declaredWeight ? { declaredWeight } : {}),
    keys: cells.map((c) => c.key),
    // Cells left of the amounts are the block's and its rows' labels.
    unknown: unknown.filter((u) => u.col > firstAmount),
  };
}

const POINTS = /(\d+(?:\.\d+)?)分/;

/** The points the score header (`得分（20分*执行率）`) or else the block's label declares, if any. */
function pointsIn(
  cells: readonly HeaderCell[],
  scoreCol: number | undefined,
): BudgetColumns['declaredWeight'] {
  const score = cells.find((c) => c.col === scoreCol);
  for (const cell of [score, cells[0]]) {
    const m = cell ? POINTS.exec(cell.key) : null;
    if (cell && m) return { col: cell.col, points: Number(m[1]) };
  }
  return undefined;
}

function indicatorFieldOf(key: string): IndicatorField | null {
  if (startsWithAny(key, IGNORED)) return null;
  if (key.includes('原因')) return 'reason';
  if (key.startsWith('得分系数')) return 'coefficient';
  if (key.startsWith('一级指标')) return 'level1';
  if (key.startsWith('二级指标')) return 'level2';
  if (key.startsWith('三级指标') || key.startsWith('指标名称')) return 'name';
  if (startsWithAny(key, ['指标性质', '指标类型']) || key === '性质') return 'nature';
  if (startsWithAny(key, ['度量单位', '计量单位']) || key === '单位') return 'unit';
  if (key.includes('调整') && (key.includes('指标值') || key.includes('目标值'))) return 'adjustedTarget';
  if (key.includes('完成值') || key.includes('实际值') || key.startsWith('实际完成')) return 'actual';
  if (key.includes('指标值') || key.includes('目标值')) return 'target';
  if (key.includes('权重') || key.includes('分值')) return 'weight';
  if (key.includes('得分')) return 'score';
  return null;
}

/** Whether a cell names the 三级 column of an indicator header (how the indicator block is found). */
export function isIndicatorNameHeader(key: string): boolean {
  return indicatorFieldOf(key) === 'name';
}

interface RowFields {
  readonly fields: Partial<Record<IndicatorField, number>>;
  readonly unknown: UnknownHeader[];
  readonly keys: string[];
}

function rowFields(grid: MergedGrid, row: number, from: number, to: number): RowFields {
  const fields: Partial<Record<IndicatorField, number>> = {};
  const unknown: UnknownHeader[] = [];
  const keys: string[] = [];
  for (const { col, key } of headerCells(grid, row, from, to)) {
    keys.push(key);
    const field = indicatorFieldOf(key);
    if (field && fields[field] === undefined) fields[field] = col;
    else if (!field && !isKnownLabel(key))
      unknown.push({ row, col, text: String(grid.raw(row, col)).trim() });
  }
  return { fields, unknown, keys };
}

/** Empty rows a clerk may leave between the two rows of a split header. */
const SUB_HEADER_GAP = 3;

/**
 * The row under a header is a second header row when it holds only column names — at least two, none
 * of them a 一级 / 二级 / 三级 — as when 年度指标值 is split into 指标性质 | 指标值 | 度量单位 below it
 * (merged over the three, or not). A data row never consists of column names. Blank rows between the
 * two are skipped.
 */
function subHeaderRow(grid: MergedGrid, row: number, left: number, right: number): number | null {
  for (let below = row + 1; below <= Math.min(grid.rows, row + SUB_HEADER_GAP + 1); below++) {
    const cells = headerCells(grid, below, left, right);
    if (cells.length === 0) {
      if (!isBlankLine(grid, below, left, right)) return null;
      continue;
    }
    const names = cells.every(({ key }) => {
      const field = indicatorFieldOf(key);
      return field !== null && field !== 'name' && field !== 'level1' && field !== 'level2';
    });
    return names && cells.length >= 2 ? below : null;
  }
  return null;
}

function isBlankLine(grid: MergedGrid, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col++) {
    if (grid.continuesFromAbove(row, col)) continue;
    if (!grid.blank(row, col)) return false;
  }
  return true;
}

/** A header row has a 三级指标 (or 指标名称) cell and at least two more indicator headers. */
export function indicatorHeaderAt(grid: MergedGrid, row: number): IndicatorHeader | null {
  const top = rowFields(grid, row, 1, grid.cols);
  if (top.fields.name === undefined || Object.keys(top.fields).length < 3) return null;
  const cells = headerCells(grid, row);
  const left = cells[0].col;
  let right = cells[cells.length - 1].col;
  const lastMerge = grid.mergeAt(row, right);
  if (lastMerge) right = lastMerge.right;
  const sub = subHeaderRow(grid, row, left, right);
  if (sub === null) {
    return {
      row,
      bottom: row,
      left,
      right,
      fields: top.fields,
      coefficientPercent: percentHeader(grid, row, top.fields.coefficient),
      keys: top.keys,
      unknown: top.unknown,
    };
  }
  // The lower row names the columns under a split header; the upper row the others.
  const lower = rowFields(grid, sub, left, right);
  const fields: Partial<Record<IndicatorField, number>> = { ...lower.fields };
  for (const [field, col] of Object.entries(top.fields) as [IndicatorField, number][]) {
    if (fields[field] !== undefined) continue;
    const merge = grid.mergeAt(row, col);
    const split = [...Object.values(lower.fields)].some((c) => c >= col && c <= (merge?.right ?? col));
    if (!split) fields[field] = col;
  }
  const coefficientRow = lower.fields.coefficient !== undefined ? sub : row;
  return {
    row,
    bottom: sub,
    left,
    right,
    fields,
    coefficientPercent: percentHeader(grid, coefficientRow, fields.coefficient),
    keys: [...top.keys, ...lower.keys],
    unknown: [...top.unknown, ...lower.unknown],
  };
}

function percentHeader(grid: MergedGrid, row: number, col: number | undefined): boolean {
  return col !== undefined && grid.key(row, col).includes('(%)');
}

/** The columns of a complete header, or the required fields it lacks. */
export function indicatorColumnsOf(
  h: IndicatorHeader,
): IndicatorColumns | { readonly missing: readonly IndicatorColumnKey[] } {
  const f = h.fields;
  const missing = REQUIRED_INDICATOR_FIELDS.filter((k) => f[k] === undefined);
  if (missing.length > 0) return { missing };
  return {
    row: h.row,
    bottom: h.bottom,
    left: h.left,
    right: Math.max(h.right, ...(Object.values(f) as number[])),
    level1: f.level1,
    level2: f.level2,
    name: f.name as number,
    target: f.target as number,
    actual: f.actual as number,
    weight: f.weight as number,
    score: f.score as number,
    reason: f.reason,
    nature: f.nature,
    unit: f.unit,
    adjustedTarget: f.adjustedTarget,
    coefficient: f.coefficient,
  };
}
