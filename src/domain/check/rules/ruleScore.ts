import type { Draft } from '../../findings/finding';
import type { QualitativeLevel } from '../../expression.types';
import { scoreText } from '../../score/rounding';
import type { ScoreMethod } from '../../score/scores.types';
import type { Rule } from '../rule';
import { indicatorName } from './indicatorName';

const METHOD_NAMES: Record<'positive' | 'reverse' | 'equal', string> = {
  positive: '正向指标（完成值 ÷ 指标值 × 分值）',
  reverse: '反向指标（指标值 ÷ 完成值 × 分值）',
  equal: '等于型指标',
};

export const LEVEL_NAMES: Record<QualitativeLevel, string> = {
  achieved: '达成年度指标',
  partial: '部分达成年度指标并具有一定效果',
  notAchieved: '未达成年度指标且效果较差',
};

function methodName(method: ScoreMethod, reverseFormula: 'ratio' | 'linear'): string {
  if (method.kind === 'reverse' && reverseFormula === 'linear')
    return '反向指标（(2 − 完成值 ÷ 指标值) × 分值）';
  return method.kind === 'positive' || method.kind === 'reverse' || method.kind === 'equal'
    ? METHOD_NAMES[method.kind]
    : '';
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
            level: LEVEL_NAMES[m.level],
            min: min.toString(),
            max: max.toString(),
          },
          expected: `${min.toString()}–${max.toString()}`,
          actual: entered.toString(),
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
          method: methodName(m, profile.reverseFormula),
        },
        expected: computed,
        actual: entered.toString(),
      });
    }
  });
  return out;
};
