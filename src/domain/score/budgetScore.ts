import { Decimal, ONE } from '../decimal';
import type { BudgetRow } from '../model';
import type { Profile } from '../profiles/profile';
import { numberOf } from './cellNumbers';
import { weightedScore } from './rounding';
import type { BudgetRowScore, BudgetScore } from './scores.types';

function rowScore(row: BudgetRow, profile: Profile): BudgetRowScore {
  const planned = numberOf(row.planned);
  const actual = numberOf(row.actual);
  const hasBoth = planned !== null && actual !== null;
  const rate = hasBoth && !planned.isZero() ? actual.div(planned) : null;
  return {
    key: row.key,
    rate,
    ratePercent: rate ? rate.times(100).toDecimalPlaces(profile.rateDecimals, Decimal.ROUND_HALF_UP) : null,
    unspent: hasBoth ? planned.minus(actual) : null,
  };
}

/** 执行率 for every fund row; 执行率得分 = min(rate, 1) × 分值 on the total row, rounded once. */
export function scoreBudget(rows: readonly BudgetRow[], profile: Profile): BudgetScore {
  const scored = rows.map((r) => rowScore(r, profile));
  const mainIndex = Math.max(
    0,
    rows.findIndex((r) => r.key === 'total'),
  );
  const mainRow = rows[mainIndex];
  const main = scored[mainIndex] ?? null;
  const weight = numberOf(mainRow?.weight);
  const ruleScore =
    main?.rate && weight && !weight.isNegative()
      ? weightedScore(Decimal.max(Decimal.min(main.rate, ONE), 0), weight, profile)
      : null;
  return { rows: scored, main, weight, enteredScore: numberOf(mainRow?.score), ruleScore };
}
