import { sum } from '../../decimal';
import { distinctFixed } from '../../distinctFixed';
import type { AmountColumn } from '../../findings/codes';
import type { Draft } from '../../findings/finding';
import type { Cell } from '../../model';
import { numberOf } from '../../score/cellNumbers';
import type { Rule } from '../rule';

/** 财政拨款 + 事业收入 (+ 上年结转) + 其他资金 must equal the total, for 预算数 and for 执行数. */
export const budgetPartsSumRule: Rule = ({ table }) => {
  const total = table.budget.find((r) => r.key === 'total');
  const parts = table.budget.filter((r) => r.key !== 'total');
  if (!total || parts.length === 0) return [];
  const out: Draft[] = [];
  const columns: [AmountColumn, (r: (typeof parts)[number]) => Cell | undefined][] = [
    ['planned', (r) => r.planned],
    ['actual', (r) => r.actual],
    ['initial', (r) => r.initial],
  ];
  for (const [column, pick] of columns) {
    const totalValue = numberOf(pick(total));
    const values = parts.map((r) => numberOf(pick(r))).filter((v) => v !== null);
    if (totalValue === null || values.length === 0) continue;
    const partsSum = sum(values);
    if (!partsSum.eq(totalValue)) {
      const [parts, totalText] = distinctFixed(partsSum, totalValue);
      out.push({
        code: 'budget-parts-sum',
        cell: pick(total)?.cell,
        params: { column, parts, total: totalText },
      });
    }
  }
  return out;
};
