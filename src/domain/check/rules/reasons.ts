import { Decimal } from '../../decimal';
import type { Draft } from '../../findings/finding';
import { isBlank, textOf } from '../../score/cellNumbers';
import type { Rule } from '../rule';
import { indicatorName } from './indicatorName';

/**
 * A reason is required where the indicator fell short (得分 < 分值), and where it was over-completed
 * far beyond target (≥ 130%: the target was probably set too low). An empty 完成值 scored anyway is
 * reported too.
 */
export const reasonsRule: Rule = ({ table, scores, profile }) => {
  const out: Draft[] = [];
  const over = new Decimal(profile.overCompletionAtLeast);
  table.indicators.forEach((ind, i) => {
    const s = scores.indicators[i];
    if (s.weight === null) return;
    const name = indicatorName(ind);
    const entered = s.enteredScore;
    if (ind.actual.value.kind === 'empty' && entered !== null && entered.gt(0)) {
      out.push({
        code: 'scored-without-actual',
        cell: ind.actual.cell,
        params: { name, score: entered.toString() },
      });
    }
    if (!isBlank(ind.reason)) return;
    if (
      profile.reasonRequiredWhenScoreBelowWeight &&
      entered !== null &&
      entered.lt(s.weight) &&
      !entered.isNegative()
    ) {
      out.push({
        code: 'reason-missing',
        cell: ind.reason.cell,
        params: { name, score: entered.toString(), weight: s.weight.toString() },
      });
    }
    const m = s.method.kind;
    if ((m === 'positive' || m === 'equal') && s.completion !== null && s.completion.gte(over)) {
      out.push({
        code: 'over-completion-no-reason',
        cell: ind.reason.cell,
        params: {
          name,
          target: textOf(ind.target),
          actual: textOf(ind.actual),
          percent: s.completion.times(100).toFixed(2, Decimal.ROUND_HALF_UP),
        },
      });
    }
  });
  return out;
};
