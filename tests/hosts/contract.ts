import * as fs from 'fs';
import * as path from 'path';
import type { RawValue } from '../../src/domain/cellValue.types';
import type { Draft } from '../../src/domain/findings/finding';
import type { TableInput } from '../../src/domain/model';
import { STANDARD_2020 } from '../../src/domain/profiles/standard2020';
import type { CellMark, SheetHost } from '../../src/hosts/sheetHost';
import { a1, type RangeBox, rangeA1 } from '../../src/templates/a1';
import type { Grid } from '../../src/templates/grid';
import type { PlanValue, SheetPlan } from '../../src/templates/plan';
import {
  type FormCellMap,
  type RenderedLayout,
  type RenderOptions,
  renderTemplateWithMap,
} from '../../src/templates/render';

/**
 * The SheetHost contract: every host (memory, xlsx, the Office.js and WPS fakes, Univer) runs this
 * suite. What SheetHost cannot do itself — seed a workbook with user data, type a value, read a fill —
 * each host gives through `HostContractOptions`, in its own terms.
 */
export type ContractHost = SheetHost & { readonly roundTrips?: number };

export interface CellFormat {
  readonly fill: string | null;
  readonly note: string | null;
}

export interface HostContractOptions<H extends ContractHost> {
  /** A host whose workbook already holds `sheet` with these plain values and merges: the user's data. */
  withSheet(sheet: string, rows: readonly (readonly RawValue[])[], merges?: readonly RangeBox[]): Promise<H>;
  /** Types values into cells as a user would. */
  typeValues(
    host: H,
    sheet: string,
    values: readonly { readonly cell: string; readonly value: RawValue }[],
  ): Promise<void>;
  /** The fill ('#RRGGBB', upper case) and note of a cell, null when none. */
  readFormat(host: H, sheet: string, cell: string): Promise<CellFormat>;
  /** Gives a cell a fill and a note as a user would. */
  writeFormat(host: H, sheet: string, cell: string, format: CellFormat): Promise<void>;
  /** Saves the workbook and opens it again; when given, marks must survive it. */
  reopen?(host: H): Promise<H>;
  /** false for a host that cannot count round trips: the count tests are then skipped, visibly. */
  countsRoundTrips?: boolean;
}

/** The fills of sheet marks, by severity: part of the contract, so every host marks alike. */
export const MARK_FILL = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' } as const;

export function render(options: Partial<RenderOptions> = {}): { plan: SheetPlan; map: RenderedLayout } {
  const result = renderTemplateWithMap({
    kind: 'overall',
    year: 2020,
    unit: '长沙市望城区信访局',
    profile: STANDARD_2020,
    ...options,
  });
  if (!result.ok) throw new Error(`bad test options: ${result.error.fields.join(', ')}`);
  return { plan: result.plan, map: result.map };
}

function formMap(map: RenderedLayout): FormCellMap {
  if (map.kind === 'reportInputs') throw new Error('expected a form');
  return map;
}

/** A cell of a grid, with '' read as empty (Office.js reads empty cells as ''). */
export function gridValue(grid: Grid, row: number, col: number): RawValue {
  const v = grid.values[row - 1]?.[col - 1] ?? null;
  return v === '' ? null : v;
}

function gridFormula(grid: Grid, row: number, col: number): string | null {
  const f = grid.formulas?.[row - 1]?.[col - 1] ?? null;
  // Hosts differ on the leading '=' (Office.js keeps it, ExcelJS drops it); the plan has none.
  return f === null ? null : f.replace(/^=/, '');
}

function mergeSet(merges: readonly RangeBox[]): string[] {
  return merges.map(rangeA1).sort();
}

/** Every value and formula of the plan, at its address; its merges; its tag. */
export function expectGridHoldsPlan(grid: Grid, plan: SheetPlan): void {
  for (const block of plan.blocks) {
    block.values.forEach((row, i) =>
      row.forEach((value: PlanValue, j) => {
        const r = block.top + i;
        const c = block.left + j;
        const where = `${grid.sheet}!${a1(r, c)}`;
        if (value !== null && typeof value === 'object') {
          expect({ where, formula: gridFormula(grid, r, c) }).toEqual({ where, formula: value.formula });
          // A host that evaluates must show a value, never an error, on a fresh template.
          const computed = gridValue(grid, r, c);
          expect({ where, error: typeof computed === 'string' && computed.startsWith('#') }).toEqual({
            where,
            error: false,
          });
        } else {
          expect({ where, value: gridValue(grid, r, c) }).toEqual({
            where,
            value: value === '' ? null : value,
          });
        }
      }),
    );
  }
  expect(gridValue(grid, plan.tag.row, plan.tag.col)).toBe(plan.tag.text);
  if (grid.tag !== undefined) expect(grid.tag).toBe(plan.tag.text);
  expect(mergeSet(grid.merges)).toEqual(expect.arrayContaining(mergeSet(plan.merges)));
}

/** Rows of values, '' read as empty, trailing empty rows dropped, every row `width` long. */
function normalRows(count: number, width: number, get: (row: number, col: number) => RawValue): RawValue[][] {
  const rows = Array.from({ length: count }, (_, i) =>
    Array.from({ length: width }, (__, j) => {
      const v = get(i + 1, j + 1);
      return v === '' ? null : v;
    }),
  );
  while (rows.length > 0 && rows[rows.length - 1].every((v) => v === null)) rows.pop();
  return rows;
}

function expectSameRows(grid: Grid, rows: readonly (readonly RawValue[])[]): void {
  const width = Math.max(0, ...rows.map((r) => r.length), ...grid.values.map((r) => r.length));
  const actual = normalRows(grid.values.length, width, (r, c) => gridValue(grid, r, c));
  const expected = normalRows(rows.length, width, (r, c) => rows[r - 1][c - 1] ?? null);
  expect(actual).toEqual(expected);
}

/** The plan's values as plain rows (formulas left empty): a template typed by hand, without the add-in. */
function planAsRows(plan: SheetPlan): RawValue[][] {
  const block = plan.blocks[0];
  return block.values.map((row) =>
    row.map((v): RawValue => (v !== null && typeof v === 'object' ? null : v)),
  );
}

const READER_SOURCE = path.join(__dirname, '../../src/templates/read/readTables.ts');
type ReadTables = (grid: Grid) => { tables: TableInput[]; findings: Draft[] };

async function loadReader(): Promise<ReadTables> {
  // A variable path: the reader is written in parallel, and this file must compile before it exists.
  const modulePath = '../../src/templates/read/readTables';
  const mod: unknown = await import(modulePath);
  if (
    typeof mod === 'object' &&
    mod !== null &&
    'readTables' in mod &&
    typeof mod.readTables === 'function'
  ) {
    return mod.readTables as ReadTables;
  }
  throw new Error('src/templates/read/readTables.ts does not export readTables');
}

export function runHostContract<H extends ContractHost>(
  name: string,
  makeHost: () => Promise<H>,
  opts: HostContractOptions<H>,
): void {
  const countTest = opts.countsRoundTrips === false ? test.skip : test;
  const reopenTest = opts.reopen ? test : test.skip;
  const readerTest = fs.existsSync(READER_SOURCE) ? test : test.skip;

  async function trips(host: H, action: () => Promise<unknown>): Promise<number> {
    const before = host.roundTrips;
    await action();
    const after = host.roundTrips;
    if (before === undefined || after === undefined) throw new Error(`${name} does not count round trips`);
    return after - before;
  }

  describe(`SheetHost contract: ${name}`, () => {
    describe('applyPlan', () => {
      test.each(['overall', 'project', 'reportInputs'] as const)(
        'puts the %s template on a new sheet named after the plan',
        async (kind) => {
          const { plan } = render({ kind });
          const host = await makeHost();
          const sheet = await host.applyPlan(plan);
          expect(sheet).toBe(plan.sheetName);
          expect(await host.listSheets()).toContain(sheet);
          expectGridHoldsPlan(await host.readGrid(sheet), plan);
        },
      );

      test('text that looks like a formula is written as text', async () => {
        const { plan } = render({ unit: '=SUM(1,2)' });
        const host = await makeHost();
        const grid = await host.readGrid(await host.applyPlan(plan));
        expect(gridValue(grid, 3, 2)).toBe('=SUM(1,2)');
        expect(gridFormula(grid, 3, 2)).toBeNull();
      });

      test('reads back a 50-blank-rows template whole (450 indicator rows)', async () => {
        const { plan, map } = render({ blankRowsPerLevel2: 50 });
        expect(formMap(map).indicators).toHaveLength(450);
        const host = await makeHost();
        expectGridHoldsPlan(await host.readGrid(await host.applyPlan(plan)), plan);
      });

      countTest.each([2, 50])(
        'applies a plan in exactly one round trip (%i blank rows per 二级)',
        async (rows) => {
          const { plan } = render({ blankRowsPerLevel2: rows });
          const host = await makeHost();
          expect(await trips(host, () => host.applyPlan(plan))).toBe(1);
        },
      );

      test('applying twice gives a de-duplicated second sheet and leaves the first untouched', async () => {
        const { plan } = render();
        const host = await makeHost();
        const first = await host.applyPlan(plan);
        await opts.typeValues(host, first, [
          { cell: 'C5', value: 1036.03 },
          { cell: 'D13', value: '接待群众来访' },
        ]);
        const before = await host.readGrid(first);
        const second = await host.applyPlan(plan);
        const third = await host.applyPlan(plan);
        expect([first, second, third]).toEqual([
          '整体支出自评表2020',
          '整体支出自评表2020 (2)',
          '整体支出自评表2020 (3)',
        ]);
        expect(await host.readGrid(first)).toEqual(before);
        expect(gridValue(before, 5, 3)).toBe(1036.03);
        expectGridHoldsPlan(await host.readGrid(second), plan);
      });

      test('inserting where a sheet of that name holds user data leaves the data intact', async () => {
        const { plan } = render();
        const userRows: RawValue[][] = [
          ['我的表', null, '备注'],
          [1036.03, '596.68', true],
          [null, null, null, '=不是公式'],
        ];
        const userMerges = [{ top: 1, left: 1, bottom: 1, right: 2 }];
        const host = await opts.withSheet(plan.sheetName, userRows, userMerges);
        const inserted = await host.applyPlan(plan);
        expect(inserted).toBe(`${plan.sheetName} (2)`);
        const user = await host.readGrid(plan.sheetName);
        expectSameRows(user, userRows);
        expect(mergeSet(user.merges)).toEqual(['A1:B1']);
        expect(user.tag).toBeUndefined();
        expectGridHoldsPlan(await host.readGrid(inserted), plan);
      });
    });

    describe('readGrid', () => {
      test('reads back whole a table with 500 extra indicator rows typed by hand', async () => {
        const { plan, map } = render();
        const form = formMap(map);
        const rows = planAsRows(plan);
        const at = form.indicators[0].row;
        const extra = Array.from({ length: 500 }, (_, i): RawValue[] => [
          null,
          null,
          null,
          `指标${i + 1}`,
          `≥${i + 1}件`,
          `${i + 2}件`,
          0.1,
          0.1,
          i % 7 === 0 ? `原因${i}` : null,
        ]);
        rows.splice(at, 0, ...extra);
        const shift = (m: RangeBox): RangeBox => ({
          ...m,
          top: m.top > at ? m.top + 500 : m.top,
          bottom: m.bottom >= at ? m.bottom + 500 : m.bottom,
        });
        const merges = plan.merges.map(shift);
        const host = await opts.withSheet('手工表', rows, merges);
        const grid = await host.readGrid('手工表');
        expect(grid.values.length).toBe(rows.length);
        expectSameRows(grid, rows);
        expect(gridValue(grid, at + 500, 4)).toBe('指标500');
        expect(gridValue(grid, form.totals.row + 501, 2)).toBe('评价等级');
        expect(mergeSet(grid.merges)).toEqual(mergeSet(merges));
      });
    });

    describe('mark and clearMarks', () => {
      async function marked(): Promise<{ host: H; sheet: string }> {
        const host = await makeHost();
        const sheet = await host.applyPlan(render().plan);
        await opts.writeFormat(host, sheet, 'D13', { fill: '#00B050', note: '用户批注：已核对' });
        await opts.writeFormat(host, sheet, 'B9', { fill: '#FFF9E5', note: '只有批注' });
        return { host, sheet };
      }
      const cells = ['C5', 'D13', 'B9', 'M40'] as const;
      async function formats(host: H, sheet: string): Promise<CellFormat[]> {
        return Promise.all(cells.map((c) => opts.readFormat(host, sheet, c)));
      }
      const marks: readonly CellMark[] = [
        { cell: 'C5', severity: 'error', message: '全年预算数为空' },
        { cell: 'D13', severity: 'warning', message: '三级指标与指标值相同' },
        { cell: 'B9', severity: 'info', message: '请填写职能职责' },
        { cell: 'M40', severity: 'error', message: '表外单元格' },
      ];

      test('mark sets the fill by severity and the note; clearMarks restores the exact fill and note', async () => {
        const { host, sheet } = await marked();
        const original = await formats(host, sheet);
        expect(original).toEqual([
          { fill: '#FFF9E5', note: null },
          { fill: '#00B050', note: '用户批注：已核对' },
          { fill: '#FFF9E5', note: '只有批注' },
          { fill: null, note: null },
        ]);
        const values = await host.readGrid(sheet);
        await host.mark(sheet, marks);
        expect(await formats(host, sheet)).toEqual(
          marks.map((m) => ({ fill: MARK_FILL[m.severity], note: m.message })),
        );
        await host.clearMarks(sheet);
        expect(await formats(host, sheet)).toEqual(original);
        const after = await host.readGrid(sheet);
        expect(after.values).toEqual(values.values);
        expect(after.formulas).toEqual(values.formulas);
        expect(await host.listSheets()).toEqual([sheet]);
      });

      test('marking twice then clearing restores the original, not the first mark', async () => {
        const { host, sheet } = await marked();
        const original = await formats(host, sheet);
        await host.mark(sheet, marks);
        await host.mark(sheet, [
          { cell: 'D13', severity: 'error', message: '第二次' },
          { cell: 'D13', severity: 'info', message: '第三次' },
          { cell: 'C5', severity: 'warning', message: '第二次' },
        ]);
        expect(await opts.readFormat(host, sheet, 'D13')).toEqual({ fill: MARK_FILL.info, note: '第三次' });
        await host.clearMarks(sheet);
        expect(await formats(host, sheet)).toEqual(original);
      });

      test('clearMarks of one sheet leaves the marks of another; with nothing marked it changes nothing', async () => {
        const { host, sheet } = await marked();
        const other = await host.applyPlan(render({ kind: 'project' }).plan);
        const original = await formats(host, sheet);
        await host.clearMarks(sheet);
        expect(await formats(host, sheet)).toEqual(original);
        await host.mark(sheet, marks);
        await host.mark(other, [{ cell: 'D6', severity: 'error', message: '项目' }]);
        await host.clearMarks(other);
        expect(await opts.readFormat(host, other, 'D6')).toEqual({ fill: '#FFF9E5', note: null });
        expect(await opts.readFormat(host, sheet, 'C5')).toEqual({
          fill: MARK_FILL.error,
          note: '全年预算数为空',
        });
        await host.clearMarks(sheet);
        expect(await formats(host, sheet)).toEqual(original);
      });

      reopenTest('marks can be cleared after the workbook was saved and reopened', async () => {
        const { host, sheet } = await marked();
        const original = await formats(host, sheet);
        await host.mark(sheet, marks);
        const reopen = opts.reopen;
        if (!reopen) throw new Error('unreachable: reopenTest runs only with opts.reopen');
        const again = await reopen(host);
        await again.mark(sheet, [{ cell: 'C5', severity: 'info', message: '重新打开后' }]);
        await again.clearMarks(sheet);
        expect(await formats(again, sheet)).toEqual(original);
      });
    });

    describe('round trips', () => {
      countTest('every SheetHost operation is one round trip', async () => {
        const host = await makeHost();
        const sheet = await host.applyPlan(render().plan);
        const many: CellMark[] = Array.from({ length: 300 }, (_, i) => ({
          cell: a1(13 + (i % 20), 4 + (i % 6)),
          severity: 'warning',
          message: `提示${i}`,
        }));
        expect(await trips(host, () => host.listSheets())).toBe(1);
        expect(await trips(host, () => host.readGrid(sheet))).toBe(1);
        expect(await trips(host, () => host.mark(sheet, many))).toBe(1);
        expect(await trips(host, () => host.clearMarks(sheet))).toBe(1);
        expect(await trips(host, () => host.select(sheet, 'H34'))).toBe(1);
      });
    });

    describe('select', () => {
      test('selects a cell of a sheet', async () => {
        const host = await makeHost();
        const sheet = await host.applyPlan(render().plan);
        await expect(host.select(sheet, 'H34')).resolves.toBeUndefined();
      });
    });

    describe('with the reader', () => {
      const cases: readonly Partial<RenderOptions>[] = [
        { kind: 'overall', year: 2020, unit: '长沙市望城区信访局' },
        { kind: 'overall', year: 2024, unit: '某某单位（含二级单位）', blankRowsPerLevel2: 5 },
        { kind: 'project', year: 2021, unit: '信访积案化解专项经费 No.3', blankRowsPerLevel2: 1 },
      ];
      readerTest.each(cases)(
        'insert then read gives back exactly the inserted options: %o',
        async (options) => {
          const { plan, map } = render(options);
          const form = formMap(map);
          const host = await makeHost();
          const sheet = await host.applyPlan(plan);
          await opts.typeValues(
            host,
            sheet,
            form.indicators.flatMap((ind, i) => [
              { cell: ind.name, value: `指标${i + 1}` },
              { cell: ind.target, value: '≥10件' },
              { cell: ind.actual, value: '12件' },
              { cell: ind.weight, value: 2 },
              { cell: ind.score, value: 2 },
            ]),
          );
          const readTables = await loadReader();
          const { tables } = readTables(await host.readGrid(sheet));
          expect(tables).toHaveLength(1);
          const table = tables[0];
          const year = table.meta.year.raw;
          expect({
            kind: table.kind,
            year: typeof year === 'number' ? year : Number(/\d{4}/.exec(String(year))?.[0]),
            unit: table.meta.unit.raw,
            indicators: table.indicators.length,
          }).toEqual({
            kind: options.kind,
            year: options.year,
            unit: options.unit,
            indicators: form.indicators.length,
          });
        },
      );
    });
  });
}
