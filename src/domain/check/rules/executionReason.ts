import { Decimal } from '../../decimal';
import { isUnanswered, percentNumber } from '../../score/cellNumbers';
import type { Rule } from '../rule';

/**
 * 执行率 under the profile's threshold (90%) needs a reason; the unspent amount is named. The form's
 * printed instruction left in the reason cell is no reason.
 */
export const executionReasonRule: Rule = ({ table, scores, profile }) => {
  const { main } = scores.budget;
  const row = table.budget.find((r) => r.key === 'total') ?? table.budget[0];
  const threshold = new Decimal(profile.executionReasonBelow);
  if (!row || !main?.rate || !main.rate.lt(threshold) || !isUnanswered(row.reason)) return [];
  return [
    {
      code: 'execution-low-no-reason',
      cell: row.rate?.cell ?? row.actual.cell,
      params: {
        rate: percentNumber(main.rate, profile.rateDecimals),
        threshold: percentNumber(threshold, 0),
        unspent: (main.unspent ?? new Decimal(0)).toFixed(2),
      },
    },
  ];
};
