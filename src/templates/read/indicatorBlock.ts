import type { Draft } from '../../domain/findings/finding';
import type { CellInput, IndicatorInput } from '../../domain/model';
import { normalize } from '../../domain/parse/normalize';
import { isPrintedRowName } from '../../domain/parse/placeholders';
import type { IndicatorColumns } from './header';
import { isSubtotalLabel, isWeightOnlyLabel } from './labels';
import { LevelCarry } from './levels';
import { isBlankRow, rowHasMark } from './marks';
import { cellInput, type MergedGrid } from './mergedGrid';
import { placedColumns, placeRow, type Placement, type RowPlacement } from './rowPlacement';
import { unreadable } from './unreadable';

/** Rows that end the indicator block (and, without a title between them, the table). */
const END = new Set([
  'total',
  'grade',
  'preparer',
  'phone',
  'date',
  'budgetBlock',
  'goalsBlock',
  'functions',
  'unit',
  'project',
  'supervisor',
]);
/** Footer labels end the block where labels stand, left of 三级指标 (an indicator may be called 改进措施…). */
const FOOTER = new Set(['footer']);
const MAX_BLANK_RUN = 3;
const TEXT_MAX = 60;

export interface IndicatorRead {
  readonly indicators: IndicatorInput[];
  readonly findings: Draft[];
  /** The row that ended the block (总分, 合计, 评价结论…) or the row after the table. */
  readonly end: number;
}

/** 一级 labels met in the block: which ones got indicator rows. */
class Level1Labels {
  private readonly seen = new Map<string, { readonly input: CellInput; used: boolean }>();

  meet(input: CellInput, used: boolean): void {
    const key = input.cell;
    if (key === undefined || input.raw === null) return;
    const known = this.seen.get(key);
    if (known) known.used ||= used;
    else this.seen.set(key, { input, used });
  }

  /** 'level1-empty' for each label no indicator row came under (none while the form is still blank). */
  empty(): Draft[] {
    const labels = [...this.seen.values()];
    if (!labels.some((l) => l.used)) return [];
    return labels
      .filter((l) => !l.used)
      .map((l) => ({ code: 'level1-empty', cell: l.input.cell, params: { level1: textOf(l.input) } }));
  }
}

/**
 * Every row under the indicator header until 总分 / 合计 / 评价等级 / a footer label or the end of
 * the table: subtotal (小计) rows, empty rows and the rows the form prints for the user to fill
 * (`指标1：`, `……`) skipped, rows of `/` kept.
 */
export function readIndicators(grid: MergedGrid, cols: IndicatorColumns, bottom: number): IndicatorRead {
  const indicators: IndicatorInput[] = [];
  const findings: Draft[] = [];
  const levels = new LevelCarry();
  const labels = new Level1Labels();
  const labelled = labelledColumns(grid, cols);
  let blankRun = 0;
  let row = cols.bottom + 1;
  for (; row <= bottom; row++) {
    if (rowHasMark(grid, row, cols.left, cols.name, END)) break;
    if (rowHasMark(grid, row, cols.left, cols.name - 1, FOOTER)) break;
    if (isBlankRow(grid, row, cols.left, cols.right)) {
      if (++blankRun >= MAX_BLANK_RUN) break;
      continue;
    }
    blankRun = 0;
    if (isSubtotalRow(grid, cols, row)) continue;
    const placed = placeRow(grid, cols, row);
    const level1 = readLevel1(grid, levels, row, cols, placed, indicators, findings);
    const level2 = placed.displaced
      ? displacedLevel(grid, levels, 2, row, cols, placed)
      : levels.read(grid, 2, row, cols.level2);
    const f = placed.fields;
    const filled = placedColumns(f).filter((col) => !grid.blank(row, col));
    const printedOnly =
      filled.length === 1 && filled[0] === f.name && isPrintedRowName(grid.key(row, f.name));
    if (filled.length === 0 || printedOnly) {
      labels.meet(level1, false);
      if (filled.length === 0 && hasStrayText(grid, cols, row, placed))
        findings.push(unreadable(grid, row, cols.left, cols.right));
      continue;
    }
    labels.meet(level1, true);
    indicators.push(indicatorAt(grid, row, f, level1, level2, placed.misfit));
    if (!placed.displaced) findings.push(...unlabelledValues(grid, row, cols, labelled));
  }
  findings.push(...labels.empty());
  return { indicators, findings, end: row };
}

function indicatorAt(
  grid: MergedGrid,
  row: number,
  f: Placement,
  level1: CellInput,
  level2: CellInput,
  misfit: boolean,
): IndicatorInput {
  const optional = (col: number | undefined) => (col === undefined ? undefined : grid.input(row, col));
  const indicator: IndicatorInput = {
    level1,
    level2,
    name: grid.input(row, f.name),
    target: grid.input(row, f.target),
    actual: grid.input(row, f.actual),
    weight: grid.input(row, f.weight),
    score: grid.input(row, f.score),
    // A form without a reason column: nothing the user could have filled.
    reason: f.reason === undefined ? { raw: null } : grid.input(row, f.reason),
    row,
    ...(misfit ? { misfit: true } : {}),
  };
  const extras = {
    nature: optional(f.nature),
    unit: optional(f.unit),
    adjustedTarget: optional(f.adjustedTarget),
    coefficient: optional(f.coefficient),
  };
  for (const [k, v] of Object.entries(extras)) if (v) (indicator as Record<string, unknown>)[k] = v;
  return indicator;
}

/**
 * The row's 一级 label. A cell holding only a weight (`（30分）` under `效益指标`) is the end of the label
 * above, split over two cells: the label is read whole, on the rows already read too, and named.
 */
function readLevel1(
  grid: MergedGrid,
  levels: LevelCarry,
  row: number,
  cols: IndicatorColumns,
  placed: RowPlacement,
  indicators: IndicatorInput[],
  findings: Draft[],
): CellInput {
  if (placed.displaced) return displacedLevel(grid, levels, 1, row, cols, placed);
  const col = cols.level1;
  const previous = levels.current(1);
  if (col === undefined || !grid.isOwn(row, col) || !isWeightOnlyLabel(grid.key(row, col)) || !previous)
    return levels.read(grid, 1, row, col);
  const weight = textOf(grid.input(row, col));
  const whole = cellInput(`${textOf(previous)}${weight}`, previous.cell);
  findings.push({
    code: 'level1-weight-only',
    cell: grid.addr(row, col),
    params: { level1: textOf(previous), weight },
  });
  indicators.forEach((ind, i) => {
    if (ind.level1.cell === previous.cell) indicators[i] = { ...ind, level1: whole };
  });
  return levels.set(1, whole, grid.mergeAt(row, col));
}

function displacedLevel(
  grid: MergedGrid,
  levels: LevelCarry,
  level: 1 | 2,
  row: number,
  cols: IndicatorColumns,
  placed: RowPlacement,
): CellInput {
  const found = level === 1 ? placed.level1 : placed.level2;
  if (found) return levels.set(level, grid.input(row, found.col));
  return levels.carried(grid, level, row, level === 1 ? cols.level1 : cols.level2);
}

function isSubtotalRow(grid: MergedGrid, cols: IndicatorColumns, row: number): boolean {
  for (let col = cols.left; col <= cols.name; col++) {
    if (isSubtotalLabel(grid.key(row, col))) return true;
  }
  return false;
}

/** Own text in the row that is neither a level label nor under a field: a row we cannot place. */
function hasStrayText(grid: MergedGrid, cols: IndicatorColumns, row: number, placed: RowPlacement): boolean {
  const known = new Set([cols.level1, cols.level2, placed.level1?.col, placed.level2?.col]);
  for (let col = cols.left; col <= cols.right; col++) {
    if (known.has(col) || !grid.isOwn(row, col) || grid.blank(row, col)) continue;
    if (col === cols.left && grid.key(row, col).endsWith('绩效指标')) continue;
    return true;
  }
  return false;
}

/** Columns of the table that a header cell names (its own or a merged one above it). */
function labelledColumns(grid: MergedGrid, cols: IndicatorColumns): ReadonlySet<number> {
  const out = new Set<number>();
  for (let col = cols.left; col <= cols.right; col++) {
    for (let r = cols.row; r <= cols.bottom; r++) if (!grid.blank(r, col)) out.add(col);
  }
  return out;
}

/** Values typed in a column no header names: not read, and said so. */
function unlabelledValues(
  grid: MergedGrid,
  row: number,
  cols: IndicatorColumns,
  labelled: ReadonlySet<number>,
): Draft[] {
  const out: Draft[] = [];
  for (let col = cols.left; col <= cols.right; col++) {
    if (labelled.has(col) || !grid.isOwn(row, col) || grid.blank(row, col)) continue;
    const text = textOf(grid.input(row, col));
    out.push({
      code: 'value-unlabelled',
      cell: grid.addr(row, col),
      params: { text: text.length > TEXT_MAX ? `${text.slice(0, TEXT_MAX)}…` : text },
    });
  }
  return out;
}

function textOf(input: CellInput): string {
  return input.raw === null ? '' : normalizeSpaces(String(input.raw));
}

/** A label as one line: merged labels break lines (`绩\n效\n指\n标`), and the break carries no meaning. */
function normalizeSpaces(text: string): string {
  return normalize(text).replace(/\s*\n\s*/g, '');
}
