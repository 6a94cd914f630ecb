import { ZERO } from '../decimal';
import type { EvaluationTable } from '../model';
import type { Profile } from '../profiles/profile';
import { scoreBudget } from './budgetScore';
import { gradeOf } from './grade';
import { scoreIndicator } from './indicatorScore';
import { level1Subtotals } from './level1';
import type { Scores } from './scores.types';

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
      grade: gradeOf(rule, profile),
      enteredGrade: gradeOf(entered, profile),
    },
  };
}
