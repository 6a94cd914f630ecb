import { Decimal } from '../../decimal';
import type { Draft } from '../../findings/finding';
import { fractionOf, numberOf, textOf } from '../../score/cellNumbers';
import type { Rule } from '../rule';

/**
 * Per fund row: 执行数 above 预算数, and an entered 执行率 that disagrees with 执行数 ÷ 预算数
 * (a formula typed over), or a rate shown where there is no budget (the reference's `0.00%`).
 */
export const budgetRatesRule: Rule = ({ table, scores, profile }) => {
  const out: Draft[] = [];
  table.budget.forEach((row, i) => {
    const computed = scores.budget.rows[i];
    const planned = numberOf(row.planned);
    const actual = numberOf(row.actual);
    if (planned !== null && actual !== null && actual.gt(planned)) {
      out.push({
        code: 'budget-actual-over-planned',
        cell: row.actual.cell,
        params: { label: row.label, planned: planned.toFixed(2), actual: actual.toFixed(2) },
        expected: planned.toFixed(2),
        actual: actual.toFixed(2),
      });
    }
    const entered = fractionOf(row.rate);
    if (!row.rate || entered === null) return;
    const enteredPercent = entered.times(100).toDecimalPlaces(profile.rateDecimals, Decimal.ROUND_HALF_UP);
    const enteredText =
      row.rate.value.kind === 'number' && row.rate.value.unit === '%'
        ? textOf(row.rate)
        : `${enteredPercent.toFixed(profile.rateDecimals)}%`;
    if (computed.ratePercent === null) {
      const code = entered.isZero() ? 'rate-should-be-blank' : 'rate-mismatch';
      if (code === 'rate-should-be-blank')
        out.push({
          code,
          cell: row.rate.cell,
          params: { label: row.label, entered: enteredText },
          expected: '',
          actual: enteredText,
        });
      else
        out.push({
          code,
          cell: row.rate.cell,
          params: { label: row.label, entered: enteredText, computed: '空' },
          expected: '',
          actual: enteredText,
        });
      return;
    }
    if (!enteredPercent.eq(computed.ratePercent)) {
      const computedText = `${computed.ratePercent.toFixed(profile.rateDecimals)}%`;
      out.push({
        code: 'rate-mismatch',
        cell: row.rate.cell,
        params: { label: row.label, entered: enteredText, computed: computedText },
        expected: computedText,
        actual: enteredText,
      });
    }
  });
  return out;
};
