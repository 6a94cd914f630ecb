import type { Draft } from '../../findings/finding';
import type { Cell } from '../../model';
import { textOf } from '../../score/cellNumbers';
import type { Rule } from '../rule';

/** Excel's error values, as every host reads them back. */
const SPREADSHEET_ERROR = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

/** Pushes a finding when a number cell holds text; `field` is only computed then (10,000-row tables). */
function notNumber(out: Draft[], cell: Cell | undefined, field: () => string): void {
  if (cell?.value.kind !== 'text') return;
  const text = textOf(cell);
  out.push(
    SPREADSHEET_ERROR.test(text)
      ? { code: 'formula-error', cell: cell.cell, params: { field: field(), error: text } }
      : { code: 'not-a-number', cell: cell.cell, params: { field: field(), text } },
  );
}

function negative(out: Draft[], cell: Cell | undefined, field: () => string): void {
  if (cell?.value.kind === 'number' && cell.value.value.isNegative()) {
    out.push({
      code: 'negative-amount',
      cell: cell.cell,
      params: { field: field(), value: cell.value.value.toString() },
    });
  }
}

/** Cells that must hold numbers (amounts, 分值, 得分): text there is reported, never read as 0. */
export const numberCellsRule: Rule = ({ table }) => {
  const out: Draft[] = [];
  for (const row of table.budget) {
    for (const [cell, column] of [
      [row.initial, '年初预算数'],
      [row.planned, '全年预算数'],
      [row.actual, '全年执行数'],
      [row.weight, '分值'],
    ] as const) {
      notNumber(out, cell, () => `${row.label}${column}`);
      negative(out, cell, () => `${row.label}${column}`);
    }
    notNumber(out, row.score, () => `${row.label}得分`);
  }
  for (const ind of table.indicators) {
    const name = () => textOf(ind.name) || textOf(ind.level2);
    notNumber(out, ind.weight, () => `指标“${name()}”的分值`);
    negative(out, ind.weight, () => `指标“${name()}”的分值`);
    notNumber(out, ind.score, () => `指标“${name()}”的得分`);
  }
  return out;
};
