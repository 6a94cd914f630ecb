import type { Draft } from '../../findings/finding';
import type { NumberField } from '../../findings/codes';
import type { Cell } from '../../model';
import { holdsNonFinite, textOf } from '../../score/cellNumbers';
import type { Rule } from '../rule';
import { indicatorName } from './indicatorName';

/** Excel's error values, as every host reads them back. */
const SPREADSHEET_ERROR = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

/** Pushes a finding when a number cell holds text; `label` is only computed then (10,000-row tables). */
function notNumber(out: Draft[], cell: Cell | undefined, field: NumberField, label: () => string): void {
  if (notFinite(out, cell, field, label) || cell?.value.kind !== 'text') return;
  const text = textOf(cell);
  out.push(
    SPREADSHEET_ERROR.test(text)
      ? { code: 'formula-error', cell: cell.cell, params: { field, label: label(), error: text } }
      : { code: 'not-a-number', cell: cell.cell, params: { field, label: label(), text } },
  );
}

/** Pushes number-not-finite for NaN or ±Infinity stored in the cell; true when it did. */
function notFinite(out: Draft[], cell: Cell | undefined, field: NumberField, label: () => string): boolean {
  if (!cell || !holdsNonFinite(cell)) return false;
  const raw = cell.raw as number;
  const stored = Number.isNaN(raw) ? 'nan' : raw > 0 ? 'infinity' : 'negative-infinity';
  out.push({ code: 'number-not-finite', cell: cell.cell, params: { field, label: label(), stored } });
  return true;
}

function negative(out: Draft[], cell: Cell | undefined, field: NumberField, label: () => string): void {
  if (cell?.value.kind === 'number' && cell.value.value.isNegative()) {
    out.push({
      code: 'negative-amount',
      cell: cell.cell,
      params: { field, label: label(), value: cell.value.value.toString() },
    });
  }
}

/** Cells that must hold numbers (amounts, 分值, 得分): text there is reported, never read as 0. */
export const numberCellsRule: Rule = ({ table }) => {
  const out: Draft[] = [];
  for (const row of table.budget) {
    const label = () => row.label;
    for (const [cell, field] of [
      [row.initial, 'budget.initial'],
      [row.planned, 'budget.planned'],
      [row.actual, 'budget.actual'],
      [row.weight, 'budget.weight'],
    ] as const) {
      notNumber(out, cell, field, label);
      negative(out, cell, field, label);
    }
    notNumber(out, row.score, 'budget.score', label);
  }
  for (const ind of table.indicators) {
    const name = () => indicatorName(ind);
    notNumber(out, ind.weight, 'indicator.weight', name);
    negative(out, ind.weight, 'indicator.weight', name);
    notNumber(out, ind.score, 'indicator.score', name);
    notFinite(out, ind.target, 'indicator.target', name);
    notFinite(out, ind.actual, 'indicator.actual', name);
  }
  return out;
};
