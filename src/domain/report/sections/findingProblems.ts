import { MISSING, PROBLEMS, type MeasureKey } from '../phrases.zh-CN';
import type { Finding } from '../../findings/finding';
import type { NarrateContext } from '../context';
import { fill, labelText, quotable } from '../format';
import { joinParts, para, type Part } from '../runs';
import { indicatorNameText } from './indicators';
import type { Problem } from './dataProblems';
import { level1Name } from './preamble';

/** How the report names the indicator a finding points at: its 三级 name, else its 二级 label, else the finding's. */
function findingName(ctx: NarrateContext, f: { readonly cell: string | null }, fallback: string): string {
  const ind = ctx.indicatorAt(f.cell);
  if (!ind) return quotable(fallback);
  return indicatorNameText(ind) || quotable(labelText(ind.level2)) || quotable(fallback);
}

function names(list: readonly string[]): string {
  return [...new Set(list.filter((n) => n !== ''))].map(PROBLEMS.quoted).join(PROBLEMS.namesSeparator);
}

/** Where a row-shifted finding points, named by its 二级指标 (its 三级 cell holds a number). */
function shiftedName(ctx: NarrateContext, f: Extract<Finding, { code: 'row-shifted' }>): string {
  const ind = ctx.indicatorAt(f.cell);
  return (ind ? quotable(labelText(ind.level2)) : '') || findingName(ctx, f, f.params.name);
}

/** Groups of findings stated as one problem each: lead, items, and a cause to fill in. */
function grouped(kind: MeasureKey, lead: string, items: readonly Part[][]): Problem[] {
  if (items.length === 0) return [];
  return [
    {
      kind,
      paragraph: para(
        lead,
        joinParts(items, PROBLEMS.listSeparator),
        PROBLEMS.end,
        PROBLEMS.cause(fill(MISSING.cause)),
        PROBLEMS.end,
      ),
    },
  ];
}

/** 指标值 not measurable, copied from the name, units that differ, shifted rows. */
export function targetProblems(ctx: NarrateContext): Problem[] {
  const f = ctx.findings;
  const items: Part[][] = [];
  const add = (list: string[], phrase: (names: Part) => Part[]) => {
    const n = names(list);
    if (n !== '') items.push(phrase(n));
  };
  add(
    f('target-not-measurable').map((x) => findingName(ctx, x, x.params.name)),
    PROBLEMS.targetNotMeasurable,
  );
  add(
    f('target-copies-name').map((x) => findingName(ctx, x, x.params.text)),
    PROBLEMS.targetCopiesName,
  );
  add(
    f('actual-not-measurable').map((x) => findingName(ctx, x, x.params.name)),
    PROBLEMS.actualNotMeasurable,
  );
  add(
    f('unit-mismatch').map((x) => findingName(ctx, x, x.params.name)),
    PROBLEMS.unitMismatch,
  );
  add(
    f('row-shifted').map((x) => shiftedName(ctx, x)),
    PROBLEMS.rowShifted,
  );
  return grouped('targets', PROBLEMS.targetsLead, items);
}

/** Weights are a problem once some are set; a table not filled in yet has none to compare. */
export function weightProblems(ctx: NarrateContext): Problem[] {
  if (ctx.nothingScored) return [];
  const f = ctx.findings;
  const items: Part[][] = [
    ...f('level1-weight-sum').map((x) =>
      PROBLEMS.level1WeightSum(level1Name(x.params.level1), x.params.declared, x.params.sum),
    ),
    ...f('level1-weight-profile').map((x) =>
      PROBLEMS.level1WeightProfile(level1Name(x.params.level1), x.params.declared, x.params.expected),
    ),
    ...f('weights-total').map((x) => PROBLEMS.weightsTotal(x.params.total, x.params.expected)),
  ];
  return grouped('weights', PROBLEMS.weightsLead, items);
}

/** Scores entered against the rules: 执行率得分, indicator scores, totals, grade. */
export function scoringProblems(ctx: NarrateContext): Problem[] {
  const f = ctx.findings;
  const items: Part[][] = [
    ...f('execution-score-mismatch').map((x) => PROBLEMS.executionScore(x.params.entered, x.params.computed)),
    ...f('score-mismatch').map((x) =>
      PROBLEMS.scoreMismatch(findingName(ctx, x, x.params.name), x.params.entered, x.params.computed),
    ),
    ...f('scored-without-actual').map((x) =>
      PROBLEMS.scoredWithoutActual(findingName(ctx, x, x.params.name), x.params.score),
    ),
    ...f('qualitative-score-out-of-band').map((x) =>
      PROBLEMS.qualitativeBand(
        findingName(ctx, x, x.params.name),
        x.params.score,
        x.params.min,
        x.params.max,
      ),
    ),
    ...f('score-total-over-max').map((x) => PROBLEMS.scoreOverMax(x.params.total, x.params.max)),
    ...f('total-mismatch').map((x) =>
      PROBLEMS.totalMismatch(PROBLEMS.totalField[x.params.field], x.params.entered, x.params.computed),
    ),
    ...f('grade-mismatch').map((x) => PROBLEMS.gradeMismatch(x.params.entered, x.params.computed)),
  ];
  return grouped('scoring', PROBLEMS.scoringLead, items);
}
