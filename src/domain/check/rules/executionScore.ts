import type { Draft } from '../../findings/finding';
import { isBlank, percentNumber } from '../../score/cellNumbers';
import { scoreText } from '../../score/rounding';
import type { Rule } from '../rule';

/** 执行率得分 = min(执行率, 1) × 分值, rounded as the profile says (5.76, or 6 in whole points). */
export const executionScoreRule: Rule = ({ table, scores, profile }) => {
  const { main, ruleScore, enteredScore, weight } = scores.budget;
  const row = table.budget.find((r) => r.key === 'total') ?? table.budget[0];
  if (!row || !main?.rate || ruleScore === null || weight === null) return [];
  const rate = percentNumber(main.rate, profile.rateDecimals);
  const out: Draft[] = [];
  if (isBlank(row.score)) {
    out.push({ code: 'execution-score-missing', cell: row.score?.cell, params: { rate } });
  } else if (enteredScore !== null && !enteredScore.eq(ruleScore)) {
    const computed = scoreText(ruleScore, profile);
    out.push({
      code: 'execution-score-mismatch',
      cell: row.score?.cell,
      params: { entered: enteredScore.toString(), computed, rate, weight: weight.toString() },
    });
  }
  return out;
};
