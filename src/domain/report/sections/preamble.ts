import { oneLine } from '../../parse/normalize';
import { MISSING, OPENING, SCORE_STATEMENT, HEADINGS } from '../phrases.zh-CN';
import type { Level1Subtotal } from '../../score/scores.types';
import type { NarrateContext } from '../context';
import { fill, labelText, plain, ratePercent, score, textCell, withoutStop } from '../format';
import type { Paragraph } from '../report.types';
import { joinParts, para, type Part } from '../runs';

const DECLARED_IN_LABEL = /[（(]\s*[0-9０-９.．]+\s*分\s*[）)]/u;

/** `产出指标（50分）` → `产出指标`: the weight is stated next to it anyway. */
export function level1Name(label: string): string {
  const name = withoutStop(oneLine(label).replace(DECLARED_IN_LABEL, '').trim());
  return name === '' ? HEADINGS.otherLevel1 : name;
}

function basisPart(ctx: NarrateContext): Part {
  const basis = textCell(ctx.inputs.basis, MISSING.basis);
  return typeof basis === 'string' ? withoutStop(basis) : basis;
}

/** The opening paragraph: on what basis, who, which year. */
export function opening(ctx: NarrateContext): Paragraph {
  const { meta, kind } = ctx.evaluation.table;
  if (kind === 'project') {
    const implementer = labelText(meta.implementer) || labelText(meta.supervisor);
    return para(
      OPENING.project(basisPart(ctx), implementer || fill(MISSING.implementer), ctx.year, ctx.unit),
    );
  }
  return para(OPENING.overall(basisPart(ctx), ctx.unit, ctx.year));
}

function level1Statement(g: Level1Subtotal, ctx: NarrateContext): Part[] {
  const name = level1Name(g.label);
  const s = score(g.ruleScore, ctx.profile);
  if (g.declaredWeight !== null && !g.declaredWeight.eq(g.weight)) {
    return SCORE_STATEMENT.level1Declared(name, s, plain(g.declaredWeight), plain(g.weight));
  }
  return SCORE_STATEMENT.level1(name, s, plain(g.weight));
}

/** 自评得分: the total and grade under the profile, then 执行率 and each 一级 against its weight. */
export function scoreStatement(ctx: NarrateContext): Paragraph {
  const { scores } = ctx.evaluation;
  const { totals, budget } = scores;
  const { profile } = ctx;
  const parts: Part[] = ctx.nothingScored
    ? SCORE_STATEMENT.total(fill(MISSING.totalScore), fill(MISSING.grade), profile.name)
    : SCORE_STATEMENT.total(
        score(totals.ruleScore, profile),
        totals.grade ?? fill(MISSING.grade),
        profile.name,
      );
  if (!totals.enteredScore.isZero() && !totals.enteredScore.eq(totals.ruleScore)) {
    parts.push(...SCORE_STATEMENT.enteredTotal(plain(totals.enteredScore), score(totals.ruleScore, profile)));
  }
  const items: Part[][] = [];
  if (budget.weight !== null) {
    const rate = budget.main?.ratePercent
      ? ratePercent(budget.main.ratePercent, profile)
      : fill(MISSING.budgetFigures);
    const s = budget.ruleScore ? score(budget.ruleScore, profile) : fill(MISSING.score);
    items.push(SCORE_STATEMENT.execution(rate, s, plain(budget.weight)));
  }
  for (const g of scores.level1) if (!g.weight.isZero()) items.push(level1Statement(g, ctx));
  if (items.length > 0) {
    parts.push(
      SCORE_STATEMENT.partsLead,
      ...joinParts(items, SCORE_STATEMENT.separator),
      SCORE_STATEMENT.end,
    );
  }
  return para(parts);
}
