import { MISSING, PERFORMANCE, PLACEHOLDER } from '../phrases.zh-CN';
import { isUnused } from '../../check/rules/indicatorName';
import type { Comparator } from '../../expression.types';
import { oneLine } from '../../parse/normalize';
import type { ExprCell, Indicator } from '../../model';
import type { IndicatorScore } from '../../score/scores.types';
import type { NarrateContext } from '../context';
import {
  cellText,
  labelText,
  nameLabel,
  reasonText,
  completionPercent,
  fill,
  fractionPercent,
  plain,
  quotable,
  score,
  withoutStop,
} from '../format';
import type { Paragraph } from '../report.types';
import { para, placeholderRun, type Part } from '../runs';

/** The 三级 name as written (one line, without a final stop or a printed `指标1：`), or '' when none. */
export function indicatorNameText(ind: Indicator): string {
  return quotable(nameLabel(ind.name));
}

const SIGNS: Record<Comparator, string> = { gte: '≥', gt: '>', eq: '', lte: '≤', lt: '<' };

/**
 * A bare number read with the 指标性质 and 度量单位 beside it (`99` | `≥` | `%`) as one would write it,
 * `≥99%`; null for a cell that says it all itself.
 */
function withColumnsText(cell: ExprCell): string | null {
  const { expr, value } = cell;
  if (expr.kind !== 'quantitative' || value.kind !== 'number' || value.unit !== null) return null;
  const unit = expr.quantities[0]?.unit ?? null;
  const sign = expr.explicit ? SIGNS[expr.comparator] : '';
  if (unit === null && sign === '') return null;
  return `${sign}${value.value.toString()}${unit ?? ''}`;
}

/** 指标值 / 完成值 as written: numbers and targets plain (`≥95%`), sentences quoted, empty → placeholder. */
export function expressionPart(cell: ExprCell, what: string): Part {
  const composed = withColumnsText(cell);
  if (composed !== null) return composed;
  const text = oneLine(cellText(cell));
  if (text === '' || cell.value.kind === 'na') return fill(what);
  const measurable = cell.value.kind === 'number' || cell.expr.kind === 'quantitative';
  return measurable ? withoutStop(text) : `“${quotable(text)}”`;
}

/** Whether the row says anything to report: not blank, not all `/`. */
export function isReported(ind: Indicator, s: IndicatorScore): boolean {
  return !isUnused(ind) && !(s.method.kind === 'unscorable' && s.method.why === 'not-applicable');
}

/** The effective score fell short of the weight. */
export function isNotMet(s: IndicatorScore): boolean {
  return s.weight !== null && s.effectiveScore !== null && s.effectiveScore.lt(s.weight);
}

/** 完成值 at or above `overCompletionAtLeast` × 指标值 on a 正向 / 等于 indicator. */
export function isOverCompleted(s: IndicatorScore, ctx: NarrateContext): boolean {
  const m = s.method.kind;
  return (
    (m === 'positive' || m === 'equal') &&
    s.completion !== null &&
    s.completion.gte(ctx.overCompletionAtLeast)
  );
}

function reasonPart(ind: Indicator, fallback: string): Part {
  const reason = reasonText(ind.reason);
  return reason !== '' ? withoutStop(reason) : fill(fallback);
}

function isShifted(ind: Indicator, ctx: NarrateContext): boolean {
  const cells = ctx.shiftedCells;
  return (
    cells.size > 0 &&
    ((ind.name.cell !== undefined && cells.has(ind.name.cell)) ||
      (ind.target.cell !== undefined && cells.has(ind.target.cell)))
  );
}

/** One indicator: target, result, weight and score, and the reason where it was not met or far exceeded. */
export function indicatorParagraph(ind: Indicator, s: IndicatorScore, ctx: NarrateContext): Paragraph {
  const nameText = indicatorNameText(ind);
  const name: Part = nameText !== '' ? nameText : fill(MISSING.indicatorName);
  const label = nameText !== '' ? nameText : quotable(labelText(ind.level2));
  const parts: Part[] = [
    ...PERFORMANCE.indicator(withoutStop(labelText(ind.level2)), name),
    ...PERFORMANCE.targetActual(
      expressionPart(ind.target, MISSING.target),
      expressionPart(ind.actual, MISSING.actual),
    ),
  ];
  if (s.weight === null) parts.push(...PERFORMANCE.noWeight(fill(MISSING.weight)));
  else {
    const effective = s.effectiveScore === null ? fill(MISSING.score) : score(s.effectiveScore, ctx.profile);
    parts.push(...PERFORMANCE.weightScore(plain(s.weight), effective));
    if (s.enteredScore !== null && s.effectiveScore !== null && !s.enteredScore.eq(s.effectiveScore)) {
      parts.push(...PERFORMANCE.entered(plain(s.enteredScore)));
    }
  }
  parts.push(PERFORMANCE.sentenceEnd);
  const clauses: Part[][] = [];
  if (isShifted(ind, ctx)) clauses.push([placeholderRun(PLACEHOLDER.check(MISSING.shiftedRow))]);
  if (s.method.kind === 'unscorable' && s.method.why === 'no-actual' && s.enteredScore?.gt(0)) {
    clauses.push([PERFORMANCE.noActualScored]);
  }
  if (isNotMet(s)) clauses.push(PERFORMANCE.notMet(reasonPart(ind, MISSING.notMetReason(label))));
  if (isOverCompleted(s, ctx) && s.completion) {
    clauses.push(
      PERFORMANCE.overCompleted(
        completionPercent(s.completion),
        fractionPercent(ctx.overCompletionAtLeast),
        reasonPart(ind, MISSING.overReason(label)),
      ),
    );
  }
  clauses.forEach((c, i) => {
    if (i > 0) parts.push(PERFORMANCE.clauseSeparator);
    parts.push(...c);
  });
  if (clauses.length > 0) parts.push(PERFORMANCE.sentenceEnd);
  return para(parts);
}
