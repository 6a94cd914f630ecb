import type { Draft } from '../../findings/finding';
import { isBlank } from '../../score/cellNumbers';
import type { Rule } from '../rule';
import { indicatorName, isUnused } from './indicatorName';

/** Every used indicator has a 分值 and a 得分, and 0 ≤ 得分 ≤ 分值. */
export const scoreBoundsRule: Rule = ({ table, scores }) => {
  const out: Draft[] = [];
  table.indicators.forEach((ind, i) => {
    if (isUnused(ind) || ind.weight.value.kind === 'na') return;
    const s = scores.indicators[i];
    const name = indicatorName(ind);
    if (isBlank(ind.weight)) out.push({ code: 'weight-missing', cell: ind.weight.cell, params: { name } });
    if (isBlank(ind.score) && s.weight !== null)
      out.push({ code: 'score-missing', cell: ind.score.cell, params: { name } });
    const score = s.enteredScore;
    if (score === null) return;
    if (score.isNegative()) {
      out.push({ code: 'score-negative', cell: ind.score.cell, params: { score: score.toString() } });
    } else if (s.weight !== null && score.gt(s.weight)) {
      out.push({
        code: 'score-exceeds-weight',
        cell: ind.score.cell,
        params: { score: score.toString(), weight: s.weight.toString() },
      });
    }
  });
  return out;
};
