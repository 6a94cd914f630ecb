import type { QualitativeLevel } from '../expression.types';
import type { Grade } from '../score/scores.types';

/**
 * Stable finding codes. A code never changes meaning; new checks get new codes.
 * Each one is documented (meaning, source) in docs/findings.md.
 */
export const FINDING_CODES = [
  // reading a sheet
  'table-not-found',
  'sheet-read-in-part',
  'row-unreadable',
  'row-shifted',
  'not-a-number',
  'number-not-finite',
  'formula-error',
  'negative-amount',
  'header-unknown',
  'value-unlabelled',
  'budget-unreadable',
  'indicators-unreadable',
  // meta
  'unit-missing',
  'year-missing',
  // budget block
  'budget-parts-sum',
  'budget-actual-over-planned',
  'rate-mismatch',
  'rate-should-be-blank',
  'execution-score-missing',
  'execution-score-mismatch',
  'execution-low-no-reason',
  'budget-subrow-scored',
  // indicators
  'weight-missing',
  'score-missing',
  'score-negative',
  'score-exceeds-weight',
  'score-mismatch',
  'qualitative-score-out-of-band',
  'scored-without-actual',
  'target-copies-name',
  'target-not-measurable',
  'actual-not-measurable',
  'unit-mismatch',
  'reason-missing',
  'deviation-no-reason',
  'over-completion-no-reason',
  'actual-copies-target',
  'coefficient-mismatch',
  'coefficient-score-mismatch',
  // weights and totals
  'level1-weight-only',
  'level1-empty',
  'level1-weight-sum',
  'level1-weight-profile',
  'weights-total',
  'score-total-over-max',
  'total-mismatch',
  'grade-mismatch',
  // the report (报告要素) against the table
  'report-basic-parts-sum',
  'report-expenditure-total',
  'report-number-differs',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

/** A number cell, named by a stable key: where it is (budget row or indicator) and which column. */
export type NumberField =
  | 'budget.initial'
  | 'budget.planned'
  | 'budget.actual'
  | 'budget.weight'
  | 'budget.score'
  | 'indicator.weight'
  | 'indicator.score'
  | 'indicator.target'
  | 'indicator.actual';

/** A number that is none, as a file may store it: NaN, +Infinity (`1e309` overflows to it), -Infinity. */
export type NonFinite = 'nan' | 'infinity' | 'negative-infinity';

/** The budget amounts a sum is checked on: 年初预算数, 全年预算数, 全年执行数. */
export type AmountColumn = 'initial' | 'planned' | 'actual';

/** The columns an indicator block cannot be read without (docs/layouts.md). */
export type IndicatorColumnKey = 'name' | 'target' | 'actual' | 'weight' | 'score';

/** How a quantitative score was computed (the profile's reverse formula included). */
export type MethodKey = 'positive' | 'reverse' | 'reverse-linear' | 'equal';

/**
 * Typed data of each code: never prose. Numbers are exact decimal strings (percentages in percent,
 * "57.59"), our own words are stable keys (the catalogue says them in Chinese), and texts copied from
 * the sheet (an indicator's name, a row's label, what a cell holds) are data like any other value.
 */
export interface FindingParams {
  'table-not-found': { sheet: string };
  /**
   * The sheet holds values beyond what a host reads (GRID_LIMITS): `farCell` is the corner of its real
   * extent (its last row and last column), `readTo` the corner of what was read from A1.
   */
  'sheet-read-in-part': { farCell: string; readTo: string };
  /** `row`: the 1-based sheet row; `text`: the row's cells joined by ' | ', cut at 60 characters. */
  'row-unreadable': { row: string; text: string };
  'row-shifted': { name: string; target: string };
  /** `label`: the budget row's label or the indicator's name. */
  'not-a-number': { field: NumberField; label: string; text: string };
  /** `stored`: what the file holds where a number should be. */
  'number-not-finite': { field: NumberField; label: string; stored: NonFinite };
  /** `error`: the spreadsheet error shown, e.g. #DIV/0!. */
  'formula-error': { field: NumberField; label: string; error: string };
  'negative-amount': { field: NumberField; label: string; value: string };
  /** `text`: the header cell as written; its column is not read. */
  'header-unknown': { text: string };
  /** `text`: what the cell holds, in a column the header does not name. */
  'value-unlabelled': { text: string };
  /** `header` false: no header with 预算数 and 执行数 was found (the cell is the block's label, if any). */
  'budget-unreadable': { header: boolean };
  /** `header` false: no indicator header at all; else the columns it lacks. */
  'indicators-unreadable': { header: boolean; missing: readonly IndicatorColumnKey[] };
  'unit-missing': Record<string, never>;
  'year-missing': Record<string, never>;
  /** Amounts in 万元 with two decimals. */
  'budget-parts-sum': { column: AmountColumn; parts: string; total: string };
  'budget-actual-over-planned': { label: string; planned: string; actual: string };
  /** Rates in percent as shown (the cell's own text when typed with %); `computed` null: there is no budget. */
  'rate-mismatch': { label: string; entered: string; computed: string | null };
  'rate-should-be-blank': { label: string; entered: string };
  'execution-score-missing': { rate: string };
  'execution-score-mismatch': { entered: string; computed: string; rate: string; weight: string };
  /** `rate`, `threshold` in percent; `unspent` in 万元. */
  'execution-low-no-reason': { rate: string; threshold: string; unspent: string };
  /** 分值 or 得分 on a budget row other than the total (其中：财政拨款…): `value` as typed. */
  'budget-subrow-scored': { label: string; field: 'weight' | 'score'; value: string };
  'weight-missing': { name: string };
  'score-missing': { name: string };
  'score-negative': { score: string };
  'score-exceeds-weight': { score: string; weight: string };
  'score-mismatch': { name: string; entered: string; computed: string; method: MethodKey };
  'qualitative-score-out-of-band': {
    name: string;
    score: string;
    level: QualitativeLevel;
    min: string;
    max: string;
  };
  'scored-without-actual': { name: string; score: string };
  'target-copies-name': { text: string };
  'target-not-measurable': { name: string; text: string };
  'actual-not-measurable': { name: string; text: string };
  /** Units as written; an empty string for a number without unit. */
  'unit-mismatch': { name: string; targetUnits: readonly string[]; actualUnits: readonly string[] };
  'reason-missing': { name: string; score: string; weight: string };
  /** The rule score (`computed`) is below the weight though the entered score is not: no reason given. */
  'deviation-no-reason': { name: string; computed: string; weight: string };
  /** `target`, `actual`: the cells' texts; `percent`: 完成值 ÷ 指标值 in percent, two decimals. */
  'over-completion-no-reason': { name: string; target: string; actual: string; percent: string };
  /** `text`: the 完成值 as typed, with its operator (≥266米). */
  'actual-copies-target': { name: string; text: string };
  /** 得分系数 in percent as entered, and as the rule gives it (two decimals). */
  'coefficient-mismatch': { name: string; entered: string; computed: string };
  /** 得分 ≠ 得分系数 × 权重: `coefficient` in percent, `computed` rounded as the profile says. */
  'coefficient-score-mismatch': {
    name: string;
    coefficient: string;
    weight: string;
    entered: string;
    computed: string;
  };
  /** A 一级 cell holding only a weight (`（30分）`), read as the weight of `level1` above it. */
  'level1-weight-only': { level1: string; weight: string };
  /** A 一级 label with no indicator row under it. */
  'level1-empty': { level1: string };
  'level1-weight-sum': { level1: string; declared: string; sum: string };
  'level1-weight-profile': { level1: string; declared: string; expected: string };
  'weights-total': { total: string; expected: string };
  'score-total-over-max': { total: string; max: string };
  /** `field`: the 总分 row's 分值 cell, or its 得分 cell. */
  'total-mismatch': { field: 'weight' | 'score'; entered: string; computed: string };
  'grade-mismatch': { entered: string; computed: Grade; total: string };
  /** 工资福利 + 商品和服务 + 对个人和家庭的补助 ≠ 基本支出 (报告要素); amounts in 万元, two decimals. */
  'report-basic-parts-sum': { parts: string; total: string };
  /** 基本支出 + 项目支出 (报告要素) ≠ the table's 全年执行数; `tableCell` is that cell's address or ''. */
  'report-expenditure-total': {
    basic: string;
    project: string;
    sum: string;
    actual: string;
    tableCell: string;
  };
  /** A number in 工作成绩 naming an indicator differs from its 完成值 (same unit); `tableCell` as above. */
  'report-number-differs': { name: string; text: string; table: string; tableCell: string };
}
