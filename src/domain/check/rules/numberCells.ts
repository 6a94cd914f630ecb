import type { Draft } from '../../findings/finding';
import type { Cell } from '../../model';
import { textOf } from '../../score/cellNumbers';
import type { Rule } from '../rule';

/** Excel's error values, as every host reads them back. */
const SPREADSHEET_ERROR = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

function notNumber(cell: Cell | undefined, field: string): Draft[] {
  if (cell?.value.kind !== 'text') return [];
  const text = textOf(cell);
  return SPREADSHEET_ERROR.test(text)
    ? [{ code: 'formula-error', cell: cell.cell, params: { field, error: text } }]
    : [{ code: 'not-a-number', cell: cell.cell, params: { field, text } }];
}

function negative(cell: Cell | undefined, field: string): Draft[] {
  return cell?.value.kind === 'number' && cell.value.value.isNegative()
    ? [{ code: 'negative-amount', cell: cell.cell, params: { field, value: cell.value.value.toString() } }]
    : [];
}

/** Cells that must hold numbers (amounts, 分值, 得分): text there is reported, never read as 0. */
export const numberCellsRule: Rule = ({ table }) => {
  const out: Draft[] = [];
  for (const row of table.budget) {
    for (const [cell, field] of [
      [row.initial, `${row.label}年初预算数`],
      [row.planned, `${row.label}全年预算数`],
      [row.actual, `${row.label}全年执行数`],
    ] as const) {
      out.push(...notNumber(cell, field), ...negative(cell, field));
    }
    const weightField = `${row.label}分值`;
    out.push(
      ...notNumber(row.weight, weightField),
      ...negative(row.weight, weightField),
      ...notNumber(row.score, `${row.label}得分`),
    );
  }
  for (const ind of table.indicators) {
    const name = textOf(ind.name) || textOf(ind.level2);
    const weightField = `指标“${name}”的分值`;
    out.push(
      ...notNumber(ind.weight, weightField),
      ...negative(ind.weight, weightField),
      ...notNumber(ind.score, `指标“${name}”的得分`),
    );
  }
  return out;
};
