import type { FindingCode } from '../findings/codes';
import { ProfileSchema, type Profile } from './profile';

type SeverityTable = Record<FindingCode, 'error' | 'warning' | 'info' | 'off'>;

/** The severity of every code; provincial profiles share it (their rules differ, not their findings). */
export const SEVERITIES: SeverityTable = {
  'table-not-found': 'error',
  'sheet-read-in-part': 'warning',
  'row-unreadable': 'error',
  'row-shifted': 'error',
  'not-a-number': 'error',
  'number-not-finite': 'error',
  'formula-error': 'error',
  'negative-amount': 'error',
  'header-unknown': 'warning',
  'value-unlabelled': 'warning',
  'budget-unreadable': 'error',
  'indicators-unreadable': 'error',
  'unit-missing': 'warning',
  'year-missing': 'warning',
  'budget-parts-sum': 'error',
  'budget-actual-over-planned': 'warning',
  'rate-mismatch': 'error',
  'rate-should-be-blank': 'info',
  'execution-score-missing': 'warning',
  'execution-score-mismatch': 'error',
  'execution-low-no-reason': 'error',
  'budget-subrow-scored': 'warning',
  'weight-missing': 'error',
  'score-missing': 'warning',
  'score-negative': 'error',
  'score-exceeds-weight': 'error',
  'score-mismatch': 'error',
  'qualitative-score-out-of-band': 'error',
  'scored-without-actual': 'error',
  'target-copies-name': 'warning',
  'target-not-measurable': 'warning',
  'actual-not-measurable': 'warning',
  'unit-mismatch': 'warning',
  'reason-missing': 'error',
  'deviation-no-reason': 'error',
  'over-completion-no-reason': 'warning',
  'actual-copies-target': 'warning',
  'coefficient-mismatch': 'error',
  'coefficient-score-mismatch': 'error',
  'level1-weight-only': 'warning',
  'level1-empty': 'error',
  'level1-weight-sum': 'error',
  'level1-weight-profile': 'warning',
  'weights-total': 'error',
  'score-total-over-max': 'error',
  'total-mismatch': 'error',
  'grade-mismatch': 'error',
  'report-basic-parts-sum': 'error',
  'report-expenditure-total': 'error',
  'report-number-differs': 'warning',
};

/** DESIGN §4, 财预〔2020〕10号: proportional scores to 2 decimals. */
export const STANDARD_2020: Profile = ProfileSchema.parse({
  id: 'standard-2020',
  name: '财预〔2020〕10号 标准（得分保留两位小数）',
  weights: { budget: '10', output: '50', effect: '30', satisfaction: '10' },
  level1WeightsPrescribed: true,
  maxTotal: '100',
  scoreDecimals: 2,
  rateDecimals: 2,
  executionReasonBelow: '0.9',
  overCompletionAtLeast: '1.3',
  reverseFormula: 'ratio',
  implicitComparator: 'gte',
  qualitativeBands: {
    achieved: { min: '0.8', max: '1', maxInclusive: true },
    partial: { min: '0.6', max: '0.8', maxInclusive: false },
    notAchieved: { min: '0', max: '0.6', maxInclusive: false },
  },
  grades: [
    { grade: '优', min: '90' },
    { grade: '良', min: '80' },
    { grade: '中', min: '60' },
    { grade: '差', min: '0' },
  ],
  reasonRequiredWhenScoreBelowWeight: true,
  severities: SEVERITIES,
});

/** The same rules with whole-point scores (the reference table's 6 for 57.59% is 5.759 rounded). */
export const STANDARD_2020_WHOLE_POINTS: Profile = ProfileSchema.parse({
  ...STANDARD_2020,
  id: 'standard-2020-whole-points',
  name: '财预〔2020〕10号 标准（得分取整）',
  scoreDecimals: 0,
});
