import type { RawValue } from '../../src/domain/cellValue.types';
import type { BudgetRowInput, IndicatorInput, TableInput } from '../../src/domain/model';
import { parseA1 } from '../../src/templates/a1';
import type { SheetPlan, ValueBlock } from '../../src/templates/plan';
import type { FormCellMap } from '../../src/templates/render';
import { REFERENCE_TABLE } from '../fixtures/referenceTable';

export interface TypedCell {
  readonly cell: string;
  readonly value: string | number;
}

/**
 * The reference table's inputs (1036.03 / 596.68, its indicator rows with their 分值 and 得分) typed into
 * a freshly rendered overall template, row by row under the same 二级, and the same values as the
 * core's TableInput at the template's addresses. Formula cells stay formulas; the budget score the
 * core is given is its own (`budgetScore`), never a spreadsheet's.
 */
export function referenceFill(
  map: FormCellMap,
  budgetScore: RawValue,
): { cells: TypedCell[]; input: TableInput } {
  const cells: TypedCell[] = [];
  const type = (cell: string, value: RawValue) => {
    if (typeof value === 'boolean') throw new Error(`the reference table has no booleans (${cell})`);
    if (value !== null) cells.push({ cell, value });
    return { raw: value, cell };
  };
  const source = new Map(REFERENCE_TABLE.budget.map((b) => [b.key, b]));
  const budget: BudgetRowInput[] = map.budget.map((row) => {
    const ref = source.get(row.key);
    return {
      key: row.key,
      label: row.label,
      planned: type(row.planned, ref?.planned.raw ?? null),
      actual: type(row.actual, ref?.actual.raw ?? null),
      weight: { raw: row.weight ? 10 : '--', cell: row.weight },
      score: { raw: row.score ? budgetScore : '--', cell: row.score },
    };
  });

  const free = new Map<string, FormCellMap['indicators'][number][]>();
  for (const row of map.indicators) free.set(row.level2, [...(free.get(row.level2) ?? []), row]);
  const indicators: IndicatorInput[] = REFERENCE_TABLE.indicators.map((ref) => {
    const level2 = String(ref.level2.raw);
    const row = free.get(level2)?.shift();
    if (row === undefined) throw new Error(`the template has too few ${level2} rows for the reference table`);
    return {
      level1: { raw: row.level1, cell: row.name.replace(/^[A-Z]+/, 'B') },
      level2: { raw: row.level2, cell: row.name.replace(/^[A-Z]+/, 'C') },
      name: type(row.name, ref.name.raw),
      target: type(row.target, ref.target.raw),
      actual: type(row.actual, ref.actual.raw),
      weight: type(row.weight, ref.weight.raw),
      score: type(row.score, ref.score.raw),
      reason: type(row.reason, null),
      row: row.row,
    };
  });

  const input: TableInput = {
    kind: 'overall',
    meta: {
      unit: { raw: String(REFERENCE_TABLE.meta.unit.raw), cell: map.meta.unit },
      year: { raw: 2020, cell: map.meta.year },
    },
    budget,
    goals: [],
    indicators,
  };
  return { cells, input };
}

/** The plan with the typed cells added as one-cell blocks after its own (later blocks win). */
export function withTypedCells(plan: SheetPlan, cells: readonly TypedCell[]): SheetPlan {
  const blocks: ValueBlock[] = cells.map(({ cell, value }) => {
    const pos = parseA1(cell);
    if (pos === null) throw new Error(`bad address ${cell}`);
    return { top: pos.row, left: pos.col, values: [[value]] };
  });
  return { ...plan, blocks: [...plan.blocks, ...blocks] };
}
