import { ZERO } from '../decimal';
import type { EvaluationTable } from '../model';
import type { Profile } from '../profiles/profile';
import { scoreBudget } from './budgetScore';
import { holdsNonFinite } from './cellNumbers';
import { gradeOf } from './grade';
import { scoreIndicator } from './indicatorScore';
import { level1Subtotals } from './level1';
import type { Scores } from './scores.types';

/** A number cell of the table stores NaN or ±Infinity: its scores cannot be trusted enough to grade. */
function storesNonFinite(table: EvaluationTable): boolean {
  return (
    table.budget.some((b) =>
      [b.initial, b.planned, b.actual, b.rate, b.weight, b.score].some(holdsNonFinite),
    ) || table.indicators.some((i) => [i.target, i.actual, i.weight, i.score].some(holdsNonFinite))
  );
}

/**
 * Scores a whole table: 执行率 and its score, every indicator, subtotals per 一级, the total over the
 * whole table (the 执行率 row included) and the grade. Pure and exact.
 */
export function scoreTable(table: EvaluationTable, profile: Profile): Scores {
  const budget = scoreBudget(table.budget, profile);
  const indicators = table.indicators.map((ind, i) => scoreIndicator(ind, i, profile));
  const level1 = level1Subtotals(table.indicators, indicators);
  const budgetEffective = budget.ruleScore ?? budget.enteredScore ?? ZERO;
  let weight = budget.weight ?? ZERO;
  let entered = budget.weight ? (budget.enteredScore ?? ZERO) : ZERO;
  let rule = budget.weight ? budgetEffective : ZERO;
  for (const g of level1) {
    weight = weight.plus(g.weight);
    entered = entered.plus(g.enteredScore);
    rule = rule.plus(g.ruleScore);
  }
  return {
    budget,
    indicators,
    level1,
    totals: {
      complete: table.unreadable.length === 0,
      weight,
      enteredScore: entered,
      ruleScore: rule,
      grade: storesNonFinite(table) ? null : gradeOf(rule, profile),
      enteredGrade: gradeOf(entered, profile),
    },
  };
}
