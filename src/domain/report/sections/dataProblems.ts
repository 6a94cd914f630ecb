import { MISSING, PROBLEMS, type MeasureKey } from '../phrases.zh-CN';
import { numberOf } from '../../score/cellNumbers';
import type { NarrateContext } from '../context';
import {
  amount,
  labelText,
  reasonText,
  completionPercent,
  fill,
  fractionPercent,
  plain,
  quotable,
  ratePercent,
  score,
  withoutStop,
} from '../format';
import type { Paragraph } from '../report.types';
import { para, type Part } from '../runs';
import { expressionPart, indicatorNameText, isNotMet, isOverCompleted, isReported } from './indicators';
import { executionReason } from './performance';

/** A problem found in the data, with the kind of measure it calls for. */
export interface Problem {
  readonly kind: MeasureKey;
  readonly paragraph: Paragraph;
}

/** 执行率 under the profile's threshold, with the unspent amount and its reason (or a placeholder). */
export function executionProblem(ctx: NarrateContext): Problem[] {
  const main = ctx.evaluation.scores.budget.main;
  const threshold = ctx.executionReasonBelow;
  if (!main?.rate || !main.ratePercent || !main.rate.lt(threshold) || !main.unspent) return [];
  const row = ctx.evaluation.table.budget.find((r) => r.key === main.key);
  const plannedValue = numberOf(row?.planned);
  const actualValue = numberOf(row?.actual);
  if (plannedValue === null || actualValue === null) return [];
  return [
    {
      kind: 'execution',
      paragraph: para(
        PROBLEMS.execution(
          amount(plannedValue),
          amount(actualValue),
          ratePercent(main.ratePercent, ctx.profile),
          fractionPercent(threshold),
          amount(main.unspent),
        ),
        PROBLEMS.cause(executionReason(ctx)),
        PROBLEMS.end,
      ),
    },
  ];
}

function reasonOr(text: string, fallback: string): Part {
  return text !== '' ? withoutStop(text) : fill(fallback);
}

/** Each indicator not fully met, and each far over-completed, with its reason (or a placeholder). */
export function indicatorProblems(ctx: NarrateContext): Problem[] {
  const { table, scores } = ctx.evaluation;
  const out: Problem[] = [];
  table.indicators.forEach((ind, i) => {
    const s = scores.indicators[i];
    if (!isReported(ind, s)) return;
    const label = indicatorNameText(ind) || quotable(labelText(ind.level2));
    const name: Part = label !== '' ? label : fill(MISSING.indicatorName);
    const target = expressionPart(ind.target, MISSING.target);
    const actual = expressionPart(ind.actual, MISSING.actual);
    const reason = reasonText(ind.reason);
    if (isNotMet(s) && s.weight && s.effectiveScore) {
      out.push({
        kind: 'notMet',
        paragraph: para(
          PROBLEMS.notMet(name, target, actual, score(s.effectiveScore, ctx.profile), plain(s.weight)),
          PROBLEMS.cause(reasonOr(reason, MISSING.notMetReason(label))),
          PROBLEMS.end,
        ),
      });
    }
    if (isOverCompleted(s, ctx) && s.completion) {
      out.push({
        kind: 'overCompleted',
        paragraph: para(
          PROBLEMS.overCompleted(name, target, actual, completionPercent(s.completion)),
          PROBLEMS.cause(reasonOr(reason, MISSING.overReason(label))),
          PROBLEMS.end,
        ),
      });
    }
  });
  return out;
}
