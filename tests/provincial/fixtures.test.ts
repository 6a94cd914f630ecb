import { checkSheet, pairInputs } from '../../src/app/checkWorkbook';
import { summarize } from '../../src/app/summarize';
import type { RawValue } from '../../src/domain/cellValue.types';
import type { Finding } from '../../src/domain/findings/finding';
import { TableInputSchema } from '../../src/domain/model';
import type { Grid } from '../../src/templates/grid';
import { readTables } from '../../src/templates/read/readTables';
import { chongqingClean, chongqingMistakes } from '../fixtures/provincial/chongqing';
import type { ProvincialFixture } from '../fixtures/provincial/fixture';
import { guizhouClean, guizhouMistakes } from '../fixtures/provincial/guizhou';
import { hubeiClean, hubeiMistakes } from '../fixtures/provincial/hubei';
import { PROVINCIAL_FIXTURES } from '../fixtures/provincial';
import { nationalOverallClean } from '../fixtures/provincial/nationalOverall';
import { nationalProjectClean, nationalProjectMistakes } from '../fixtures/provincial/nationalProject';
import { sichuanClean, sichuanMistakes } from '../fixtures/provincial/sichuan';
import { sichuanCountyClean, sichuanCountyMistakes } from '../fixtures/provincial/sichuanCounty';
import { splitOneRowClean, splitTwoRowMistakes } from '../fixtures/provincial/splitTarget';
import { insertEmptyColumn } from '../fixtures/provincial/transforms';

/** What a reviewer reads off a checked table: its identity, its figures, its findings by cell. */
interface Figures {
  family: string | undefined;
  profile: string;
  kind: string;
  unit: string;
  year: number | null;
  rate: string | null;
  budgetScore: string | null;
  weights: string;
  entered: string;
  rule: string | null;
  grade: string | null;
  findings: string[];
}

function check(f: ProvincialFixture) {
  const sheet = checkSheet(f.grid);
  const tables = pairInputs(sheet.tables, null);
  expect(tables).toHaveLength(1);
  return tables[0];
}

function figuresOf(f: ProvincialFixture): Figures {
  const t = check(f);
  const s = summarize(t);
  return {
    family: t.evaluation.table.meta.family,
    profile: s.profile,
    kind: s.kind,
    unit: s.unit,
    year: s.year,
    rate: s.budget.rate,
    budgetScore: s.budget.score,
    weights: s.totals.weights,
    entered: s.totals.enteredScore,
    rule: s.totals.ruleScore,
    grade: s.totals.grade,
    findings: s.findings.map((x) => `${x.cell ?? '—'} ${x.code}`),
  };
}

function finding(f: ProvincialFixture, cell: string, code: Finding['code']): Finding {
  const found = check(f).evaluation.findings.find((x) => x.cell === cell && x.code === code);
  if (!found) throw new Error(`no ${code} at ${cell}`);
  return found;
}

describe('every provincial fixture reads into valid tables', () => {
  test.each(PROVINCIAL_FIXTURES.map((f) => [f.id, f] as const))('%s', (_, f) => {
    const read = readTables(f.grid);
    expect(read.tables).toHaveLength(1);
    for (const t of read.tables) TableInputSchema.parse(t.input);
  });
});

/** Test cases named by their fixture's id. */
const named = <T>(cases: readonly (readonly [ProvincialFixture, T])[]) =>
  cases.map(([f, expected]) => [f.id, f, expected] as const);

describe('clean tables: exact figures, no findings', () => {
  test.each(
    named<Omit<Figures, 'findings'>>([
      [
        nationalOverallClean,
        {
          family: 'national-overall',
          profile: 'standard-2020',
          kind: 'overall',
          unit: '某县林业局',
          year: 2021,
          rate: '95.60',
          budgetScore: '9.56',
          weights: '100',
          entered: '99.32',
          rule: '99.32',
          grade: '优',
        },
      ],
      [
        nationalProjectClean,
        {
          family: 'national-project',
          profile: 'standard-2020',
          kind: 'project',
          unit: '农村公路养护补助资金',
          year: 2022,
          rate: '95.00',
          budgetScore: '9.50',
          weights: '100',
          entered: '99.5',
          rule: '99.50',
          grade: '优',
        },
      ],
      [
        splitOneRowClean,
        {
          family: 'split-target',
          profile: 'standard-2020',
          kind: 'project',
          unit: '城乡居民医保参保财政补助',
          year: 2023,
          rate: '95.00',
          budgetScore: '9.50',
          weights: '100',
          entered: '99.5',
          rule: '99.50',
          grade: '优',
        },
      ],
      [
        sichuanClean,
        {
          family: 'sichuan',
          profile: 'sichuan-2023',
          kind: 'project',
          unit: '51000021R000000019951-工资性支出',
          year: 2023,
          rate: '100.00',
          budgetScore: '10.00',
          weights: '100',
          entered: '100',
          rule: '100.00',
          grade: '优',
        },
      ],
      [
        sichuanCountyClean,
        {
          family: 'sichuan-county',
          profile: 'standard-2020',
          kind: 'project',
          unit: '中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装',
          year: 2022,
          rate: '100.00',
          budgetScore: '10.00',
          weights: '100',
          entered: '100',
          rule: '100.00',
          grade: '优',
        },
      ],
      [
        guizhouClean,
        {
          family: 'guizhou-overall',
          profile: 'standard-2020',
          kind: 'overall',
          unit: '某县农业农村局',
          year: 2022,
          rate: '95.00',
          budgetScore: '9.50',
          weights: '100',
          entered: '99.5',
          rule: '99.50',
          grade: '优',
        },
      ],
      [
        chongqingClean,
        {
          family: 'chongqing-flat',
          profile: 'standard-2020',
          kind: 'overall',
          unit: '重庆高新区融媒体中心',
          year: 2021,
          rate: '92.00',
          budgetScore: '9.20',
          weights: '100',
          entered: '99.2',
          rule: '99.20',
          grade: '优',
        },
      ],
    ]),
  )('%s', (_, f, expected) => {
    expect(figuresOf(f)).toEqual({ ...expected, findings: [] });
  });
});

describe('tables with a clerk’s mistakes: exact figures, exact findings', () => {
  test.each(
    named<Figures>([
      [
        nationalProjectMistakes,
        {
          family: 'national-project',
          profile: 'standard-2020',
          kind: 'project',
          unit: '委托业务项目',
          year: 2022,
          rate: null,
          budgetScore: null,
          weights: '100',
          entered: '90',
          rule: '89.78',
          grade: '良',
          findings: [
            'C7 budget-parts-sum',
            'D7 budget-parts-sum',
            'E7 budget-parts-sum',
            'G7 rate-should-be-blank',
            'F14 actual-copies-target',
            'H24 score-mismatch',
            'I24 deviation-no-reason',
            'H26 total-mismatch',
          ],
        },
      ],
      [
        splitTwoRowMistakes,
        {
          family: 'split-target',
          profile: 'standard-2020',
          kind: 'overall',
          unit: '某县卫生健康局',
          year: 2022,
          rate: '95.00',
          budgetScore: '9.50',
          weights: '95',
          entered: '94.5',
          rule: '94.04',
          grade: '优',
          findings: [
            'G8 budget-subrow-scored',
            'H8 budget-subrow-scored',
            'C15 level1-weight-sum',
            'K15 score-mismatch',
            'L15 deviation-no-reason',
            'I16 actual-copies-target',
            'J23 weights-total',
          ],
        },
      ],
      [
        sichuanMistakes,
        {
          family: 'sichuan',
          profile: 'sichuan-2023',
          kind: 'project',
          unit: '51000021R000000019951-工资性支出',
          year: 2023,
          rate: '82.00',
          budgetScore: '8.20',
          weights: '100',
          entered: '98.2',
          rule: '97.80',
          grade: '优',
          findings: [
            'F10 execution-low-no-reason',
            'G11 budget-subrow-scored',
            'H11 budget-subrow-scored',
            'F12 rate-should-be-blank',
            'F13 rate-should-be-blank',
            'J17 score-mismatch',
            'K17 deviation-no-reason',
            'H21 actual-copies-target',
            'J22 total-mismatch',
          ],
        },
      ],
      [
        sichuanCountyMistakes,
        {
          family: 'sichuan-county',
          profile: 'standard-2020',
          kind: 'project',
          unit: '中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装',
          year: 2022,
          rate: '100.00',
          budgetScore: '10.00',
          weights: '110',
          entered: '110',
          rule: '110.00',
          grade: '优',
          findings: [
            'B13 level1-weight-profile',
            'G13 actual-copies-target',
            'G14 actual-copies-target',
            'G16 actual-copies-target',
            'G17 actual-copies-target',
            'B19 level1-weight-profile',
            'G20 actual-copies-target',
            'G22 actual-copies-target',
            'E24 weights-total',
            'E24 total-mismatch',
            'H24 score-total-over-max',
            'H24 total-mismatch',
          ],
        },
      ],
      [
        guizhouMistakes,
        {
          family: 'guizhou-overall',
          profile: 'standard-2020',
          kind: 'overall',
          unit: '某县农业农村局',
          year: 2022,
          rate: '100.19',
          budgetScore: '10.00',
          weights: '90',
          entered: '90',
          rule: '90.00',
          grade: '优',
          findings: [
            'E6 budget-actual-over-planned',
            'F7 budget-subrow-scored',
            'G7 budget-subrow-scored',
            'E8 budget-actual-over-planned',
            'C19 level1-weight-only',
            'C21 level1-empty',
            'H22 weights-total',
            'H22 total-mismatch',
            'I22 total-mismatch',
          ],
        },
      ],
      [
        chongqingMistakes,
        {
          family: 'chongqing-flat',
          profile: 'standard-2020',
          kind: 'overall',
          unit: '重庆高新区融媒体中心',
          year: 2021,
          rate: '76.00',
          budgetScore: '7.60',
          weights: '100',
          entered: '97',
          rule: '97.05',
          grade: '优',
          findings: [
            'J5 total-mismatch',
            'F8 execution-low-no-reason',
            'J8 execution-score-mismatch',
            'H17 coefficient-mismatch',
            'J17 score-mismatch',
            'J24 score-mismatch',
          ],
        },
      ],
    ]),
  )('%s', (_, f, expected) => {
    expect(figuresOf(f)).toEqual(expected);
  });
});

describe('what the findings of the provincial mistakes say', () => {
  test('a deviation needs its reason even when the entered score is full', () => {
    expect(finding(nationalProjectMistakes, 'I24', 'deviation-no-reason').params).toEqual({
      name: '公众满意度',
      computed: '9.78',
      weight: '10',
    });
    expect(finding(sichuanMistakes, 'K17', 'deviation-no-reason').params).toEqual({
      name: '工资发放准确率',
      computed: '19.60',
      weight: '20',
    });
  });

  test('a 完成值 that copies its target is named with what it says', () => {
    expect(finding(sichuanCountyMistakes, 'G13', 'actual-copies-target').params).toEqual({
      name: '安装坡面水标尺',
      text: '≥266米',
    });
    expect(finding(splitTwoRowMistakes, 'I16', 'actual-copies-target').params).toEqual({
      name: '重点人群签约服务率',
      text: '≥85',
    });
  });

  test('四川: the printed note in 原因 is no reason; sub-rows carry no points', () => {
    expect(finding(sichuanMistakes, 'F10', 'execution-low-no-reason').params).toEqual({
      rate: '82.00',
      threshold: '90',
      unspent: '45.34',
    });
    expect(finding(sichuanMistakes, 'G11', 'budget-subrow-scored').params).toEqual({
      label: '其中：财政资金',
      field: 'weight',
      value: '10',
    });
  });

  test('贵州: a split 一级 label is read whole, an empty 一级 is named', () => {
    expect(finding(guizhouMistakes, 'C19', 'level1-weight-only').params).toEqual({
      level1: '效益指标',
      weight: '(30分)',
    });
    expect(finding(guizhouMistakes, 'C21', 'level1-empty').params).toEqual({ level1: '满意度指标(10分)' });
    const g = check(guizhouMistakes).evaluation.scores.level1.map((l) => [
      l.label,
      l.declaredWeight?.toString(),
      l.weight.toString(),
    ]);
    expect(g).toEqual([
      ['产出指标(50分)', '50', '50'],
      ['效益指标(30分)', '30', '30'],
    ]);
  });

  test('重庆: 得分系数 against the rule, 执行率 typed under 执行率（%）', () => {
    expect(finding(chongqingMistakes, 'H17', 'coefficient-mismatch').params).toEqual({
      name: '政府采购执行率',
      entered: '100',
      computed: '72.74',
    });
    expect(finding(chongqingMistakes, 'J8', 'execution-score-mismatch').params).toMatchObject({
      entered: '8',
      computed: '7.60',
      rate: '76.00',
    });
  });
});

describe('湖北: a form without 分值 is read as far as it can be, and says where it stops', () => {
  test.each(
    named<Figures>([
      [
        hubeiClean,
        {
          family: 'hubei-county',
          profile: 'hubei-county-2020',
          kind: 'project',
          unit: '水土保持监测',
          year: 2020,
          rate: '96.00',
          budgetScore: '19.20',
          weights: '20',
          entered: '19.2',
          rule: null,
          grade: null,
          findings: ['A7 indicators-unreadable'],
        },
      ],
      [
        hubeiMistakes,
        {
          family: 'hubei-county',
          profile: 'hubei-county-2020',
          kind: 'project',
          unit: '水土保持监测',
          year: null,
          rate: '96.00',
          budgetScore: '19.20',
          weights: '20',
          entered: '20',
          rule: null,
          grade: null,
          findings: ['A2 year-missing', 'F6 execution-score-mismatch', 'A7 indicators-unreadable'],
        },
      ],
    ]),
  )('%s', (_, f, expected) => {
    expect(figuresOf(f)).toEqual(expected);
  });

  test('the 执行率 points come from the header (得分（20分*执行率）), the missing column is named', () => {
    expect(finding(hubeiMistakes, 'F6', 'execution-score-mismatch').params).toMatchObject({
      entered: '20',
      computed: '19.20',
      weight: '20',
    });
    expect(finding(hubeiClean, 'A7', 'indicators-unreadable').params).toEqual({
      header: true,
      missing: ['weight'],
    });
  });
});

describe('never by position: what the reader cannot place is named, and the table gets no total', () => {
  const withCell = (f: ProvincialFixture, ref: string, value: RawValue): Grid => {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(ref) ?? [];
    const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const values = f.grid.values.map((row) => [...row]);
    const line = values[Number(digits) - 1];
    while (line.length < col) line.push(null);
    line[col - 1] = value;
    return { ...f.grid, values };
  };
  const read = (grid: Grid) => {
    const t = pairInputs(checkSheet(grid).tables, null)[0];
    const s = summarize(t);
    return { s, at: s.findings.map((x) => `${x.cell ?? '—'} ${x.code}`) };
  };

  test('an indicator header the reader does not know: named; without its 完成值 the block is unreadable', () => {
    const { s, at } = read(withCell(splitOneRowClean, 'H12', '实际达成'));
    expect(at).toEqual(['A12 indicators-unreadable', 'H12 header-unknown']);
    expect([s.totals.ruleScore, s.totals.grade]).toEqual([null, null]);
    const unreadable = check({ ...splitOneRowClean, grid: withCell(splitOneRowClean, 'H12', '实际达成') });
    expect(unreadable.evaluation.findings.find((x) => x.code === 'indicators-unreadable')?.params).toEqual({
      header: true,
      missing: ['actual'],
    });
  });

  test('a budget header cell the reader does not know is named; the rest is read', () => {
    const { s, at } = read(withCell(guizhouClean, 'H5', '计分口径'));
    expect(at).toEqual(['H5 header-unknown']);
    expect([s.budget.rate, s.totals.ruleScore, s.totals.grade]).toEqual(['95.00', '99.50', '优']);
  });

  test('a value in a column no header names is not read, and named', () => {
    const indicators = insertEmptyColumn(splitOneRowClean.grid, 6);
    const typed = { ...splitOneRowClean, grid: indicators };
    const { s, at } = read(withCell(typed, 'F14', 96));
    expect(at).toEqual(['F14 value-unlabelled']);
    expect([s.totals.enteredScore, s.totals.ruleScore]).toEqual(['99.5', '99.50']);
    const budget = { ...splitOneRowClean, grid: insertEmptyColumn(splitOneRowClean.grid, 5) };
    expect(read(withCell(budget, 'E6', 480)).at).toEqual(['E6 value-unlabelled']);
  });

  test('a budget block without a header that names 预算数 and 执行数: unreadable, no total, no grade', () => {
    const { s, at } = read(withCell(chongqingClean, 'E5', '全年支出'));
    expect(at).toEqual(['A5 budget-unreadable']);
    expect([s.budget.rate, s.totals.ruleScore, s.totals.grade]).toEqual([null, null, null]);
  });
});
