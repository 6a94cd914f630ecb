import { a1 } from '../../src/templates/a1';
import type { PlanValue, SheetPlan } from '../../src/templates/plan';
import { type Scalar, Sheet } from '../templates/formulaEval';

/**
 * What Excel would show in each formula cell of a rendered sheet once the user typed `typed` (the Excel
 * fake does not calculate): every formula the user did not type over, with its value by the template
 * formulas' small engine. An empty result is shown as ''.
 */
export function recalculated(
  plan: SheetPlan,
  typed: ReadonlyMap<string, PlanValue>,
): [cell: string, shows: string | number | boolean][] {
  const inputs: Record<string, Scalar> = {};
  for (const [cell, v] of typed) if (v === null || typeof v !== 'object') inputs[cell] = v;
  const sheet = new Sheet(plan, inputs);
  const out: [string, string | number | boolean][] = [];
  for (const block of plan.blocks)
    block.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const cell = a1(block.top + i, block.left + j);
        if (v !== null && typeof v === 'object' && !typed.has(cell))
          out.push([cell, sheet.value(cell) ?? '']);
      }),
    );
  return out;
}
