import type { Draft } from '../../findings/finding';
import type { Cell } from '../../model';
import { textOf } from '../../score/cellNumbers';
import type { Rule } from '../rule';

/**
 * Only the total row (年度资金总额, 总额, 合计) carries the 执行率 points: 分值 or 得分 typed on a
 * sub-row (其中：财政拨款…) is counted nowhere and usually doubles the total's. A cell merged down
 * from the total row is the total's.
 */
export const budgetSubrowsRule: Rule = ({ table }) => {
  const total = table.budget.find((r) => r.key === 'total');
  if (!total) return [];
  const out: Draft[] = [];
  for (const row of table.budget) {
    if (row === total) continue;
    for (const [field, cell, own] of [
      ['weight', row.weight, total.weight],
      ['score', row.score, total.score],
    ] as const) {
      if (!isTyped(cell) || cell?.cell === own?.cell) continue;
      out.push({
        code: 'budget-subrow-scored',
        cell: cell?.cell,
        params: { label: row.label, field, value: textOf(cell) },
      });
    }
  }
  return out;
};

function isTyped(cell: Cell | undefined): boolean {
  return cell?.value.kind === 'number';
}
