import type { Draft } from '../../domain/findings/finding';
import type { CellInput, TableInput } from '../../domain/model';
import { familyOf } from '../layouts/families';
import type { TableTag } from '../tag';
import { readBudget } from './budgetBlock';
import { readGoals } from './goalsBlock';
import { indicatorColumnsOf, type UnknownHeader } from './header';
import { readIndicators } from './indicatorBlock';
import type { MetaField } from './labels';
import type { TableRegion } from './locate';
import type { MergedGrid } from './mergedGrid';
import { indexMarks, metaValue, readTotals, type MarkIndex } from './metaBlock';
import { readYear } from './year';

const OPTIONAL_META: readonly Exclude<MetaField, 'unit' | 'project'>[] = [
  'supervisor',
  'implementer',
  'independentUnits',
  'functions',
  'preparer',
  'phone',
  'date',
];

/**
 * One table: its blocks read by their labels inside the rows `locateTables` gave it. A block that is
 * there but cannot be read (no header with 预算数 and 执行数, an indicator header without 完成值…) is
 * named in a finding and marked unreadable: the table then gets no total and no grade.
 */
export function readTable(
  grid: MergedGrid,
  region: TableRegion,
  tag: TableTag | null,
): { table: TableInput; findings: Draft[] } {
  const header = region.indicators;
  const columns = header ? indicatorColumnsOf(header) : undefined;
  const ind = columns && !('missing' in columns) ? columns : undefined;
  const indicators = ind ? readIndicators(grid, ind, region.bottom) : undefined;
  const budgetCols = region.budget;
  const budgetBottom = header && budgetCols && header.row > budgetCols.row ? header.row - 1 : region.bottom;
  const budget = budgetCols ? readBudget(grid, budgetCols, region.left, budgetBottom) : undefined;

  const isData = (row: number): boolean =>
    (header !== undefined && indicators !== undefined && row > header.bottom && row < indicators.end) ||
    (budgetCols !== undefined && budget !== undefined && row > budgetCols.row && row < budget.end);
  const marks = indexMarks(grid, region.top, region.bottom, region.left, isData);

  const meta: TableInput['meta'] = {
    unit: unitOf(grid, marks, region) ?? { raw: null },
    year: readYear(grid, region, tag),
  };
  const optional: Partial<Record<MetaField, CellInput>> = meta;
  for (const field of OPTIONAL_META) {
    const value = metaValue(grid, marks, field, region.bottom);
    if (value) optional[field] = value;
  }
  const family = familyOf({
    budget: budgetCols?.keys ?? [],
    indicators: header?.keys ?? [],
    kind: region.kind,
  });
  meta.family = family.id;
  const profileId = tag?.profile ?? family.profile;
  if (profileId) meta.profileId = profileId;

  const findings: Draft[] = [
    ...unknownHeaders([...(budgetCols?.unknown ?? []), ...(header?.unknown ?? [])], grid),
  ];
  const unreadable: ('budget' | 'indicators')[] = [];
  if (!budgetCols || budget?.rows.length === 0) {
    unreadable.push('budget');
    const at = budgetCols ? grid.addr(budgetCols.row, budgetCols.left) : position(grid, marks.budgetBlock);
    findings.push({ code: 'budget-unreadable', cell: at, params: { header: budgetCols !== undefined } });
  }
  if (!ind) {
    unreadable.push('indicators');
    const missing = columns && 'missing' in columns ? columns.missing : [];
    const at = header ? grid.addr(header.row, header.left) : position(grid, marks.indicatorBlock);
    findings.push({
      code: 'indicators-unreadable',
      cell: at,
      params: { header: header !== undefined, missing },
    });
  }

  const goalsTop = header?.row ?? region.bottom + 1;
  const goalsEnd = marks.goalPlanned && goalsTop > marks.goalPlanned.row ? goalsTop - 1 : region.bottom;
  const table: TableInput = {
    kind: region.kind,
    sheet: grid.sheet,
    meta,
    budget: budget?.rows ?? [],
    goals: readGoals(grid, marks, region.left, goalsEnd),
    indicators: indicators?.indicators ?? [],
  };
  const percent = [
    ...(budgetCols?.ratePercent ? (['rate'] as const) : []),
    ...(header?.coefficientPercent ? (['coefficient'] as const) : []),
  ];
  if (percent.length > 0) table.percentColumns = percent;
  if (unreadable.length > 0) table.unreadable = unreadable;
  const totals = readTotals(grid, marks, ind);
  if (totals) table.totals = totals;
  findings.push(...(budget?.findings ?? []), ...(indicators?.findings ?? []));
  return { table, findings };
}

/**
 * 部门（单位）名称, or 项目名称 for a project table (a 湖北 form has both: 单位名称 above 项目名称); a
 * 重庆 部门整体 form names its unit as 主管部门 only.
 */
function unitOf(grid: MergedGrid, marks: MarkIndex, region: TableRegion): CellInput | undefined {
  const unit = metaValue(grid, marks, 'unit', region.bottom);
  const project = metaValue(grid, marks, 'project', region.bottom);
  if (region.kind === 'project') return project ?? unit;
  return unit ?? project ?? metaValue(grid, marks, 'supervisor', region.bottom);
}

function unknownHeaders(unknown: readonly UnknownHeader[], grid: MergedGrid): Draft[] {
  return unknown.map((u) => ({
    code: 'header-unknown',
    cell: grid.addr(u.row, u.col),
    params: { text: u.text },
  }));
}

function position(grid: MergedGrid, at: { row: number; col: number } | undefined): string | undefined {
  return at ? grid.addr(at.row, at.col) : undefined;
}
