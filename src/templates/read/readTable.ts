import type { Draft } from '../../domain/findings/finding';
import type { CellInput, TableInput } from '../../domain/model';
import type { TableTag } from '../tag';
import { readBudget } from './budgetBlock';
import { readGoals } from './goalsBlock';
import { readIndicators } from './indicatorBlock';
import type { MetaField } from './labels';
import type { TableRegion } from './locate';
import type { MergedGrid } from './mergedGrid';
import { indexMarks, metaValue, readTotals } from './metaBlock';
import { readYear } from './year';

const OPTIONAL_META: readonly Exclude<MetaField, 'unit'>[] = [
  'supervisor',
  'implementer',
  'independentUnits',
  'functions',
  'preparer',
  'phone',
  'date',
];

/** One table: its blocks read by their labels inside the rows `locateTables` gave it. */
export function readTable(
  grid: MergedGrid,
  region: TableRegion,
  tag: TableTag | null,
): { table: TableInput; findings: Draft[] } {
  const ind = region.indicators;
  const indicators = ind ? readIndicators(grid, ind, region.bottom) : undefined;
  const budgetCols = region.budget;
  const budgetBottom = ind && budgetCols && ind.row > budgetCols.row ? ind.row - 1 : region.bottom;
  const budget = budgetCols ? readBudget(grid, budgetCols, region.left, budgetBottom) : undefined;

  const isData = (row: number): boolean =>
    (ind !== undefined && indicators !== undefined && row > ind.row && row < indicators.end) ||
    (budgetCols !== undefined && budget !== undefined && row > budgetCols.row && row < budget.end);
  const marks = indexMarks(grid, region.top, region.bottom, region.left, isData);

  const meta: TableInput['meta'] = {
    unit: metaValue(grid, marks, 'unit', region.bottom) ?? { raw: null },
    year: readYear(grid, region, tag),
  };
  const optional: Partial<Record<MetaField, CellInput>> = meta;
  for (const field of OPTIONAL_META) {
    const value = metaValue(grid, marks, field, region.bottom);
    if (value) optional[field] = value;
  }
  if (tag) meta.profileId = tag.profile;

  const goalsEnd = ind && marks.goalPlanned && ind.row > marks.goalPlanned.row ? ind.row - 1 : region.bottom;
  const table: TableInput = {
    kind: region.kind,
    sheet: grid.sheet,
    meta,
    budget: budget?.rows ?? [],
    goals: readGoals(grid, marks, region.left, goalsEnd),
    indicators: indicators?.indicators ?? [],
  };
  const totals = readTotals(grid, marks, ind);
  if (totals) table.totals = totals;
  return { table, findings: [...(budget?.findings ?? []), ...(indicators?.findings ?? [])] };
}
