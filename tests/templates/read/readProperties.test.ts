import fc from 'fast-check';
import type { RawValue } from '../../../src/domain/cellValue.types';
import { TableInputSchema } from '../../../src/domain/model';
import type { RangeBox } from '../../../src/templates/a1';
import type { Grid } from '../../../src/templates/grid';
import { readTables } from '../../../src/templates/read/readTables';
import { encodeTag } from '../../../src/templates/tag';
import { referenceGrid, referenceGridFlattened } from '../../fixtures/referenceGrid';
import { addressesOf, outsideGrid } from './gridTools';
import { projectGrid, templateGrid } from './variantGrids';

/** Words of the forms, so that random grids hit the reader's every branch. */
const FORM_WORDS = [
  '部门（单位）整体支出绩效自评表',
  '项目支出绩效自评表',
  '（2020 年度）',
  '部门（单位）名称',
  '项目名称',
  '主管部门',
  '实施单位',
  '所属独立核算',
  '年度预算申请（万元）',
  '项目资金（万元）',
  '资金来源',
  '年初预算数',
  '全年预算数',
  '全年执行数',
  '执行率',
  '分值',
  '得分',
  '执行率偏低原因',
  '年度总预算',
  '其中',
  '财政拨款',
  '其中：当年财政拨款',
  '事业收入',
  '上年结转资金',
  '其他资金',
  '<p>部门职能职责概述</p> <p>职责</p>',
  '年度总体目标',
  '年初设定目标',
  '目标完成情况',
  '年度绩效指标',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标值',
  '完成值',
  '未完成原因及拟改进措施',
  '产出指标（50分）',
  '效益指标（30分）',
  '满意度指标（10分）',
  '数量指标',
  '成本指标',
  '生态效益指标',
  '服务对象满意度指标',
  '小计',
  '总分',
  '评价等级',
  '填报人：',
  '填报',
  '联系电话：',
  '填报日期：',
  '/',
  '--',
  '100%',
  '1036.03',
];

const cell: fc.Arbitrary<RawValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FORM_WORDS) },
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.integer({ min: -1000, max: 100000 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
);

const box: fc.Arbitrary<RangeBox> = fc.record({
  top: fc.integer({ min: -2, max: 42 }),
  left: fc.integer({ min: -2, max: 14 }),
  bottom: fc.integer({ min: -2, max: 42 }),
  right: fc.integer({ min: -2, max: 14 }),
});

const tag = fc.option(
  fc.oneof(
    fc.string(),
    fc.constant(
      encodeTag({ template: 'overall', version: 1, profile: 'standard-2020', year: 2020, unit: 'x' }),
    ),
    fc.constant(encodeTag({ template: 'project', version: 1, profile: 'p', year: null, unit: '' })),
  ),
  { nil: undefined },
);

const randomGrid: fc.Arbitrary<Grid> = fc.record({
  sheet: fc.string({ maxLength: 6 }),
  values: fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 40 }),
  merges: fc.array(box, { maxLength: 12 }),
  tag,
});

/** A real table with some of its cells replaced by random ones, some rows dropped or doubled. */
const damagedTable: fc.Arbitrary<Grid> = fc
  .tuple(
    fc.constantFrom(referenceGrid, referenceGridFlattened, projectGrid, templateGrid),
    fc.array(fc.tuple(fc.nat(), fc.nat(), cell), { maxLength: 30 }),
    fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 4 }),
  )
  .map(([grid, edits, rowEdits]) => {
    const values = grid.values.map((line) => [...line]);
    for (const [r, c, v] of edits) {
      const line = values[r % values.length];
      line[c % 10] = v;
    }
    for (const [r, double] of rowEdits) {
      const i = r % values.length;
      if (double) values.splice(i, 0, [...values[i]]);
      else values.splice(i, 1);
    }
    return { ...grid, values };
  });

function checkRead(grid: Grid): void {
  const read = readTables(grid);
  const tables = read.tables.map((t) => t.input);
  const findings = [...read.findings, ...read.tables.flatMap((t) => t.findings)];
  for (const table of tables) TableInputSchema.parse(table);
  expect(outsideGrid(grid, addressesOf(tables, findings))).toEqual([]);
  if (tables.length === 0) expect(findings.map((f) => f.code)).toEqual(['table-not-found']);
}

describe('readTables on any grid', () => {
  test('never throws; schema-valid tables; every address inside the grid', () => {
    fc.assert(fc.property(randomGrid, checkRead), { numRuns: 400 });
  });

  test('the same on real tables with random damage', () => {
    fc.assert(fc.property(damagedTable, checkRead), { numRuns: 300 });
  });

  test('every table found is read with its kind and no more indicators than rows', () => {
    fc.assert(
      fc.property(damagedTable, (grid) => {
        for (const { input: t } of readTables(grid).tables) {
          expect(['overall', 'project']).toContain(t.kind);
          expect(t.indicators.length).toBeLessThanOrEqual(grid.values.length);
          const rows = t.indicators.map((i) => i.row ?? 0);
          expect([...rows].sort((a, b) => a - b)).toEqual(rows);
        }
      }),
      { numRuns: 200 },
    );
  });
});
