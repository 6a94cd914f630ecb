/**
 * Stable finding codes. A code never changes meaning; new checks get new codes.
 * Each one is documented (meaning, source) in docs/findings.md.
 */
export const FINDING_CODES = [
  // reading a sheet
  'table-not-found',
  'row-unreadable',
  'row-shifted',
  'not-a-number',
  'formula-error',
  'negative-amount',
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
  'over-completion-no-reason',
  // weights and totals
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

/** Typed data of each code: the numbers and texts its message is made from (all strings, exact). */
export interface FindingParams {
  'table-not-found': { sheet: string };
  'row-unreadable': { row: string; text: string };
  'row-shifted': { name: string; target: string };
  'not-a-number': { field: string; text: string };
  'formula-error': { field: string; error: string };
  'negative-amount': { field: string; value: string };
  'unit-missing': Record<string, never>;
  'year-missing': Record<string, never>;
  'budget-parts-sum': { field: string; parts: string; total: string };
  'budget-actual-over-planned': { label: string; planned: string; actual: string };
  'rate-mismatch': { label: string; entered: string; computed: string };
  'rate-should-be-blank': { label: string; entered: string };
  'execution-score-missing': { rate: string };
  'execution-score-mismatch': { entered: string; computed: string; rate: string; weight: string };
  'execution-low-no-reason': { rate: string; threshold: string; unspent: string };
  'weight-missing': { name: string };
  'score-missing': { name: string };
  'score-negative': { score: string };
  'score-exceeds-weight': { score: string; weight: string };
  'score-mismatch': { name: string; entered: string; computed: string; method: string };
  'qualitative-score-out-of-band': { name: string; score: string; level: string; min: string; max: string };
  'scored-without-actual': { name: string; score: string };
  'target-copies-name': { text: string };
  'target-not-measurable': { name: string; text: string };
  'actual-not-measurable': { name: string; text: string };
  'unit-mismatch': { name: string; targetUnit: string; actualUnit: string };
  'reason-missing': { name: string; score: string; weight: string };
  'over-completion-no-reason': { name: string; target: string; actual: string; percent: string };
  'level1-weight-sum': { level1: string; declared: string; sum: string };
  'level1-weight-profile': { level1: string; declared: string; expected: string };
  'weights-total': { total: string; expected: string };
  'score-total-over-max': { total: string; max: string };
  'total-mismatch': { field: string; entered: string; computed: string };
  'grade-mismatch': { entered: string; computed: string; total: string };
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
