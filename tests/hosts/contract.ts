import type { RawValue } from '../../src/domain/cellValue.types';
import { STANDARD_2020 } from '../../src/domain/profiles/standard2020';
import { addSheet } from '../../src/app/addSheet';
import { MARK_FILLS, type WantedMark } from '../../src/app/marks/planMarks';
import { clearMarks, syncMarks } from '../../src/app/marks/syncMarks';
import {
  BadAddressError,
  BadStoreKeyError,
  SheetExistsError,
  SheetNotFoundError,
} from '../../src/hosts/errors';
import type { CellFormat, SheetChange, SheetHost } from '../../src/hosts/sheetHost';
import { a1, type RangeBox, rangeA1 } from '../../src/templates/a1';
import { GRID_LIMITS, type Grid } from '../../src/templates/grid';
import type { PlanValue, SheetPlan } from '../../src/templates/plan';
import { readTables } from '../../src/templates/read/readTables';
import {
  type FormCellMap,
  type RenderedLayout,
  type RenderOptions,
  renderTemplateWithMap,
} from '../../src/templates/render';
import { findTag } from '../../src/templates/tag';

/**
 * The SheetHost contract: every host (memory, xlsx, the Office.js and WPS fakes, Univer) runs this
 * suite, and nothing in it is skipped for a host. What SheetHost cannot do itself — seed a workbook
 * with user data, type a value, paint a cell, save and reopen — each host gives through
 * `HostContractOptions`, in its own terms: as a user would, through the host's own UI-level API.
 */
export type ContractHost = SheetHost & { readonly roundTrips: number };

export interface HostContractOptions<H extends ContractHost> {
  /** A host whose workbook already holds `sheet` with these plain values and merges: the user's data. */
  withSheet(sheet: string, rows: readonly (readonly RawValue[])[], merges?: readonly RangeBox[]): Promise<H>;
  /** Types values into cells as a user would (a host that notifies must notify these edits). */
  typeValues(
    host: H,
    sheet: string,
    values: readonly { readonly cell: string; readonly value: string | number | null }[],
  ): Promise<void>;
  /** Paints a cell as a user would: fill, font colour, note (null removes). */
  userFormat(host: H, sheet: string, cell: string, format: Partial<CellFormat>): Promise<void>;
  /** Saves the workbook and opens it again. */
  reopen(host: H): Promise<H>;
  /** Whether the host can tell about the user's edits (a file on disk cannot: onChange gives null). */
  notifies: boolean;
  /** Lets a host that delivers change events later (a real event loop) deliver them. */
  settle?(host: H): Promise<void>;
  /**
   * What one round trip is on this host. 'sync' (the default): one exchange carrying any number of
   * operations (Office.js `context.sync()`, a file, memory), so every operation takes at most 6, the same
   * for about 10 and about 1,000 rows. 'call': every property read, write and method call is its own
   * exchange (WPS's JS bridge). No operation then costs calls per row of the table; a layout with more
   * merges costs more to insert (a 二级 of one row has none); and marks cost calls per marked cell, at
   * most `perMarkedCell` each (ET has no batch for comments: one AddComment per note).
   */
  roundTrip?: { readonly kind: 'sync' } | { readonly kind: 'call'; readonly perMarkedCell: number };
}

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

export function formMap(map: RenderedLayout): FormCellMap {
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
  return f === null || f === '' ? null : f.replace(/^=/, '');
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
  expect(findTag(grid)).toBe(plan.tag.text);
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

/** The portable part of a format (what every host must give back the same). */
function portable(f: CellFormat): Omit<CellFormat, 'native'> {
  return { fill: f.fill, fontColor: f.fontColor, note: f.note };
}

/** About 10 and about 1,000 indicator rows (9 二级, so 1 and 112 blank rows each). */
export const SMALL_ROWS = 1;
export const LARGE_ROWS = 112;

export function runHostContract<H extends ContractHost>(
  name: string,
  makeHost: () => Promise<H>,
  opts: HostContractOptions<H>,
): void {
  async function trips(host: H, action: () => Promise<unknown>): Promise<number> {
    const before = host.roundTrips;
    await action();
    return host.roundTrips - before;
  }

  async function withForm(
    options: Partial<RenderOptions> = {},
  ): Promise<{ host: H; sheet: string; map: FormCellMap; plan: SheetPlan }> {
    const host = await makeHost();
    const { plan, map } = render(options);
    const sheet = await addSheet(host, plan);
    return { host, sheet, map: formMap(map), plan };
  }

  describe(`SheetHost contract: ${name}`, () => {
    describe('applyPlan', () => {
      test.each(['overall', 'project', 'reportInputs'] as const)(
        'puts the %s template on a new visible sheet named exactly as the plan says',
        async (kind) => {
          const { plan } = render({ kind });
          const host = await makeHost();
          const before = await host.listSheets();
          await host.applyPlan(plan);
          expect(await host.listSheets()).toEqual([...before, { name: plan.sheetName, visible: true }]);
          expectGridHoldsPlan(await host.readGrid(plan.sheetName), plan);
        },
      );

      test('text that looks like a formula is written as text', async () => {
        const { host, sheet } = await withForm({ unit: '=SUM(1,2)' });
        const grid = await host.readGrid(sheet);
        expect(gridValue(grid, 3, 2)).toBe('=SUM(1,2)');
        expect(gridFormula(grid, 3, 2)).toBeNull();
      });

      test('reads back a 50-blank-rows template whole (450 indicator rows)', async () => {
        const { host, sheet, map, plan } = await withForm({ blankRowsPerLevel2: 50 });
        expect(map.indicators).toHaveLength(450);
        expectGridHoldsPlan(await host.readGrid(sheet), plan);
      });

      test('a taken name (ignoring case) throws SheetExistsError and leaves the user sheet intact', async () => {
        const { plan } = render();
        const rows: RawValue[][] = [
          ['我的表', null, '备注'],
          [1036.03, '596.68', true],
          [null, null, null, '=不是公式'],
        ];
        const host = await opts.withSheet(plan.sheetName.toUpperCase(), rows, [
          { top: 1, left: 1, bottom: 1, right: 2 },
        ]);
        await expect(host.applyPlan(plan)).rejects.toBeInstanceOf(SheetExistsError);
        const user = await host.readGrid(plan.sheetName.toUpperCase());
        expectSameRows(user, rows);
        expect(mergeSet(user.merges)).toEqual(['A1:B1']);
        expect(findTag(user)).toBeUndefined();
        expect((await host.listSheets()).map((s) => s.name)).toEqual([plan.sheetName.toUpperCase()]);
      });

      test('addSheet names each insert anew and never touches an earlier sheet', async () => {
        const { host, sheet: first, plan } = await withForm();
        await opts.typeValues(host, first, [
          { cell: 'C5', value: 1036.03 },
          { cell: 'D13', value: '接待群众来访' },
        ]);
        const before = await host.readGrid(first);
        const second = await addSheet(host, plan);
        const third = await addSheet(host, plan);
        expect([first, second, third]).toEqual([
          '整体支出自评表2020',
          '整体支出自评表2020 (2)',
          '整体支出自评表2020 (3)',
        ]);
        expect(await host.readGrid(first)).toEqual(before);
        expect(gridValue(before, 5, 3)).toBe(1036.03);
        expectGridHoldsPlan(await host.readGrid(second), plan);
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
        expect(grid.extent).toBeUndefined();
      });

      test('a stray value far away is not read; the grid says how far the sheet extends', async () => {
        const row = GRID_LIMITS.rows + 5000;
        const host = await opts.withSheet('远处', [['年度绩效指标', 1]]);
        await opts.typeValues(host, '远处', [{ cell: a1(row, 3), value: '很远' }]);
        const grid = await host.readGrid('远处');
        expect(grid.values.length).toBeLessThanOrEqual(GRID_LIMITS.rows);
        expect(gridValue(grid, 1, 1)).toBe('年度绩效指标');
        expect(grid.extent).toEqual({ rows: row, cols: 3 });
      });
    });

    describe('formats and values', () => {
      test('readFormats gives the plan fill of an input cell, and what the user painted', async () => {
        const { host, sheet } = await withForm();
        await opts.userFormat(host, sheet, 'D13', {
          fill: '#00B050',
          fontColor: '#C00000',
          note: '用户批注：已核对',
        });
        const [c5, d13, m40] = await host.readFormats(sheet, ['C5', 'D13', 'M40']);
        expect(portable(c5)).toEqual({ fill: '#FFF9E5', fontColor: null, note: null });
        expect(portable(d13)).toEqual({ fill: '#00B050', fontColor: '#C00000', note: '用户批注：已核对' });
        expect(portable(m40)).toEqual({ fill: null, fontColor: null, note: null });
      });

      test('writeFormats changes only the fields given; writing back what was read restores it', async () => {
        const { host, sheet } = await withForm();
        await opts.userFormat(host, sheet, 'B9', { note: '只有批注' });
        const values = await host.readGrid(sheet);
        const original = await host.readFormats(sheet, ['C5', 'B9', 'M40']);
        await host.writeFormats(sheet, [
          { cell: 'C5', format: { fill: '#FFC7CE' } },
          { cell: 'B9', format: { note: '新批注', fontColor: '#0070C0' } },
          { cell: 'M40', format: { fill: '#DDEBF7', note: '表外' } },
        ]);
        const changed = (await host.readFormats(sheet, ['C5', 'B9', 'M40'])).map(portable);
        expect(changed).toEqual([
          { fill: '#FFC7CE', fontColor: null, note: null },
          { fill: '#FFF9E5', fontColor: '#0070C0', note: '新批注' },
          { fill: '#DDEBF7', fontColor: null, note: '表外' },
        ]);
        await host.writeFormats(
          sheet,
          ['C5', 'B9', 'M40'].map((cell, i) => ({ cell, format: original[i] })),
        );
        expect((await host.readFormats(sheet, ['C5', 'B9', 'M40'])).map(portable)).toEqual(
          original.map(portable),
        );
        const after = await host.readGrid(sheet);
        expect(after.values).toEqual(values.values);
        expect(after.formulas).toEqual(values.formulas);
      });

      test('writeValues writes numbers, texts (never formulas) and blanks, and no format', async () => {
        const { host, sheet } = await withForm();
        const before = await host.readFormats(sheet, ['C5', 'D13', 'H13']);
        await host.writeValues(sheet, [
          { cell: 'C5', value: 1036.03 },
          { cell: 'D13', value: '=1+1' },
          { cell: 'H13', value: 7.5 },
        ]);
        let grid = await host.readGrid(sheet);
        expect([gridValue(grid, 5, 3), gridValue(grid, 13, 4), gridValue(grid, 13, 8)]).toEqual([
          1036.03,
          '=1+1',
          7.5,
        ]);
        expect(gridFormula(grid, 13, 4)).toBeNull();
        expect((await host.readFormats(sheet, ['C5', 'D13', 'H13'])).map(portable)).toEqual(
          before.map(portable),
        );
        await host.writeValues(sheet, [{ cell: 'H13', value: null }]);
        grid = await host.readGrid(sheet);
        expect(gridValue(grid, 13, 8)).toBeNull();
      });
    });

    describe('store', () => {
      test('absent, written, replaced, removed; long values whole; it survives save and reopen', async () => {
        const host = await makeHost();
        // A live host's new workbook has a sheet of its own (Excel's and Univer's Sheet1); a file has none.
        const initial = (await host.listSheets()).filter((s) => s.visible).map((s) => s.name);
        const sheet = await addSheet(host, render().plan);
        expect(await host.readStore('jxzp.test')).toBeNull();
        await host.writeStore('jxzp.test', '第一');
        await host.writeStore('jxzp.test', '第二');
        const long = `${'长文本'.repeat(40_000)}末尾`;
        await host.writeStore('jxzp.long', long);
        expect(await host.readStore('jxzp.test')).toBe('第二');
        expect((await host.listSheets()).filter((s) => s.visible).map((s) => s.name)).toEqual([
          ...initial,
          sheet,
        ]);
        const again = await opts.reopen(host);
        expect(await again.readStore('jxzp.test')).toBe('第二');
        expect(await again.readStore('jxzp.long')).toBe(long);
        await again.writeStore('jxzp.test', null);
        expect(await again.readStore('jxzp.test')).toBeNull();
        expect(await again.readStore('jxzp.long')).toBe(long);
      });
    });

    describe('marks (app/marks on this host)', () => {
      const cells = ['C5', 'D13', 'B9', 'M40'] as const;
      const wanted: readonly WantedMark[] = [
        { cell: 'C5', severity: 'error', note: '全年预算数为空' },
        { cell: 'D13', severity: 'warning', note: '三级指标与指标值相同' },
        { cell: 'B9', severity: 'info', note: '请填写职能职责' },
        { cell: 'M40', severity: 'error', note: '表外单元格' },
      ];
      async function painted(): Promise<{ host: H; sheet: string }> {
        const { host, sheet } = await withForm();
        await opts.userFormat(host, sheet, 'D13', { fill: '#00B050', note: '用户批注：已核对' });
        await opts.userFormat(host, sheet, 'B9', { note: '只有批注' });
        return { host, sheet };
      }
      const formats = async (host: H, sheet: string) =>
        (await host.readFormats(sheet, [...cells])).map(portable);

      test('marking sets the fill by severity and the note; clearing restores the exact fill and note', async () => {
        const { host, sheet } = await painted();
        const original = await formats(host, sheet);
        const values = await host.readGrid(sheet);
        const visible = await host.listSheets();
        await syncMarks(host, [{ sheet, area: null, wanted }]);
        expect(await formats(host, sheet)).toEqual(
          wanted.map((m, i) => ({
            fill: MARK_FILLS[m.severity],
            fontColor: original[i].fontColor,
            note: m.note,
          })),
        );
        await clearMarks(host);
        expect(await formats(host, sheet)).toEqual(original);
        const after = await host.readGrid(sheet);
        expect(after.values).toEqual(values.values);
        expect(after.formulas).toEqual(values.formulas);
        expect(await host.listSheets()).toEqual(visible);
      });

      test('a re-check restores the cells no longer wrong and keeps the user’s own later changes', async () => {
        const { host, sheet } = await painted();
        const original = await formats(host, sheet);
        await syncMarks(host, [{ sheet, area: null, wanted }]);
        await syncMarks(host, [
          { sheet, area: null, wanted: [{ cell: 'D13', severity: 'error', note: '第二次' }] },
        ]);
        const now = await formats(host, sheet);
        expect(now[0]).toEqual(original[0]);
        expect(now[1]).toEqual({ fill: MARK_FILLS.error, fontColor: original[1].fontColor, note: '第二次' });
        expect(now[2]).toEqual(original[2]);
        await opts.userFormat(host, sheet, 'D13', { fill: '#7030A0' });
        await clearMarks(host);
        expect(await formats(host, sheet)).toEqual([
          original[0],
          { ...original[1], fill: '#7030A0' },
          original[2],
          original[3],
        ]);
      });

      test('marks of another sheet, or outside the re-checked area, are left alone', async () => {
        const { host, sheet } = await painted();
        const other = await addSheet(host, render({ kind: 'project' }).plan);
        const original = await formats(host, sheet);
        await syncMarks(host, [
          { sheet, area: null, wanted },
          { sheet: other, area: null, wanted: [{ cell: 'D6', severity: 'error', note: '项目' }] },
        ]);
        await syncMarks(host, [{ sheet, area: { top: 1, left: 1, bottom: 20, right: 10 }, wanted: [] }]);
        expect((await formats(host, sheet))[3]).toEqual({
          fill: MARK_FILLS.error,
          fontColor: null,
          note: '表外单元格',
        });
        expect(portable((await host.readFormats(other, ['D6']))[0])).toEqual({
          fill: MARK_FILLS.error,
          fontColor: null,
          note: '项目',
        });
        await clearMarks(host, other);
        expect(portable((await host.readFormats(other, ['D6']))[0])).toEqual({
          fill: '#FFF9E5',
          fontColor: null,
          note: null,
        });
        await clearMarks(host);
        expect(await formats(host, sheet)).toEqual(original);
      });

      test('marks are cleared exactly after the workbook was saved and reopened', async () => {
        const { host, sheet } = await painted();
        const original = await formats(host, sheet);
        await syncMarks(host, [{ sheet, area: null, wanted }]);
        const again = await opts.reopen(host);
        await syncMarks(again, [
          { sheet, area: null, wanted: [{ cell: 'C5', severity: 'info', note: '重新打开后' }] },
        ]);
        await clearMarks(again);
        expect(await formats(again, sheet)).toEqual(original);
      });
    });

    describe('selection', () => {
      test('select makes the sheet active and the cell its active cell', async () => {
        const { host, sheet } = await withForm();
        const other = await addSheet(host, render({ kind: 'project' }).plan);
        await host.select(sheet, 'h34');
        expect(await host.selection()).toEqual({ sheet, cell: 'H34' });
        await host.select(other, '$D$6');
        expect(await host.selection()).toEqual({ sheet: other, cell: 'D6' });
      });
    });

    describe('onChange', () => {
      if (!opts.notifies) {
        test('a host that cannot notify says so with null', async () => {
          const { host, sheet } = await withForm();
          expect(await host.onChange(sheet, () => undefined)).toBeNull();
        });
        return;
      }
      test('fires for the user’s edit, not for our own writes; stops after unsubscribe', async () => {
        const { host, sheet, plan } = await withForm();
        const heard: SheetChange[] = [];
        const stop = await host.onChange(sheet, (c) => heard.push(c));
        if (stop === null) throw new Error(`${name} says it notifies but onChange gave null`);
        await host.writeValues(sheet, [{ cell: 'C5', value: 1 }]);
        await host.writeFormats(sheet, [{ cell: 'C5', format: { fill: '#FFC7CE' } }]);
        await syncMarks(host, [
          { sheet, area: null, wanted: [{ cell: 'D13', severity: 'error', note: '标记' }] },
        ]);
        await host.writeStore('jxzp.test', 'x');
        await addSheet(host, plan);
        await opts.settle?.(host);
        expect(heard).toEqual([]);
        await opts.typeValues(host, sheet, [{ cell: 'D14', value: '用户输入' }]);
        await opts.settle?.(host);
        expect(heard.length).toBeGreaterThanOrEqual(1);
        expect(heard[0].sheet).toBe(sheet);
        const range = heard[0].range;
        if (range !== null)
          expect(range.top <= 14 && range.bottom >= 14 && range.left <= 4 && range.right >= 4).toBe(true);
        await stop();
        heard.length = 0;
        await opts.typeValues(host, sheet, [{ cell: 'D15', value: '再输入' }]);
        await opts.settle?.(host);
        expect(heard).toEqual([]);
      });
    });

    describe('misuse throws the same named errors on every host', () => {
      test('unknown sheet, bad address, bad store key', async () => {
        const { host, sheet } = await withForm();
        const before = await host.readGrid(sheet);
        await expect(host.readGrid('没有这张表')).rejects.toBeInstanceOf(SheetNotFoundError);
        await expect(host.readFormats('没有这张表', ['A1'])).rejects.toBeInstanceOf(SheetNotFoundError);
        await expect(host.select('没有这张表', 'A1')).rejects.toBeInstanceOf(SheetNotFoundError);
        await expect(
          host.writeValues(sheet, [
            { cell: 'C5', value: 9 },
            { cell: 'ZZZZ1', value: 1 },
          ]),
        ).rejects.toBeInstanceOf(BadAddressError);
        await expect(
          host.writeFormats(sheet, [
            { cell: 'C5', format: { fill: '#FFC7CE' } },
            { cell: '5C', format: { fill: null } },
          ]),
        ).rejects.toBeInstanceOf(BadAddressError);
        await expect(host.readFormats(sheet, ['A0'])).rejects.toBeInstanceOf(BadAddressError);
        await expect(host.select(sheet, 'nope')).rejects.toBeInstanceOf(BadAddressError);
        await expect(host.writeStore('空格 key', 'x')).rejects.toBeInstanceOf(BadStoreKeyError);
        await expect(host.readStore('')).rejects.toBeInstanceOf(BadStoreKeyError);
        // A bad address anywhere in a batch changes nothing.
        expect(await host.readGrid(sheet)).toEqual(before);
        expect(portable((await host.readFormats(sheet, ['C5']))[0]).fill).toBe('#FFF9E5');
      });
    });

    describe('round trips are the same for about 10 and about 1,000 indicator rows', () => {
      async function costs(blankRows: number): Promise<Record<string, number>> {
        const host = await makeHost();
        const { plan, map } = render({ blankRowsPerLevel2: blankRows });
        const form = formMap(map);
        const out: Record<string, number> = {};
        let sheet = '';
        out.insert = await trips(host, async () => {
          sheet = await addSheet(host, plan);
        });
        out.read = await trips(host, () => host.readGrid(sheet));
        const scores = form.indicators.map((ind) => ({ cell: ind.score, value: 1 }));
        out.writeValues = await trips(host, () => host.writeValues(sheet, scores));
        const marks: WantedMark[] = form.indicators.map((ind, i) => ({
          cell: ind.target,
          severity: i % 2 ? 'warning' : 'error',
          note: `提示${i}`,
        }));
        out.mark = await trips(host, () => syncMarks(host, [{ sheet, area: null, wanted: marks }]));
        out.remark = await trips(host, () =>
          syncMarks(host, [{ sheet, area: null, wanted: marks.slice(0, 3) }]),
        );
        out.clear = await trips(host, () => clearMarks(host));
        out.formats = await trips(host, () =>
          host.readFormats(
            sheet,
            form.indicators.map((ind) => ind.name),
          ),
        );
        out.select = await trips(host, () => host.select(sheet, 'H34'));
        expect(form.indicators.length).toBeGreaterThan(blankRows === LARGE_ROWS ? 1000 : 8);
        return out;
      }

      const model = opts.roundTrip ?? { kind: 'sync' };
      if (model.kind === 'sync') {
        test('insert, read, write values, mark, re-mark, clear, read formats, select', async () => {
          const small = await costs(SMALL_ROWS);
          const large = await costs(LARGE_ROWS);
          expect(large).toEqual(small);
          for (const [op, n] of Object.entries(small))
            expect({ op, n: n > 0 && n <= 6 }).toEqual({ op, n: true });
        });
      } else {
        test('insert, read, write values, read formats, select: never per row; marks: per marked cell', async () => {
          const small = await costs(SMALL_ROWS);
          const same = await costs(2);
          const large = await costs(LARGE_ROWS);
          const pick = (c: Record<string, number>, ops: readonly string[]) =>
            Object.fromEntries(ops.map((op) => [op, c[op]]));
          const perRow = ['read', 'writeValues', 'formats', 'select'];
          expect(pick(large, perRow)).toEqual(pick(small, perRow));
          // Two blank rows per 二级 already have every merge the layout has.
          expect(pick(large, [...perRow, 'insert', 'clear'])).toEqual(
            pick(same, [...perRow, 'insert', 'clear']),
          );
          const indicators = (rows: number) =>
            formMap(render({ blankRowsPerLevel2: rows }).map).indicators.length;
          const moreCells = indicators(LARGE_ROWS) - indicators(2);
          for (const op of ['mark', 'remark']) {
            expect({ op, ok: large[op] - same[op] <= model.perMarkedCell * moreCells }).toEqual({
              op,
              ok: true,
            });
          }
          for (const [op, n] of Object.entries(large)) expect({ op, n: n > 0 }).toEqual({ op, n: true });
        });
      }
    });

    describe('with the reader', () => {
      const cases: readonly Partial<RenderOptions>[] = [
        { kind: 'overall', year: 2020, unit: '长沙市望城区信访局' },
        { kind: 'overall', year: 2024, unit: '某某单位（含二级单位）', blankRowsPerLevel2: 5 },
        { kind: 'project', year: 2021, unit: '信访积案化解专项经费 No.3', blankRowsPerLevel2: 1 },
      ];
      test.each(cases)('insert then read gives back exactly the inserted options: %o', async (options) => {
        const { host, sheet, map } = await withForm(options);
        await opts.typeValues(
          host,
          sheet,
          map.indicators.flatMap((ind, i) => [
            { cell: ind.name, value: `指标${i + 1}` },
            { cell: ind.target, value: '≥10件' },
            { cell: ind.actual, value: '12件' },
            { cell: ind.weight, value: 2 },
            { cell: ind.score, value: 2 },
          ]),
        );
        const { tables } = readTables(await host.readGrid(sheet));
        expect(tables).toHaveLength(1);
        const table = tables[0].input;
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
          indicators: map.indicators.length,
        });
      });
    });
  });
}
