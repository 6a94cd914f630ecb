import { STANDARD_2020 } from '../../../src/domain/profiles/standard2020';
import { evaluate } from '../../../src/domain/evaluate';
import type { RawValue } from '../../../src/domain/cellValue.types';
import { TableInputSchema } from '../../../src/domain/model';
import type { Grid } from '../../../src/templates/grid';
import { readTables } from '../../../src/templates/read/readTables';
import { gridOf, referenceGrid } from '../../fixtures/referenceGrid';
import {
  addressesOf,
  at,
  deleteRows,
  insertRows,
  outsideGrid,
  shiftGrid,
  stackGrids,
  withCells,
  readFlat,
} from './gridTools';
import { projectGrid, templateGrid } from './variantGrids';

/**
 * Reads, and checks what every read must satisfy: schema-valid tables, addresses inside the grid. The
 * findings are the reader's and the shifted rows the checks find (the one row-shifted detector is a rule).
 */
function read(grid: Grid) {
  const result = readFlat(grid);
  for (const table of result.tables) TableInputSchema.parse(table);
  expect(outsideGrid(grid, addressesOf(result.tables, result.findings))).toEqual([]);
  const shifted = result.tables.flatMap((t) =>
    evaluate(t, STANDARD_2020).findings.flatMap((f) =>
      f.code === 'row-shifted' && f.cell !== null ? [{ code: f.code, cell: f.cell, params: f.params }] : [],
    ),
  );
  const row = (d: { cell?: string }) => Number(/\d+$/.exec(d.cell ?? '')?.[0] ?? 0);
  const findings = [...result.findings, ...shifted].sort((a, b) => row(a) - row(b));
  return { tables: result.tables, findings };
}

describe('a project form typed by hand (年初预算数, 分值 before 执行率)', () => {
  const { tables, findings } = read(projectGrid);
  const [table] = tables;

  test('one project table, no findings', () => {
    expect(tables).toHaveLength(1);
    expect(table.kind).toBe('project');
    expect(findings).toEqual([]);
  });

  test('meta: 项目名称, 主管部门, 实施单位, year, 填报 labels with their values in the same cell', () => {
    const m = table.meta;
    expect([m.unit, m.year, m.supervisor, m.implementer, m.preparer, m.phone, m.date].map(at)).toEqual([
      '信访积案化解专项@B3',
      '2021@A2',
      '长沙市望城区人民政府@B4',
      '长沙市望城区信访局@H4',
      '张三@A19',
      '0731-88553876@D19',
      '2021-03-01@H19',
    ]);
  });

  test('项目资金 rows mapped by header text', () => {
    expect(table.budget.map((b) => b.key)).toEqual(['total', 'fiscal', 'carryover', 'other']);
    const total = table.budget[0];
    expect(
      [total.initial, total.planned, total.actual, total.weight, total.rate, total.score, total.reason].map(
        at,
      ),
    ).toEqual(['100@C6', '120@D6', '108@E6', '10@F6', '90.00%@G6', '9@H6', '@I6']);
    expect(at(table.budget[1].initial)).toBe('80@C7');
  });

  test('goals, indicators with 年度指标值 / 实际完成值 / 偏差原因, and the 总分 row', () => {
    expect(table.goals.map((g) => [at(g.planned), at(g.achieved)])).toEqual([
      ['化解信访积案30件@B11', '化解信访积案32件@F11'],
    ]);
    expect(table.indicators.map((i) => [i.row, i.level2.raw, at(i.target), at(i.actual)])).toEqual([
      [13, '数量指标', '≥30件@E13', '32件@F13'],
      [14, '时效指标', '100%@E14', '95%@F14'],
      [15, '社会效益指标', '达成年度指标@E15', '达成年度指标@F15'],
      [16, '服务对象满意度指标', '≥90%@E16', '97%@F16'],
    ]);
    expect(at(table.indicators[1].reason)).toBe('个别案件跨年办结@I14');
    expect(at(table.indicators[1].level1)).toBe('产出指标（50分）@B13');
    expect(table.totals).toEqual({ weight: { raw: 100, cell: 'G17' }, score: { raw: 96, cell: 'H17' } });
  });
});

test('budget headers that say 预算数 / 执行数 without 全年', () => {
  const { tables } = read(withCells(projectGrid, { D5: '预算数', E5: '执行数' }));
  expect([at(tables[0].budget[0].planned), at(tables[0].budget[0].actual)]).toEqual(['120@D6', '108@E6']);
});

describe('our template read back (docs/layouts.md)', () => {
  const { tables, findings } = read(templateGrid);
  const [table] = tables;

  test('blank 三级 rows and 小计 rows skipped; labels from the merges', () => {
    expect(findings).toEqual([]);
    expect(table.indicators.map((i) => [i.row, at(i.level1), at(i.level2), at(i.name)])).toEqual([
      [13, '产出指标（50分）@B13', '数量指标@C13', '接访量@D13'],
      [24, '效益指标（30分）@B22', '社会效益指标@C24', '维稳事件@D24'],
      [31, '满意度指标（10分）@B31', '服务对象满意度指标@C31', '满意率@D31'],
    ]);
  });

  test('总分 and 评价等级, the reason column, the tag', () => {
    expect(table.totals).toEqual({
      weight: { raw: 60, cell: 'G34' },
      score: { raw: 56.94, cell: 'H34' },
      grade: { raw: '差', cell: 'H35' },
    });
    expect(at(table.budget[0].reason)).toBe('项目延期@H5');
    expect(at(table.budget[0].rate)).toBe('0.75@E5');
    expect(table.meta.profileId).toBe('standard-2020');
    expect(
      [table.meta.preparer, table.meta.phone, table.meta.date, table.meta.independentUnits].map(at),
    ).toEqual(['李四@B37', '12345678@F37', '2021-01-15@H37', '2@H3']);
  });

  test('the year comes from the subtitle, or from the tag when the subtitle is gone', () => {
    expect(at(table.meta.year)).toBe('2020@A2');
    const untitledYear = read(withCells(templateGrid, { A2: null })).tables[0];
    expect(untitledYear.meta.year).toEqual({ raw: 2021 });
    const noYear = read(withCells(templateGrid, { A2: null, K1: null })).tables[0];
    expect(noYear.meta.year).toEqual({ raw: null, cell: 'A2' });
    expect(noYear.meta.profileId).toBeUndefined();
  });
});

describe('where the table is', () => {
  test('a table starting at D7 reads as at A1, every address moved', () => {
    const { tables, findings } = read(shiftGrid(referenceGrid, 6, 3));
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(
      [t.meta.unit, t.meta.year, t.budget[0].planned, t.budget[1].planned, t.meta.preparer].map(
        (c) => c?.cell,
      ),
    ).toEqual(['F9', 'D8', 'G11', 'G12', 'E32']);
    expect(t.indicators).toHaveLength(12);
    expect(t.indicators.map((i) => i.row)).toEqual([19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]);
    expect([t.indicators[1].level1.cell, t.indicators[1].level2.cell, t.indicators[1].name.cell]).toEqual([
      'E19',
      'F19',
      'G20',
    ]);
    expect(findings).toEqual([expect.objectContaining({ code: 'row-shifted', cell: 'G24' })]);
  });

  test('two tables on one sheet, one below the other', () => {
    const grid = stackGrids(referenceGrid, projectGrid, 3);
    const { tables, findings } = read(grid);
    expect(tables.map((t) => [t.kind, t.meta.unit.raw, t.indicators.length])).toEqual([
      ['overall', '长沙市望城区信访局', 12],
      ['project', '信访积案化解专项', 4],
    ]);
    const offset = referenceGrid.values.length + 3;
    expect(tables[0].meta.preparer?.cell).toBe('B26');
    expect(tables[1].meta.unit.cell).toBe(`B${3 + offset}`);
    expect(tables[1].budget[0].initial?.cell).toBe(`C${6 + offset}`);
    expect(tables[1].indicators[0].row).toBe(13 + offset);
    expect(tables[1].totals?.score?.cell).toBe(`H${17 + offset}`);
    expect(findings.map((f) => f.cell)).toEqual(['D18']);
  });

  test('two untitled tables are told apart by their blocks', () => {
    const offset = referenceGrid.values.length + 2;
    const grid = withCells(stackGrids(referenceGrid, projectGrid, 2), {
      A1: null,
      A2: null,
      [`A${1 + offset}`]: null,
      [`A${2 + offset}`]: null,
    });
    const { tables } = read(grid);
    expect(
      tables.map((t) => [t.kind, t.meta.unit.raw, t.budget.length, t.indicators.length, t.meta.year.raw]),
    ).toEqual([
      ['overall', '长沙市望城区信访局', 4, 12, null],
      ['project', '信访积案化解专项', 4, 4, null],
    ]);
  });

  test('an untitled table below a titled one is a table of its own', () => {
    const offset = referenceGrid.values.length + 2;
    const grid = withCells(stackGrids(referenceGrid, projectGrid, 2), { [`A${1 + offset}`]: null });
    const { tables } = read(grid);
    expect(tables.map((t) => [t.kind, t.meta.unit.raw, t.indicators.length, t.meta.year.raw])).toEqual([
      ['overall', '长沙市望城区信访局', 12, 2020],
      ['project', '信访积案化解专项', 4, 2021],
    ]);
    expect(tables[0].meta.preparer?.raw).toBe('徐海燕');
  });

  test('a table found by its blocks when its title is missing', () => {
    const { tables } = read(withCells(referenceGrid, { A1: null }));
    expect(tables).toHaveLength(1);
    expect(tables[0].meta.year).toEqual({ raw: 2020, cell: 'A2' });
    expect(tables[0].indicators).toHaveLength(12);
  });

  test('titles with spaces and half-width brackets', () => {
    const grid = withCells(referenceGrid, { A1: '部门 (单位) 整体支出绩效自评表', A2: '2020年度' });
    const { tables } = read(grid);
    expect(tables.map((t) => [t.kind, t.meta.year.raw])).toEqual([['overall', 2020]]);
  });
});

describe('rows inserted and deleted', () => {
  test('500 indicator rows inserted under 数量指标: all read, addresses right', () => {
    const extra: RawValue[][] = Array.from({ length: 500 }, (_, i) => [
      null,
      null,
      null,
      `接访点${i + 1}`,
      '≥1批',
      '1批',
      0.1,
      0.1,
      null,
    ]);
    const grid = insertRows(referenceGrid, 14, extra);
    const { tables, findings } = read(grid);
    const list = tables[0].indicators;
    expect(list).toHaveLength(512);
    expect(
      list
        .slice(1, 501)
        .every(
          (ind, k) =>
            ind.row === 14 + k && ind.name.cell === `D${14 + k}` && ind.name.raw === `接访点${k + 1}`,
        ),
    ).toBe(true);
    expect(
      list
        .slice(0, 502)
        .every(
          (ind) => ind.level1.cell === 'B13' && ind.level2.cell === 'C13' && ind.level2.raw === '数量指标',
        ),
    ).toBe(true);
    expect([list[501].row, list[501].name.raw]).toEqual([514, '化解信访积案']);
    expect([list[502].level2.cell, list[511].row, list[511].level1.cell]).toEqual(['C515', 524, 'B524']);
    expect(findings).toEqual([expect.objectContaining({ code: 'row-shifted', cell: 'D518' })]);
  });

  test('a 二级 whose rows were deleted is simply absent', () => {
    const { tables, findings } = read(deleteRows(referenceGrid, 17, 1));
    const list = tables[0].indicators;
    expect(list).toHaveLength(11);
    expect(list.map((i) => i.level2.raw)).not.toContain('时效指标');
    expect([list[4].row, list[4].level1.cell, list[4].level2.raw, list[4].level2.cell]).toEqual([
      17,
      'B13',
      '成本指标',
      'C17',
    ]);
    expect(findings.map((f) => f.cell)).toEqual(['D17']);
  });

  test('a 二级 left with its label and no filled row gives no indicator', () => {
    const grid = withCells(referenceGrid, { D19: null, E19: null, F19: null, G19: null, H19: null });
    const list = read(grid).tables[0].indicators;
    expect(list).toHaveLength(11);
    expect(list.map((i) => i.level2.raw)).not.toContain('经济效益指标');
    // The next row keeps its 一级 (from B19's merge) and its own 二级.
    expect([at(list[6].level1), at(list[6].level2)]).toEqual(['效益指标（30分）@B19', '社会效益指标@C20']);
  });

  test('a hand-typed table leaves 一级 and 二级 empty below the first row of a group', () => {
    const grid: Grid = {
      ...referenceGrid,
      merges: referenceGrid.merges.filter((m) => m.left > 3 || m.top < 12),
    };
    const list = read(grid).tables[0].indicators;
    expect(list).toHaveLength(12);
    expect([at(list[1].level1), at(list[1].level2), at(list[8].level2), at(list[10].level1)]).toEqual([
      '产出指标（50分）@B13',
      '数量指标@C13',
      '社会效益指标@C20',
      '效益指标（30分）@B19',
    ]);
  });

  test('a new 一级 forgets the previous group’s 二级', () => {
    const grid = withCells(referenceGrid, { C19: null });
    const row19 = read(grid).tables[0].indicators.find((i) => i.row === 19);
    expect(row19?.level2).toEqual({ raw: null, cell: 'C19' });
  });
});

describe('nothing to read', () => {
  test('a sheet with no table → table-not-found', () => {
    const grid = gridOf('Sheet1', [['名单'], ['张三', 1], ['李四', 2]]);
    expect(readTables(grid)).toEqual({
      tables: [],
      findings: [{ code: 'table-not-found', params: { sheet: 'Sheet1' } }],
      tag: null,
    });
    expect(readTables(gridOf('空', [])).findings).toEqual([
      { code: 'table-not-found', params: { sheet: '空' } },
    ]);
  });

  test('ragged rows, garbage and broken merges do not throw', () => {
    const garbage = {
      sheet: '乱',
      values: [
        ['部门（单位）整体支出绩效自评表'],
        [],
        null,
        [123, true, '年度预算申请', '全年预算数', '全年执行数', Number.NaN, Infinity],
        [undefined, '年度总预算', { x: 1 }, 'abc', null],
        ['年度绩效指标', '一级指标', '二级指标', '三级指标', 42, '分值'],
        ['效益指标（30分）', '成本指标', '小计'],
        ['生态效益指标', '数量指标', '产出指标（50分）', '满意度指标'],
        ['可持续影响指标', null, null, null, null, null, null, null, null, null, null, 'x'],
        ['garbage', 'more', 3.5],
        ['总分'],
      ],
      merges: [
        { top: 3, left: 1, bottom: 1, right: 9 },
        { top: -5, left: -5, bottom: 100, right: 100 },
        { top: 2, left: 2, bottom: 2, right: 2 },
        { top: Number.NaN, left: 1, bottom: 2, right: 2 },
        null,
      ],
      tag: 'JXZP:{not json',
    } as unknown as Grid;
    expect(() => read(garbage)).not.toThrow();
  });

  test('a stray row inside the indicator block → row-unreadable at its first cell', () => {
    const { findings, tables } = read(withCells(referenceGrid, { A25: '数据来源：信访信息系统' }));
    expect(tables[0].indicators).toHaveLength(12);
    expect(findings.map((f) => [f.code, f.cell])).toEqual([
      ['row-shifted', 'D18'],
      ['row-unreadable', 'A25'],
    ]);
  });

  test('a note below the indicators (注：…) ends the block: no indicator, no finding', () => {
    const { findings, tables } = read(withCells(referenceGrid, { A25: '注：本表数据未经审计' }));
    expect(tables[0].indicators).toHaveLength(12);
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['row-shifted', 'D18']]);
  });
});
