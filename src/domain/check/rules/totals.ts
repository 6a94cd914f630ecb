import type { Draft } from '../../findings/finding';
import { numberOf, textOf } from '../../score/cellNumbers';
import type { Rule } from '../rule';

/**
 * The 总分 and 评价等级 cells, where the form has them, agree with the sums and the grade rule — when
 * every block of the table could be read.
 */
export const totalsRule: Rule = ({ table, scores }) => {
  const out: Draft[] = [];
  const t = scores.totals;
  if (!t.complete) return out;
  const pairs = [
    ['weight', table.totals.weight, t.weight],
    ['score', table.totals.score, t.enteredScore],
  ] as const;
  for (const [field, cell, computed] of pairs) {
    const entered = numberOf(cell);
    if (entered !== null && !entered.eq(computed)) {
      out.push({
        code: 'total-mismatch',
        cell: cell?.cell,
        params: { field, entered: entered.toString(), computed: computed.toString() },
      });
    }
  }
  const grade = textOf(table.totals.grade);
  const enteredTotal = numberOf(table.totals.score) ?? t.enteredScore;
  if (grade !== '' && grade !== t.enteredGrade) {
    out.push({
      code: 'grade-mismatch',
      cell: table.totals.grade?.cell,
      params: { entered: grade, computed: t.enteredGrade, total: enteredTotal.toString() },
    });
  }
  return out;
};
