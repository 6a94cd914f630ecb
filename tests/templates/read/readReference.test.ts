import { TableInputSchema, type IndicatorInput, type TableInput } from '../../../src/domain/model';
import { STANDARD_2020 } from '../../../src/domain/profiles/standard2020';
import { evaluate } from '../../../src/domain/evaluate';
import { readTables } from '../../../src/templates/read/readTables';
import {
  ECO,
  EFFECT,
  FUNCTIONS,
  GOAL_ACHIEVED,
  GOAL_PLANNED,
  NO_MASS_EVENT,
  OUTPUT,
  SATISFACTION,
  SATISFIED,
  STABLE,
  SUSTAIN,
  UNIT,
  referenceGrid,
  referenceGridFlattened,
} from '../../fixtures/referenceGrid';
import { at, readFlat } from './gridTools';

type Row = [
  string,
  string,
  string | number,
  string | number,
  string | number | null,
  string | number,
  string | number,
];

/** The seed's 12 indicator rows (the two `/` rows included): 一级, 二级, 三级, 指标值, 完成值, 分值, 得分. */
const SEED_ROWS: Row[] = [
  [OUTPUT, '数量指标', '接待群众来访', '全年预计接访量', '127批 600人', 10, 10],
  [OUTPUT, '数量指标', '化解信访积案', '完成信访积案化解案件', '32件', 10, 10],
  [OUTPUT, '质量指标', '办结率', '100%', '100%', 10, 10],
  [OUTPUT, '质量指标', '化解率', '100%', '100%', 10, 10],
  [OUTPUT, '时效指标', '/', '/', '/', '/', '/'],
  [OUTPUT, '成本指标', 1036.03, '不超过预算指标数', 596.68, 10, 10],
  [EFFECT, '经济效益指标', '/', '/', '/', '/', '/'],
  [EFFECT, '社会效益指标', STABLE, STABLE, '100%', 10, 10],
  [EFFECT, '社会效益指标', NO_MASS_EVENT, NO_MASS_EVENT, '100%', 10, 10],
  [EFFECT, '生态效益指标', ECO, ECO, '非访数量减少45%', 10, 10],
  [EFFECT, '可持续影响指标', SUSTAIN, SUSTAIN, null, 10, 10],
  [SATISFACTION, '服务对象满意度指标', SATISFIED, SATISFIED, '100%', 10, 10],
];

/** Raw values as text: the hand-typed grid has numbers where the pasted text has strings. */
const text = (raw: unknown): string | null => (raw === null ? null : String(raw));
const rowOf = (i: IndicatorInput): (string | null)[] =>
  [i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score].map((c) => text(c.raw));

function readOne(grid: Parameters<typeof readTables>[0]) {
  const result = readFlat(grid);
  expect(result.tables).toHaveLength(1);
  return { table: result.tables[0], findings: result.findings };
}

describe.each([
  ['typed into a workbook, with merges', referenceGrid],
  ['flattened as the seed text lays it out', referenceGridFlattened],
])('the reference table %s', (_name, grid) => {
  const { table, findings } = readOne(grid);

  test('one overall table of 长沙市望城区信访局 for 2020', () => {
    expect(table.kind).toBe('overall');
    expect(table.meta.unit.raw).toBe(UNIT);
    expect(table.meta.year.raw).toBe(2020);
    expect(text(table.meta.independentUnits?.raw)).toBe('1');
  });

  test('budget rows total / fiscal / business / other with their raw values', () => {
    expect(table.budget.map((b) => b.key)).toEqual(['total', 'fiscal', 'business', 'other']);
    const values = table.budget.map((b) =>
      [b.planned, b.actual, b.rate, b.weight, b.score].map((c) => text(c?.raw ?? null)),
    );
    expect(values).toEqual([
      ['1036.03', '596.68', '57.59%', '10', '6'],
      ['1036.03', '596.68', '57.59%', '--', '--'],
      [null, null, '0.00%', '--', '--'],
      [null, null, '0.00%', '--', '--'],
    ]);
    expect(table.budget.every((b) => b.reason === undefined && b.initial === undefined)).toBe(true);
  });

  test('the functions text and the goals', () => {
    expect(table.meta.functions?.raw).toBe(FUNCTIONS);
    expect(table.goals.map((g) => [g.planned.raw, g.achieved.raw])).toEqual([[GOAL_PLANNED, GOAL_ACHIEVED]]);
  });

  test('12 indicator rows, the two `/` rows included, with their labels and values', () => {
    expect(table.indicators.map(rowOf)).toEqual(SEED_ROWS.map((r) => r.map(text)));
    expect(table.indicators.every((i) => i.reason.raw === null)).toBe(true);
  });

  test('the 成本指标 row is reported as shifted (by the checks), and the reader reports nothing', () => {
    const cost = table.indicators[5];
    expect(findings).toEqual([]);
    const shifted = evaluate(table, STANDARD_2020).findings.filter((f) => f.code === 'row-shifted');
    expect(shifted.map((f) => ({ cell: f.cell, params: f.params }))).toEqual([
      { cell: cost.name.cell, params: { name: '1036.03', target: '不超过预算指标数' } },
    ]);
  });

  test('填报人 and 联系电话', () => {
    expect(table.meta.preparer?.raw).toBe('徐海燕');
    expect(text(table.meta.phone?.raw)).toBe('88553876');
    expect(table.meta.date).toBeUndefined();
  });

  test('no 总分 or 评价等级 rows: totals absent', () => {
    expect(table.totals).toBeUndefined();
  });

  test('the output passes TableInputSchema', () => {
    expect(() => TableInputSchema.parse(table)).not.toThrow();
    expect(TableInputSchema.parse(table)).toEqual(table);
  });
});

describe('addresses in the hand-typed grid', () => {
  const { table } = readOne(referenceGrid);

  test('meta', () => {
    const m = table.meta;
    expect([m.unit, m.year, m.independentUnits, m.functions, m.preparer, m.phone].map(at)).toEqual([
      `${UNIT}@C3`,
      '2020@A2',
      '1@G3',
      `${FUNCTIONS}@B9`,
      '徐海燕@B26',
      '88553876@F26',
    ]);
    expect(table.goals.map((g) => [g.planned.cell, g.achieved.cell])).toEqual([['C11', 'F11']]);
  });

  test('budget: 年度总预算 merged over B:C, 其中 merged over B6:B8 with its labels in C', () => {
    expect(
      table.budget.map((b) => [
        b.label,
        b.planned.cell,
        b.actual.cell,
        b.rate?.cell,
        b.weight?.cell,
        b.score?.cell,
      ]),
    ).toEqual([
      ['年度总预算', 'D5', 'E5', 'F5', 'G5', 'H5'],
      ['财政拨款', 'D6', 'E6', 'F6', 'G6', 'H6'],
      ['事业收入', 'D7', 'E7', 'F7', 'G7', 'H7'],
      ['其他资金', 'D8', 'E8', 'F8', 'G8', 'H8'],
    ]);
  });

  test('indicators: merged labels give their top-left cell, the rest their own', () => {
    const cells = table.indicators.map((i) => [
      i.row,
      i.level1.cell,
      i.level2.cell,
      i.name.cell,
      i.score.cell,
      i.reason.cell,
    ]);
    expect(cells).toEqual([
      [13, 'B13', 'C13', 'D13', 'H13', 'I13'],
      [14, 'B13', 'C13', 'D14', 'H14', 'I14'],
      [15, 'B13', 'C15', 'D15', 'H15', 'I15'],
      [16, 'B13', 'C15', 'D16', 'H16', 'I16'],
      [17, 'B13', 'C17', 'D17', 'H17', 'I17'],
      [18, 'B13', 'C18', 'D18', 'H18', 'I18'],
      [19, 'B19', 'C19', 'D19', 'H19', 'I19'],
      [20, 'B19', 'C20', 'D20', 'H20', 'I20'],
      [21, 'B19', 'C20', 'D21', 'H21', 'I21'],
      [22, 'B19', 'C22', 'D22', 'H22', 'I22'],
      [23, 'B19', 'C23', 'D23', 'H23', 'I23'],
      [24, 'B24', 'C24', 'D24', 'H24', 'I24'],
    ]);
  });

  test('the shifted 成本指标 row: 1036.03 in its 三级 cell D18', () => {
    const cost = table.indicators[5];
    expect([cost.name, cost.target, cost.actual, cost.weight, cost.score].map(at)).toEqual([
      '1036.03@D18',
      '不超过预算指标数@E18',
      '596.68@F18',
      '10@G18',
      '10@H18',
    ]);
  });
});

describe('addresses in the flattened grid (seed line n+76 is sheet row n)', () => {
  const { table } = readOne(referenceGridFlattened);

  test('meta: same-cell value after a web table label, values on the lines below 填报 / 联系电话', () => {
    const m = table.meta;
    expect([m.unit, m.year, m.independentUnits, m.preparer, m.phone].map(at)).toEqual([
      `${UNIT}@C5`,
      '2020@A3',
      '1@G5',
      '徐海燕@A30',
      '88553876@A34',
    ]);
    expect(m.functions?.cell).toBe('A11');
  });

  test('budget: the 其中 rows carry their amounts one column right of the header', () => {
    expect(
      table.budget.map((b) => [
        b.label,
        b.planned.cell,
        b.actual.cell,
        b.rate?.cell,
        b.weight?.cell,
        b.score?.cell,
      ]),
    ).toEqual([
      ['年度总预算', 'C7', 'D7', 'E7', 'F7', 'G7'],
      ['财政拨款', 'D8', 'E8', 'F8', 'G8', 'H8'],
      ['事业收入', 'D9', 'E9', 'F9', 'G9', 'H9'],
      ['其他资金', 'D10', 'E10', 'F10', 'G10', 'H10'],
    ]);
  });

  test('rows whose labels the flattening moved are read from where their cells are', () => {
    const byRow = new Map(table.indicators.map((i) => [i.row, i]));
    const cells = (r: number) => {
      const i = byRow.get(r) as IndicatorInput;
      return [i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score, i.reason].map((c) => c.cell);
    };
    expect(cells(16)).toEqual(['B15', 'C15', 'D16', 'E16', 'F16', 'G16', 'H16', 'I16']);
    // 成本指标 in the 一级 column, its cells one column left of their headers.
    expect(cells(20)).toEqual(['B15', 'B20', 'C20', 'D20', 'E20', 'F20', 'G20', 'H20']);
    // 生态效益指标 in column A, an empty cell, then its cells.
    expect(cells(24)).toEqual(['B21', 'A24', 'C24', 'D24', 'E24', 'F24', 'G24', 'H24']);
    // 可持续影响指标 in column A, its cells right after it; 完成值 empty.
    expect(cells(25)).toEqual(['B21', 'A25', 'B25', 'C25', 'D25', 'E25', 'F25', 'G25']);
    // 满意度指标（10分） in column A, 服务对象满意度指标 in B.
    expect(cells(26)).toEqual(['A26', 'B26', 'C26', 'D26', 'E26', 'F26', 'G26', 'H26']);
  });

  test('the 成本指标 row: 1036.03 is its 三级 cell C20, and the finding points there', () => {
    const result = readFlat(referenceGridFlattened);
    expect(result.findings).toEqual([]);
    const evaluation = evaluate(result.tables[0], STANDARD_2020);
    expect(evaluation.findings.filter((f) => f.code === 'row-shifted').map((f) => f.cell)).toEqual(['C20']);
  });
});

test('both layouts read to the same values', () => {
  const strip = (t: TableInput): unknown =>
    JSON.parse(
      JSON.stringify(t, (k, v: unknown) =>
        k === 'cell' || k === 'row' ? undefined : typeof v === 'number' ? String(v) : v,
      ),
    );
  const merged = strip(readOne(referenceGrid).table);
  const flattened = strip(readOne(referenceGridFlattened).table);
  expect(flattened).toEqual(merged);
});
