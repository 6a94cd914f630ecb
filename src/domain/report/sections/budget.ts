import { oneLine } from '../../parse/normalize';
import { BUDGET, HEADINGS, MISSING } from '../phrases.zh-CN';
import type { BudgetRow } from '../../model';
import { numberOf } from '../../score/cellNumbers';
import type { NarrateContext } from '../context';
import { amount, amountCell, fill, ratePercent, withoutStop } from '../format';
import type { Paragraph, Section } from '../report.types';
import { joinParts, para, type Part } from '../runs';

const SOURCE_PREFIX = /^其中[：:]?/u;

function mainRow(ctx: NarrateContext): BudgetRow | undefined {
  const rows = ctx.evaluation.table.budget;
  return rows.find((r) => r.key === 'total') ?? rows[0];
}

function budgetAmount(row: BudgetRow | undefined, field: 'planned' | 'actual'): Part {
  const value = row ? numberOf(row[field]) : null;
  if (value !== null) return amount(value);
  return fill(field === 'planned' ? MISSING.budgetPlanned : MISSING.budgetActual);
}

/** 全年预算数、全年执行数、执行率 and the unspent amount; then each fund source that has figures. */
export function budgetSummary(ctx: NarrateContext): Paragraph {
  const { scores } = ctx.evaluation;
  const row = mainRow(ctx);
  const main = scores.budget.main;
  const rate = main?.ratePercent ? ratePercent(main.ratePercent, ctx.profile) : fill(MISSING.budgetFigures);
  const parts: Part[] = BUDGET.summary(
    ctx.year,
    ctx.unit,
    budgetAmount(row, 'planned'),
    budgetAmount(row, 'actual'),
    rate,
  );
  if (main?.unspent && main.unspent.gt(0)) parts.push(...BUDGET.unspent(amount(main.unspent)));
  parts.push(BUDGET.end);
  const sources: Part[][] = [];
  ctx.evaluation.table.budget.forEach((r, i) => {
    if (r === row) return;
    const planned = numberOf(r.planned);
    const actual = numberOf(r.actual);
    if (planned === null && actual === null) return;
    const rowRate = scores.budget.rows[i]?.ratePercent;
    sources.push(
      BUDGET.source(
        withoutStop(oneLine(r.label)).replace(SOURCE_PREFIX, ''),
        planned === null ? fill(MISSING.budgetPlanned) : amount(planned),
        actual === null ? fill(MISSING.budgetActual) : amount(actual),
        rowRate ? ratePercent(rowRate, ctx.profile) : null,
      ),
    );
  });
  if (sources.length > 0) parts.push(BUDGET.sourcesLead, ...joinParts(sources, BUDGET.separator), BUDGET.end);
  return para(parts);
}

/** 二、单位整体预算支出情况 （一）基本支出情况 （二）项目支出情况. */
export function overallBudgetSections(ctx: NarrateContext): Section[] {
  const H = HEADINGS.overall;
  const i = ctx.inputs;
  const basic = BUDGET.basic(
    ctx.year,
    amountCell(i.basicExpense, MISSING.basicExpense),
    amountCell(i.salaries, MISSING.salaries),
    amountCell(i.goodsAndServices, MISSING.goodsAndServices),
    amountCell(i.householdSubsidies, MISSING.householdSubsidies),
  );
  const project = BUDGET.project(
    ctx.year,
    amountCell(i.projectExpense, MISSING.projectExpense),
    fill(MISSING.projectExpenseUse),
  );
  return [
    { heading: H.budget, level: 1, paragraphs: [budgetSummary(ctx)] },
    { heading: H.basicExpense, level: 2, paragraphs: [para(basic)] },
    { heading: H.projectExpense, level: 2, paragraphs: [para(project)] },
  ];
}

/** 二、项目资金使用及管理情况: 年初预算数, the summary, then how the funds were managed. */
export function projectFundsSection(ctx: NarrateContext): Section {
  const row = mainRow(ctx);
  const initial = row?.initial ? numberOf(row.initial) : null;
  const paragraphs: Paragraph[] = [];
  if (initial !== null) paragraphs.push(para(BUDGET.projectInitial(amount(initial))));
  paragraphs.push(budgetSummary(ctx));
  paragraphs.push(para(BUDGET.fundManagement(fill(MISSING.fundManagement))));
  return { heading: HEADINGS.project.funds, level: 1, paragraphs };
}
