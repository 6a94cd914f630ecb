import { Decimal } from '../../decimal';
import type { Draft } from '../../findings/finding';
import { isUnanswered, textOf } from '../../score/cellNumbers';
import { scoreText } from '../../score/rounding';
import type { Rule } from '../rule';
import { indicatorName } from './indicatorName';

/**
 * A reason is required where the indicator fell short: its entered 得分 is below its 分值, or — even
 * when the entered 得分 is full — its 完成值 misses its 指标值 (the rule score is below the weight);
 * and where it was over-completed far beyond target (≥ 130%: the target was probably set too low).
 * An empty 完成值 scored anyway is reported too. A form with no reason column asks for none; the
 * form's printed instruction left in the cell is no reason.
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
    if (ind.reason.cell === undefined || !isUnanswered(ind.reason)) return;
    const enteredBelow = entered !== null && entered.lt(s.weight) && !entered.isNegative();
    if (profile.reasonRequiredWhenScoreBelowWeight && enteredBelow && entered !== null) {
      out.push({
        code: 'reason-missing',
        cell: ind.reason.cell,
        params: { name, score: entered.toString(), weight: s.weight.toString() },
      });
    } else if (
      profile.reasonRequiredWhenScoreBelowWeight &&
      s.ruleScore !== null &&
      s.ruleScore.lt(s.weight)
    ) {
      out.push({
        code: 'deviation-no-reason',
        cell: ind.reason.cell,
        params: { name, computed: scoreText(s.ruleScore, profile), weight: s.weight.toString() },
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
