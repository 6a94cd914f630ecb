import { Decimal, ONE, ZERO } from '../../decimal';
import type { Draft } from '../../findings/finding';
import { fractionOf, numberOf } from '../../score/cellNumbers';
import { roundScore, scoreText } from '../../score/rounding';
import type { Rule } from '../rule';
import { indicatorName } from './indicatorName';

const percent = (fraction: Decimal) => fraction.times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/**
 * 重庆's 得分系数: the completion fraction of the row, 得分 = 系数 × 权重. Where the rules score the row
 * (定量), the 系数 must be the fraction they give (100 % when the target is met, 完成值 ÷ 指标值 when
 * it is not) — the 得分 is checked against the rule score already (`score-mismatch`). Where they do not
 * (定性), the 得分 must at least be 系数 × 权重, rounded as the profile says.
 */
export const coefficientsRule: Rule = ({ table, scores, profile }) => {
  const out: Draft[] = [];
  const bareIsPercent = table.percentColumns.includes('coefficient');
  table.indicators.forEach((ind, i) => {
    const entered = fractionOf(ind.coefficient, bareIsPercent);
    if (!ind.coefficient || entered === null) return;
    const s = scores.indicators[i];
    const name = indicatorName(ind);
    const weight = numberOf(ind.weight);
    if (s.fraction !== null) {
      const rule = Decimal.min(Decimal.max(s.fraction, ZERO), ONE);
      if (!percent(entered).eq(percent(rule))) {
        out.push({
          code: 'coefficient-mismatch',
          cell: ind.coefficient.cell,
          params: { name, entered: percent(entered).toString(), computed: percent(rule).toFixed(2) },
        });
      }
      return;
    }
    const score = numberOf(ind.score);
    if (weight === null || score === null) return;
    const computed = roundScore(entered.times(weight), profile);
    if (!computed.eq(score)) {
      out.push({
        code: 'coefficient-score-mismatch',
        cell: ind.score.cell,
        params: {
          name,
          coefficient: percent(entered).toString(),
          weight: weight.toString(),
          entered: score.toString(),
          computed: scoreText(computed, profile),
        },
      });
    }
  });
  return out;
};
