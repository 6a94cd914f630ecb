import type { Decimal } from '../decimal';
import type { BudgetRowKey, Level1Key } from '../model';
import type { QualitativeLevel } from '../expression.types';

/** Why an indicator has no rule score. */
export type UnscorableReason =
  | 'not-applicable' // the row is marked `/` or `--`
  | 'no-weight'
  | 'no-target' // 指标值 empty
  | 'target-not-measurable' // 指标值 is a sentence
  | 'no-actual' // 完成值 empty
  | 'actual-not-measurable'
  | 'unit-mismatch'
  | 'zero-target';

export type ScoreMethod =
  | { readonly kind: 'positive' } // 正向: ≥, 不低于…
  | { readonly kind: 'reverse' } // 反向: ≤, 不超过…
  | { readonly kind: 'equal' } // 等于
  | {
      readonly kind: 'qualitative';
      readonly level: QualitativeLevel;
      readonly min: Decimal;
      readonly max: Decimal;
    }
  | { readonly kind: 'unscorable'; readonly why: UnscorableReason };

export interface BudgetRowScore {
  readonly key: BudgetRowKey;
  /** 执行率 as a fraction, unrounded; null where the budget is empty or zero. */
  readonly rate: Decimal | null;
  /** 执行率 in percent rounded to the profile's `rateDecimals` (57.59), or null. */
  readonly ratePercent: Decimal | null;
  /** Unspent = planned − actual, or null. */
  readonly unspent: Decimal | null;
}

export interface BudgetScore {
  readonly rows: readonly BudgetRowScore[];
  /** The row that carries 分值/得分 (年度总预算 / 年度资金总额). */
  readonly main: BudgetRowScore | null;
  readonly weight: Decimal | null;
  readonly enteredScore: Decimal | null;
  /** min(rate, 1) × weight, rounded once by the profile; null when it cannot be computed. */
  readonly ruleScore: Decimal | null;
}

export interface IndicatorScore {
  readonly index: number;
  readonly method: ScoreMethod;
  /** 分值, or null when missing / not a number / not applicable. */
  readonly weight: Decimal | null;
  readonly enteredScore: Decimal | null;
  /** What the rules give, rounded once by the profile; for qualitative rows the entered score clamped into its band. */
  readonly ruleScore: Decimal | null;
  /** ruleScore where the rules apply, else the entered score clamped to [0, weight]; what totals add up. */
  readonly effectiveScore: Decimal | null;
  /** The fraction of the weight the rules give a quantitative row, unrounded (重庆's 得分系数); null else. */
  readonly fraction: Decimal | null;
  /** B / A for quantitative rows (first matching quantity), for the over-completion rule and the report. */
  readonly completion: Decimal | null;
}

export interface Level1Subtotal {
  readonly key: Level1Key;
  readonly label: string;
  /** Declared in the label, e.g. 50 in 产出指标（50分）; null when not written. */
  readonly declaredWeight: Decimal | null;
  readonly weight: Decimal;
  readonly enteredScore: Decimal;
  readonly ruleScore: Decimal;
  readonly indicatorIndexes: readonly number[];
}

export type Grade = '优' | '良' | '中' | '差';

export interface Scores {
  readonly budget: BudgetScore;
  readonly indicators: readonly IndicatorScore[];
  readonly level1: readonly Level1Subtotal[];
  /**
   * Over the whole table, the 执行率 row included. `complete` is false when a block of the table could
   * not be read: its total and grade then mean nothing and are never shown.
   */
  readonly totals: {
    readonly complete: boolean;
    readonly weight: Decimal;
    readonly enteredScore: Decimal;
    readonly ruleScore: Decimal;
    /** null when a number cell stores NaN or ±Infinity (finding number-not-finite): no grade on that. */
    readonly grade: Grade | null;
    readonly enteredGrade: Grade;
  };
}
