import { isBlank } from '../../score/cellNumbers';
import type { Draft } from '../../findings/finding';
import type { Rule } from '../rule';

/** The unit (or project) name and the year identify the table for the 财政 reviewer. */
export const metaRule: Rule = ({ table }) => {
  const out: Draft[] = [];
  if (isBlank(table.meta.unit)) out.push({ code: 'unit-missing', cell: table.meta.unit.cell, params: {} });
  if (table.meta.year.value.kind !== 'number')
    out.push({ code: 'year-missing', cell: table.meta.year.cell, params: {} });
  return out;
};
