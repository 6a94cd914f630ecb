import { Decimal } from '../../decimal';
import type { Draft } from '../../findings/finding';
import type { Level1Key } from '../../model';
import type { Rule } from '../rule';

/**
 * Weights: the 三级 weights under a 一级 add up to its declared weight; the declared weight is the
 * profile's, where the profile prescribes one; the whole table totals 100.
 */
export const weightsRule: Rule = ({ table, scores, profile }) => {
  const out: Draft[] = [];
  const expectedByKey: Partial<Record<Level1Key, string>> = {
    output: profile.weights.output,
    effect: profile.weights.effect,
    satisfaction: profile.weights.satisfaction,
  };
  for (const g of scores.level1) {
    const cell = table.indicators[g.indicatorIndexes[0]]?.level1.cell;
    if (g.declaredWeight !== null && !g.declaredWeight.eq(g.weight)) {
      out.push({
        code: 'level1-weight-sum',
        cell,
        params: { level1: g.label, declared: g.declaredWeight.toString(), sum: g.weight.toString() },
      });
    }
    const expected = profile.level1WeightsPrescribed ? expectedByKey[g.key] : undefined;
    if (g.declaredWeight !== null && expected !== undefined && !g.declaredWeight.eq(new Decimal(expected))) {
      out.push({
        code: 'level1-weight-profile',
        cell,
        params: { level1: g.label, declared: g.declaredWeight.toString(), expected },
      });
    }
  }
  const max = new Decimal(profile.maxTotal);
  const { weight, enteredScore, complete } = scores.totals;
  // A table with a block it could not read has no total to check (budget-/indicators-unreadable say so).
  if (!complete) return out;
  if (!weight.isZero() && !weight.eq(max)) {
    out.push({
      code: 'weights-total',
      cell: table.totals.weight?.cell,
      params: { total: weight.toString(), expected: max.toString() },
    });
  }
  if (enteredScore.gt(max)) {
    out.push({
      code: 'score-total-over-max',
      cell: table.totals.score?.cell,
      params: { total: enteredScore.toString(), max: max.toString() },
    });
  }
  return out;
};
