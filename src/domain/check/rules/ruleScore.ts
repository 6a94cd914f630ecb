import type { Draft } from '../../findings/finding';
import type { MethodKey } from '../../findings/codes';
import { scoreText } from '../../score/rounding';
import type { ScoreMethod } from '../../score/scores.types';
import type { Rule } from '../rule';
import { indicatorName } from './indicatorName';

function methodKey(
  method: ScoreMethod & { kind: 'positive' | 'reverse' | 'equal' },
  reverseFormula: 'ratio' | 'linear',
): MethodKey {
  return method.kind === 'reverse' && reverseFormula === 'linear' ? 'reverse-linear' : method.kind;
}

/** The entered 得分 against what the rules give: exact for 定量, within the band for 定性. */
export const ruleScoreRule: Rule = ({ table, scores, profile }) => {
  const out: Draft[] = [];
  table.indicators.forEach((ind, i) => {
    const s = scores.indicators[i];
    const entered = s.enteredScore;
    if (entered === null || s.weight === null || entered.isNegative() || entered.gt(s.weight)) return;
    const name = indicatorName(ind);
    const m = s.method;
    if (m.kind === 'qualitative') {
      const band = profile.qualitativeBands[m.level];
      const min = m.min.times(s.weight);
      const max = m.max.times(s.weight);
      const inside = entered.gte(min) && (band.maxInclusive ? entered.lte(max) : entered.lt(max));
      if (!inside) {
        out.push({
          code: 'qualitative-score-out-of-band',
          cell: ind.score.cell,
          params: {
            name,
            score: entered.toString(),
            level: m.level,
            min: min.toString(),
            max: max.toString(),
          },
        });
      }
      return;
    }
    if (s.ruleScore === null || m.kind === 'unscorable') return;
    if (!entered.eq(s.ruleScore)) {
      const computed = scoreText(s.ruleScore, profile);
      out.push({
        code: 'score-mismatch',
        cell: ind.score.cell,
        params: {
          name,
          entered: entered.toString(),
          computed,
          method: methodKey(m, profile.reverseFormula),
        },
      });
    }
  });
  return out;
};
