import { Decimal } from '../../decimal';
import { distinctFixed } from '../../distinctFixed';
import type { Draft } from '../../findings/finding';
import { fractionOf, isUnanswered, numberOf, textOf } from '../../score/cellNumbers';
import type { Rule } from '../rule';

/**
 * Per fund row: 执行数 above 预算数 without a reason (on the row or the total's), and an entered
 * 执行率 that disagrees with 执行数 ÷ 预算数 (a formula typed over), or a rate shown where there is no
 * budget (the reference's `0.00%`). A bare rate under `执行率（%）` is in percent.
 */
export const budgetRatesRule: Rule = ({ table, scores, profile }) => {
  const out: Draft[] = [];
  const bareIsPercent = table.percentColumns.includes('rate');
  const total = table.budget.find((r) => r.key === 'total');
  table.budget.forEach((row, i) => {
    const computed = scores.budget.rows[i];
    const planned = numberOf(row.planned);
    const actual = numberOf(row.actual);
    const explained = !isUnanswered(row.reason) || !isUnanswered(total?.reason);
    if (planned !== null && actual !== null && actual.gt(planned) && !explained) {
      const [plannedText, actualText] = distinctFixed(planned, actual);
      out.push({
        code: 'budget-actual-over-planned',
        cell: row.actual.cell,
        params: { label: row.label, planned: plannedText, actual: actualText },
      });
    }
    const entered = fractionOf(row.rate, bareIsPercent);
    if (!row.rate || entered === null) return;
    const enteredPercent = entered.times(100).toDecimalPlaces(profile.rateDecimals, Decimal.ROUND_HALF_UP);
    // As the user sees it: the cell's own text when typed with %, else the fraction in percent.
    const typedInPercent =
      row.rate.value.kind === 'number' &&
      (row.rate.value.unit === '%' || (row.rate.value.unit === null && bareIsPercent));
    const enteredText = typedInPercent
      ? textOf(row.rate).replace(/\s*[%％]$/, '')
      : enteredPercent.toFixed(profile.rateDecimals);
    if (computed.ratePercent === null) {
      out.push(
        entered.isZero()
          ? {
              code: 'rate-should-be-blank',
              cell: row.rate.cell,
              params: { label: row.label, entered: enteredText },
            }
          : {
              code: 'rate-mismatch',
              cell: row.rate.cell,
              params: { label: row.label, entered: enteredText, computed: null },
            },
      );
      return;
    }
    if (!enteredPercent.eq(computed.ratePercent)) {
      out.push({
        code: 'rate-mismatch',
        cell: row.rate.cell,
        params: {
          label: row.label,
          entered: enteredText,
          computed: computed.ratePercent.toFixed(profile.rateDecimals),
        },
      });
    }
  });
  return out;
};
