import fc from 'fast-check';
import { checkSheet } from '../../src/app/checkWorkbook';
import type { FindingCode } from '../../src/domain/findings/codes';
import type { CellInput } from '../../src/domain/model';
import type { RangeBox } from '../../src/templates/a1';
import type { Grid } from '../../src/templates/grid';
import { indicatorHeaderAt, isBudgetAmountHeader } from '../../src/templates/read/header';
import { MergedGrid } from '../../src/templates/read/mergedGrid';
import { PROVINCIAL_FIXTURES } from '../fixtures/provincial';
import {
  canMerge,
  indicatorHeaderRow,
  insertEmptyColumn,
  insertEmptyRow,
  mergeCells,
  movableColumns,
  moveTable,
  reorderColumns,
  splitMerge,
} from '../fixtures/provincial/transforms';

/**
 * A clerk's edits that do not change what a form says — moving the table, inserting empty rows and
 * columns, reordering the columns that carry labels, splitting a merged header cell or merging one
 * with the blank cells beside it — never change what the checker reads from any provincial fixture,
 * or they produce a finding that says why.
 */

/** Findings that say why a table was read differently: a header, a column or a row it could not place. */
const WHY: readonly FindingCode[] = [
  'header-unknown',
  'value-unlabelled',
  'row-unreadable',
  'row-shifted',
  'budget-unreadable',
  'indicators-unreadable',
];

const raw = (c: CellInput | undefined) => (c === undefined ? undefined : c.raw);

/** What was read, without addresses (they move with the edits): values, figures, finding codes. */
function view(grid: Grid) {
  const sheet = checkSheet(grid);
  return sheet.tables.map(({ evaluation: { table, scores, findings } }) => ({
    kind: table.kind,
    family: table.meta.family,
    unit: table.meta.unit.raw,
    year: table.meta.year.raw,
    budget: table.budget.map((b) => [
      b.key,
      raw(b.initial),
      b.planned.raw,
      b.actual.raw,
      raw(b.rate),
      raw(b.weight),
      raw(b.score),
    ]),
    indicators: table.indicators.map((i) => [
      i.level1.raw,
      i.level2.raw,
      i.name.raw,
      i.target.raw,
      i.actual.raw,
      i.weight.raw,
      i.score.raw,
      i.reason.raw,
      raw(i.nature),
      raw(i.unit),
      raw(i.coefficient),
    ]),
    totals: [raw(table.totals.weight), raw(table.totals.score), raw(table.totals.grade)],
    figures: [
      scores.budget.main?.ratePercent?.toString() ?? null,
      scores.totals.weight.toString(),
      scores.totals.enteredScore.toString(),
      scores.totals.ruleScore.toString(),
      scores.totals.grade,
    ],
    codes: findings.map((f) => f.code).sort(),
  }));
}

function codesOf(grid: Grid): FindingCode[] {
  const sheet = checkSheet(grid);
  return [
    ...(sheet.problem?.findings ?? []).map((f) => f.code),
    ...sheet.tables.flatMap((t) => t.evaluation.findings.map((f) => f.code)),
  ];
}

const width = (g: Grid) => g.values.reduce((w, line) => Math.max(w, line.length), 0);

/** Rows of the indicator header (one, or two when 年度指标值 is split below). */
function headerRows(g: Grid): number[] {
  const row = indicatorHeaderRow(g);
  const header = row === null ? null : indicatorHeaderAt(new MergedGrid(g), row);
  if (!header) return [];
  return Array.from({ length: header.bottom - header.row + 1 }, (_, i) => header.row + i);
}

type Edit =
  | { readonly op: 'move'; readonly rows: number; readonly cols: number }
  | { readonly op: 'emptyRow'; readonly n: number }
  | { readonly op: 'emptyColumn'; readonly n: number }
  | { readonly op: 'reorder'; readonly keys: readonly number[] }
  | { readonly op: 'split'; readonly n: number }
  | { readonly op: 'merge'; readonly n: number; readonly down: boolean };

/**
 * Reorders the labelled columns of the indicator block, from its header down to the last row before
 * a merge spanning several of them (a footer, 合计), or to the end of the sheet.
 */
function reorder(g: Grid, keys: readonly number[]): Grid {
  const header = indicatorHeaderRow(g);
  if (header === null) return g;
  const ends = [
    g.values.length,
    ...g.merges.filter((m) => m.top > header && m.right > m.left).map((m) => m.top - 1),
  ];
  for (const end of [...new Set(ends)].sort((a, b) => b - a)) {
    const inside = (m: RangeBox) => m.bottom <= end;
    const part: Grid = { ...g, values: g.values.slice(0, end), merges: g.merges.filter(inside) };
    const cols = movableColumns(part, header);
    if (cols.length < 2) continue;
    const rank = (c: number) => keys[cols.indexOf(c) % keys.length];
    const order = [...cols].sort((a, b) => rank(a) - rank(b) || a - b);
    const moved = reorderColumns(part, header, cols, order);
    return {
      ...g,
      values: [...moved.values, ...g.values.slice(end)],
      merges: [...moved.merges, ...g.merges.filter((m) => !inside(m))],
    };
  }
  return g;
}

/** The budget header row: the first with two amount headers (预算数, 执行数…). */
function budgetHeaderRow(g: Grid): number[] {
  const grid = new MergedGrid(g);
  for (let r = 1; r <= grid.rows; r++) {
    let amounts = 0;
    for (let c = 1; c <= grid.cols; c++)
      if (grid.isOwn(r, c) && isBudgetAmountHeader(grid.key(r, c))) amounts++;
    if (amounts >= 2) return [r];
  }
  return [];
}

/** Merged cells of the header rows, the budget's and the indicators'. */
function headerMerges(g: Grid): RangeBox[] {
  const rows = [...budgetHeaderRow(g), ...headerRows(g)];
  return g.merges.filter((m) => rows.some((r) => m.top <= r && r <= m.bottom));
}

/** A header cell with the blank cell right of it or below it (within the header rows). */
function mergeable(g: Grid, down: boolean): RangeBox[] {
  const rows = headerRows(g);
  const boxes: RangeBox[] = [];
  for (const r of rows) {
    for (let c = 1; c <= width(g); c++) {
      const box = down
        ? { top: r, left: c, bottom: r + 1, right: c }
        : { top: r, left: c, bottom: r, right: c + 1 };
      if (rows.includes(box.bottom) && g.values[r - 1]?.[c - 1] != null && canMerge(g, box)) boxes.push(box);
    }
  }
  return boxes;
}

function apply(g: Grid, e: Edit): Grid {
  switch (e.op) {
    case 'move':
      return moveTable(g, e.rows, e.cols);
    case 'emptyRow':
      return insertEmptyRow(g, 1 + (e.n % (g.values.length + 1)));
    case 'emptyColumn':
      return insertEmptyColumn(g, 1 + (e.n % (width(g) + 1)));
    case 'reorder':
      return reorder(g, e.keys);
    case 'split': {
      const merges = headerMerges(g);
      return merges.length === 0 ? g : splitMerge(g, merges[e.n % merges.length]);
    }
    case 'merge': {
      const boxes = mergeable(g, e.down);
      return boxes.length === 0 ? g : mergeCells(g, boxes[e.n % boxes.length]);
    }
  }
}

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('move' as const), rows: fc.nat(3), cols: fc.nat(3) }),
  fc.record({ op: fc.constant('emptyRow' as const), n: fc.nat() }),
  fc.record({ op: fc.constant('emptyColumn' as const), n: fc.nat() }),
  fc.record({
    op: fc.constant('reorder' as const),
    keys: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
  }),
  fc.record({ op: fc.constant('split' as const), n: fc.nat() }),
  fc.record({ op: fc.constant('merge' as const), n: fc.nat(), down: fc.boolean() }),
);
const edits = fc.array(edit, { minLength: 1, maxLength: 4 });

describe('what a provincial form says does not depend on how it is laid out', () => {
  test.each(PROVINCIAL_FIXTURES.map((f) => [f.id, f] as const))('%s', (_, f) => {
    const before = view(f.grid);
    const beforeCodes = codesOf(f.grid);
    fc.assert(
      fc.property(edits, (list) => {
        const edited = list.reduce(apply, f.grid);
        const after = view(edited);
        if (JSON.stringify(after) === JSON.stringify(before)) return;
        // Read differently: a finding must say why.
        const why = codesOf(edited).filter((c) => WHY.includes(c));
        expect(why.length).toBeGreaterThan(beforeCodes.filter((c) => WHY.includes(c)).length);
      }),
      { numRuns: 60 },
    );
  });
});
