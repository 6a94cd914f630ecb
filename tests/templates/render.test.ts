import fc from 'fast-check';
import { STANDARD_2020, STANDARD_2020_WHOLE_POINTS } from '../../src/domain/profiles/standard2020';
import { renderOptionMessage } from '../../src/i18n/renderOptions.zh-CN';
import { a1, type RangeBox, rangeA1 } from '../../src/templates/a1';
import type { CellStyle, PlanValue, SheetPlan } from '../../src/templates/plan';
import {
  type FormCellMap,
  type RenderOptions,
  type ReportInputsCellMap,
  renderTemplate,
  renderTemplateWithMap,
} from '../../src/templates/render';
import { decodeTag } from '../../src/templates/tag';
import { referencedCells, type Scalar, Sheet } from './formulaEval';

const BASE: RenderOptions = {
  kind: 'overall',
  year: 2020,
  unit: '长沙市望城区信访局',
  profile: STANDARD_2020,
};

function rendered(options: Partial<RenderOptions> = {}): {
  plan: SheetPlan;
  map: FormCellMap | ReportInputsCellMap;
} {
  const result = renderTemplateWithMap({ ...BASE, ...options });
  if (!result.ok) throw new Error(`render failed: ${result.error.fields.join(', ')}`);
  return result;
}

function form(options: Partial<RenderOptions> = {}): { plan: SheetPlan; map: FormCellMap } {
  const { plan, map } = rendered(options);
  if (map.kind === 'reportInputs') throw new Error('not a form');
  return { plan, map };
}

function valueAt(plan: SheetPlan, ref: string): PlanValue | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(ref);
  const row = Number(m[2]);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  for (const b of plan.blocks) {
    const v = b.values[row - b.top]?.[col - b.left];
    if (v !== undefined) return v;
  }
  return undefined;
}

function formulaAt(plan: SheetPlan, ref: string): string {
  const v = valueAt(plan, ref);
  if (v === null || typeof v !== 'object') throw new Error(`${ref} holds no formula: ${String(v)}`);
  return v.formula;
}

const inside = (r: RangeBox, row: number, col: number): boolean =>
  row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

/** The style a cell ends up with: rules in order, each setting only what it names. */
function styleAt(plan: SheetPlan, ref: string): CellStyle {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(ref);
  const row = Number(m[2]);
  const col = m[1].charCodeAt(0) - 64;
  return plan.styles
    .filter((s) => inside(s.range, row, col))
    .reduce<CellStyle>((acc, s) => ({ ...acc, ...s.style, font: { ...acc.font, ...s.style.font } }), {});
}

function allFormulas(plan: SheetPlan): { row: number; col: number; formula: string }[] {
  return plan.blocks.flatMap((b) =>
    b.values.flatMap((row, i) =>
      row.flatMap((v, j) =>
        v !== null && typeof v === 'object' ? [{ row: b.top + i, col: b.left + j, formula: v.formula }] : [],
      ),
    ),
  );
}

/** Laws every rendered plan obeys, whatever the options: the list of what breaks them, empty. */
function wellFormedProblems(plan: SheetPlan): string[] {
  const problems: string[] = [];
  const area = plan.print.area;
  for (const b of plan.blocks) {
    if (new Set(b.values.map((r) => r.length)).size !== 1) problems.push('ragged block');
  }
  // No overlapping merges (Excel refuses them), none outside the print area, no value hidden under one.
  plan.merges.forEach((m, i) => {
    if (!inside(area, m.top, m.left) || !inside(area, m.bottom, m.right))
      problems.push(`${rangeA1(m)} outside`);
    for (const other of plan.merges.slice(i + 1)) {
      const overlap =
        m.left <= other.right && other.left <= m.right && m.top <= other.bottom && other.top <= m.bottom;
      if (overlap) problems.push(`${rangeA1(m)} overlaps ${rangeA1(other)}`);
    }
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if ((r !== m.top || c !== m.left) && (valueAt(plan, a1(r, c)) ?? null) !== null) {
          problems.push(`${a1(r, c)} holds a value under ${rangeA1(m)}`);
        }
      }
    }
  });
  // Formulas reference cells of the table only, never themselves, never a label.
  for (const f of allFormulas(plan)) {
    for (const ref of referencedCells(f.formula)) {
      const where = `${a1(f.row, f.col)} → ${a1(ref.row, ref.col)}`;
      if (!inside(area, ref.row, ref.col)) problems.push(`${where} outside the table`);
      if (ref.row === f.row && ref.col === f.col) problems.push(`${where} references itself`);
      if (typeof valueAt(plan, a1(ref.row, ref.col)) === 'string')
        problems.push(`${where} references a label`);
    }
  }
  for (const s of plan.styles) {
    if (!inside(area, s.range.top, s.range.left) || !inside(area, s.range.bottom, s.range.right)) {
      problems.push(`style on ${rangeA1(s.range)} outside the table`);
    }
  }
  if (plan.hiddenColumns.join() !== String(plan.tag.col))
    problems.push('the tag column is not the hidden one');
  if (plan.tag.col <= area.right + 1) problems.push('the tag column touches the table');
  return problems;
}

function expectWellFormed(plan: SheetPlan): void {
  expect(wellFormedProblems(plan)).toEqual([]);
}

describe('renderTemplate: 整体支出自评表', () => {
  const { plan, map } = form();

  test('labels exactly as in docs/layouts.md', () => {
    const expected: Record<string, string> = {
      A1: '部门（单位）整体支出绩效自评表',
      A2: '（2020年度）',
      A3: '部门（单位）名称',
      B3: '长沙市望城区信访局',
      F3: '所属独立核算单位（个）',
      A4: '年度预算申请（万元）',
      B4: '资金来源',
      C4: '全年预算数',
      D4: '全年执行数',
      E4: '执行率',
      F4: '分值',
      G4: '得分',
      H4: '执行率偏低原因',
      B5: '年度总预算',
      B6: '其中：财政拨款',
      B7: '事业收入',
      B8: '其他资金',
      A9: '部门职能职责概述',
      A10: '年度总体目标',
      B10: '年初设定目标',
      F10: '目标完成情况',
      A12: '年度绩效指标',
      B12: '一级指标',
      C12: '二级指标',
      D12: '三级指标',
      E12: '指标值',
      F12: '完成值',
      G12: '分值',
      H12: '得分',
      I12: '未完成原因及拟改进措施',
      B13: '产出指标（50分）',
      C13: '数量指标',
      C15: '质量指标',
      C17: '时效指标',
      C19: '成本指标',
      C21: '小计',
      B22: '效益指标（30分）',
      C22: '经济效益指标',
      C24: '社会效益指标',
      C26: '生态效益指标',
      C28: '可持续影响指标',
      C30: '小计',
      B31: '满意度指标（10分）',
      C31: '服务对象满意度指标',
      C33: '小计',
      B34: '总分',
      B35: '评价等级',
      A37: '填报人：',
      D37: '联系电话：',
      G37: '填报日期：',
    };
    const actual = Object.fromEntries(Object.keys(expected).map((ref) => [ref, valueAt(plan, ref)]));
    expect(actual).toEqual(expected);
    expect(plan.sheetName).toBe('整体支出自评表2020');
  });

  test('budget block: 执行率 and 执行率得分 formulas, 分值 10 from the profile, -- on the parts', () => {
    expect(formulaAt(plan, 'E5')).toBe('IF(OR(C5="",C5=0),"",D5/C5)');
    expect(formulaAt(plan, 'E8')).toBe('IF(OR(C8="",C8=0),"",D8/C8)');
    expect(formulaAt(plan, 'G5')).toBe('IF(E5="","",ROUND(MIN(E5,1)*F5,2))');
    expect(valueAt(plan, 'F5')).toBe(10);
    expect(['F6', 'G6', 'F7', 'G7', 'F8', 'G8'].map((c) => valueAt(plan, c))).toEqual(
      new Array(6).fill('--'),
    );
    expect(map.budget.map((b) => [b.key, b.planned, b.actual, b.rate, b.weight ?? null, b.reason])).toEqual([
      ['total', 'C5', 'D5', 'E5', 'F5', 'H5'],
      ['fiscal', 'C6', 'D6', 'E6', null, 'H6'],
      ['business', 'C7', 'D7', 'E7', null, 'H7'],
      ['other', 'C8', 'D8', 'E8', null, 'H8'],
    ]);
  });

  test('subtotals, 总分 and 评价等级 formulas', () => {
    expect(formulaAt(plan, 'G21')).toBe('IF(COUNT(G13:G20)=0,"",SUM(G13:G20))');
    expect(formulaAt(plan, 'H30')).toBe('IF(COUNT(H22:H29)=0,"",SUM(H22:H29))');
    expect(formulaAt(plan, 'G34')).toBe('IF(COUNT(F5,G21,G30,G33)=0,"",SUM(F5,G21,G30,G33))');
    expect(formulaAt(plan, 'H34')).toBe('IF(COUNT(G5,H21,H30,H33)=0,"",SUM(G5,H21,H30,H33))');
    expect(formulaAt(plan, 'H35')).toBe(
      'IF(H34="","",IF(H34>=90,"优",IF(H34>=80,"良",IF(H34>=60,"中","差"))))',
    );
    expect(map.totals).toEqual({ row: 34, weight: 'G34', score: 'H34', grade: 'H35' });
    expect(map.subtotals.map((s) => s.row)).toEqual([21, 30, 33]);
  });

  test('merges: 37 with 2 blank rows per 二级 (28 with 1: no 二级 merge over a single row)', () => {
    expect(plan.merges).toHaveLength(37);
    expect(plan.merges.map(rangeA1)).toEqual(
      expect.arrayContaining([
        'A1:I1',
        'B3:E3',
        'A4:A8',
        'H5:I5',
        'B9:I9',
        'A10:A11',
        'A12:A33',
        'B13:B21',
        'C13:C14',
        'C21:F21',
        'B34:F34',
        'D37:E37',
        'G37:H37',
      ]),
    );
    expect(form({ blankRowsPerLevel2: 1 }).plan.merges).toHaveLength(28);
  });

  test('validations: amounts ≥ 0, 分值 0–100, 得分 between 0 and the 分值 of its own row, with Chinese messages', () => {
    const rules = plan.validations.map((v) => [
      rangeA1(v.range),
      v.type,
      v.operator,
      v.formula1,
      v.formula2 ?? null,
      v.allowBlank,
    ]);
    expect(rules).toEqual([
      ['H3', 'decimal', 'greaterThanOrEqual', '0', null, true],
      ['C5:C8', 'decimal', 'greaterThanOrEqual', '0', null, true],
      ['D5:D8', 'decimal', 'greaterThanOrEqual', '0', null, true],
      ['G13:G20', 'decimal', 'between', '0', '100', true],
      ['H13:H20', 'decimal', 'between', '0', 'G13', true],
      ['G22:G29', 'decimal', 'between', '0', '100', true],
      ['H22:H29', 'decimal', 'between', '0', 'G22', true],
      ['G31:G32', 'decimal', 'between', '0', '100', true],
      ['H31:H32', 'decimal', 'between', '0', 'G31', true],
    ]);
    const score = plan.validations[4];
    expect(score.error).toEqual({ title: '得分无效', text: '得分须在 0 与本行分值之间（不能超过分值）。' });
    expect(score.prompt?.title).toBe('得分');
    for (const v of plan.validations) {
      expect(v.error.title.length).toBeLessThanOrEqual(32);
      expect(v.error.text.length).toBeLessThanOrEqual(225);
    }
  });

  test('print setup: A4 landscape, one page wide, header row 12 repeated, area A1:I37', () => {
    expect(plan.print).toEqual({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: { from: 12, to: 12 },
      area: { top: 1, left: 1, bottom: 37, right: 9 },
      centerHorizontally: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 },
    });
    expect(plan.freezeRows).toBe(2);
    expect(plan.hiddenColumns).toEqual([11]);
    expect(plan.tag).toEqual({
      row: 1,
      col: 11,
      text: 'JXZP:{"template":"overall","version":1,"profile":"standard-2020","year":2020,"unit":"长沙市望城区信访局"}',
    });
  });

  test('look: 黑体 title, 宋体 body, bold grey headers, yellow unlocked inputs, borders, number formats, sizes', () => {
    expect(styleAt(plan, 'A1')).toMatchObject({
      font: { name: '黑体', size: 18, bold: true },
      horizontal: 'center',
    });
    expect(styleAt(plan, 'A1').border).toBeUndefined();
    expect(styleAt(plan, 'D13')).toMatchObject({
      font: { name: '宋体', size: 11 },
      fill: '#FFF9E5',
      locked: false,
      border: 'thin',
      wrap: true,
    });
    expect(styleAt(plan, 'B12')).toMatchObject({ font: { bold: true }, fill: '#F2F2F2', border: 'thin' });
    expect(styleAt(plan, 'C5')).toMatchObject({ numberFormat: '0.00', fill: '#FFF9E5', locked: false });
    expect(styleAt(plan, 'E5')).toMatchObject({ numberFormat: '0.00%', locked: true });
    expect(styleAt(plan, 'E5').fill).toBeUndefined();
    expect(styleAt(plan, 'G13')).toMatchObject({ numberFormat: '0.00', fill: '#FFF9E5' });
    expect(styleAt(plan, 'H34')).toMatchObject({ numberFormat: '0.00', font: { bold: true } });
    expect(styleAt(plan, 'B37')).toMatchObject({ fill: '#FFF9E5', locked: false });
    expect(styleAt(plan, 'B37').border).toBeUndefined();
    expect(plan.columnWidths.map((w) => w.col)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 11]);
    expect(plan.rowHeights).toEqual(
      expect.arrayContaining([
        { row: 9, height: 60 },
        { row: 11, height: 60 },
      ]),
    );
  });

  test('the cell map addresses the input cells', () => {
    expect(map.meta).toEqual({
      unit: 'B3',
      year: 'A2',
      independentUnits: 'H3',
      functions: 'B9',
      preparer: 'B37',
      phone: 'F37',
      date: 'I37',
    });
    expect(map.goals).toEqual({ planned: 'B11', achieved: 'F11' });
    expect(map.indicators).toHaveLength(18);
    expect(map.indicators[0]).toEqual({
      row: 13,
      level1Key: 'output',
      level1: '产出指标（50分）',
      level2: '数量指标',
      name: 'D13',
      target: 'E13',
      actual: 'F13',
      weight: 'G13',
      score: 'H13',
      reason: 'I13',
    });
    expect(map.indicators.map((i) => i.level2)).toContain('服务对象满意度指标');
    expectWellFormed(plan);
  });
});

describe('renderTemplate: the formulas compute what the rules say', () => {
  test('a fresh template shows no 0.00% and no #DIV/0!: every formula is blank except 总分 分值 (the 10 of 执行率)', () => {
    for (const kind of ['overall', 'project'] as const) {
      const { plan, map } = form({ kind });
      const sheet = new Sheet(plan);
      const shown = allFormulas(plan).map((f) => [a1(f.row, f.col), sheet.value(a1(f.row, f.col))]);
      expect(shown).toEqual(
        allFormulas(plan).map((f) => [a1(f.row, f.col), a1(f.row, f.col) === map.totals.weight ? 10 : '']),
      );
    }
  });

  test('the seed: 596.68 of 1036.03 is 57.59%, 执行率得分 5.76 (6 with whole points)', () => {
    const inputs = { C5: 1036.03, D5: 596.68, C6: 1036.03, D6: 596.68, C7: 0, D7: null };
    const sheet = new Sheet(form().plan, inputs);
    expect(Number((sheet.value('E5') as number).toFixed(6))).toBe(0.575929);
    expect(sheet.value('G5')).toBe(5.76);
    expect(sheet.value('E7')).toBe('');
    expect(sheet.value('E8')).toBe('');
    const whole = new Sheet(form({ profile: STANDARD_2020_WHOLE_POINTS }).plan, inputs);
    expect(whole.value('G5')).toBe(6);
  });

  test('over-execution is capped at the full 分值; subtotals, 总分 and 等级 follow the scores', () => {
    const { plan, map } = form();
    const inputs: Record<string, Scalar> = { C5: 100, D5: 120 };
    const weights = [10, 10, 10, 10, 0, 0, 0, 0, 10, 10, 0, 0, 5, 5, 0, 0, 5, 5];
    const scores = [10, 9.5, 10, 8, 0, 0, 0, 0, 10, 7.25, 0, 0, 5, 5, 0, 0, 5, 4];
    map.indicators.forEach((ind, i) => {
      inputs[ind.weight] = weights[i];
      inputs[ind.score] = scores[i];
    });
    const sheet = new Sheet(plan, inputs);
    expect(sheet.value('E5')).toBe(1.2);
    expect(sheet.value('G5')).toBe(10);
    expect(map.subtotals.map((s) => [sheet.value(s.weight), sheet.value(s.score)])).toEqual([
      [40, 37.5],
      [30, 27.25],
      [10, 9],
    ]);
    expect(sheet.value('G34')).toBe(90);
    expect(sheet.value('H34')).toBeCloseTo(83.75, 10);
    expect(sheet.value('H35')).toBe('良');
  });

  test('the grade thresholds come from the profile', () => {
    const profile = {
      ...STANDARD_2020,
      grades: [
        { grade: '差', min: '0' },
        { grade: '优', min: '85.5' },
        { grade: '中', min: '60' },
      ],
    } as const;
    const { plan, map } = form({ profile: { ...profile, grades: [...profile.grades] } });
    expect(formulaAt(plan, map.totals.grade)).toBe('IF(H34="","",IF(H34>=85.5,"优",IF(H34>=60,"中","差")))');
  });
});

describe('renderTemplate: 项目支出自评表', () => {
  const { plan, map } = form({ kind: 'project', year: 2021, unit: '信访积案化解专项经费' });

  test('labels, 分值 before 执行率, formulas on the D/E columns', () => {
    const expected: Record<string, PlanValue> = {
      A1: '项目支出绩效自评表',
      A2: '（2021年度）',
      A3: '项目名称',
      B3: '信访积案化解专项经费',
      A4: '主管部门',
      F4: '实施单位',
      A5: '项目资金（万元）',
      C5: '年初预算数',
      D5: '全年预算数',
      E5: '全年执行数',
      F5: '分值',
      G5: '执行率',
      H5: '得分',
      I5: '偏差原因',
      B6: '年度资金总额',
      F6: 10,
      B7: '其中：当年财政拨款',
      F7: '--',
      H7: '--',
      B8: '上年结转资金',
      B9: '其他资金',
      B10: '预期目标',
      F10: '实际完成情况',
      A12: '绩效指标',
      E12: '年度指标值',
      F12: '实际完成值',
      I12: '偏差原因分析及改进措施',
      B34: '总分',
      B35: '评价等级',
    };
    expect(Object.fromEntries(Object.keys(expected).map((ref) => [ref, valueAt(plan, ref)]))).toEqual(
      expected,
    );
    expect(formulaAt(plan, 'G6')).toBe('IF(OR(D6="",D6=0),"",E6/D6)');
    expect(formulaAt(plan, 'H6')).toBe('IF(G6="","",ROUND(MIN(G6,1)*F6,2))');
    expect(formulaAt(plan, 'H34')).toBe('IF(COUNT(H6,H21,H30,H33)=0,"",SUM(H6,H21,H30,H33))');
    expect(plan.sheetName).toBe('项目支出自评表2021');
    expect(plan.print.area).toEqual({ top: 1, left: 1, bottom: 35, right: 9 });
    expect(map.meta).toEqual({ unit: 'B3', year: 'A2', supervisor: 'B4', implementer: 'H4' });
    expect(map.budget[0]).toEqual({
      key: 'total',
      label: '年度资金总额',
      row: 6,
      initial: 'C6',
      planned: 'D6',
      actual: 'E6',
      rate: 'G6',
      weight: 'F6',
      score: 'H6',
      reason: 'I6',
    });
    expect(map.budget.map((b) => b.key)).toEqual(['total', 'fiscal', 'carryover', 'other']);
    expect(plan.validations.slice(0, 3).map((v) => rangeA1(v.range))).toEqual(['C6:C9', 'D6:D9', 'E6:E9']);
    expectWellFormed(plan);
  });
});

describe('renderTemplate: 报告要素', () => {
  const { plan, map } = rendered({ kind: 'reportInputs' });

  test('one fact a row, value in B, portrait print of A1:C14', () => {
    if (map.kind !== 'reportInputs') throw new Error('wrong map');
    expect(plan.sheetName).toBe('报告要素');
    expect(valueAt(plan, 'A1')).toBe('自评报告要素');
    expect(['A2', 'B2', 'C2'].map((c) => valueAt(plan, c))).toEqual(['要素', '内容', '说明']);
    expect(map.facts.map((f) => [f.label, f.cell])).toEqual([
      ['评价依据（文件名与文号）', 'B3'],
      ['人员编制（人）', 'B4'],
      ['实有人数（人）', 'B5'],
      ['内设机构', 'B6'],
      ['基本支出（万元）', 'B7'],
      ['其中：工资福利支出（万元）', 'B8'],
      ['商品和服务支出（万元）', 'B9'],
      ['对个人和家庭的补助（万元）', 'B10'],
      ['项目支出（万元）', 'B11'],
      ['工作成绩', 'B12'],
      ['存在的问题', 'B13'],
      ['改进措施', 'B14'],
    ]);
    expect(map.facts.map((f) => valueAt(plan, `A${f.cell.slice(1)}`))).toEqual(map.facts.map((f) => f.label));
    expect(plan.print).toMatchObject({
      orientation: 'portrait',
      area: { top: 1, left: 1, bottom: 14, right: 3 },
      titleRows: { from: 2, to: 2 },
    });
    expect(plan.merges.map(rangeA1)).toEqual(['A1:C1']);
    expect(styleAt(plan, 'B7')).toMatchObject({ numberFormat: '0.00', fill: '#FFF9E5', locked: false });
    expect(plan.validations.map((v) => rangeA1(v.range))).toEqual([
      'B4',
      'B5',
      'B7',
      'B8',
      'B9',
      'B10',
      'B11',
    ]);
    expectWellFormed(plan);
  });
});

describe('renderTemplate: options', () => {
  test('whole-point profile rounds to 0 decimals and formats scores as whole numbers', () => {
    const { plan } = form({ profile: STANDARD_2020_WHOLE_POINTS });
    expect(formulaAt(plan, 'G5')).toBe('IF(E5="","",ROUND(MIN(E5,1)*F5,0))');
    expect(styleAt(plan, 'H13').numberFormat).toBe('0');
    expect(styleAt(plan, 'G13').numberFormat).toBe('0.00');
    expect(decodeTag(plan.tag.text)?.profile).toBe('standard-2020-whole-points');
  });

  test('50 blank rows per 二级: 450 indicator rows, formulas and print area follow', () => {
    const { plan, map } = form({ blankRowsPerLevel2: 50 });
    expect(map.indicators).toHaveLength(450);
    expect(map.subtotals.map((s) => s.row)).toEqual([213, 414, 465]);
    expect(formulaAt(plan, 'G213')).toBe('IF(COUNT(G13:G212)=0,"",SUM(G13:G212))');
    expect(plan.print.area.bottom).toBe(469);
    expectWellFormed(plan);
  });

  test.each<[string, unknown, readonly string[]]>([
    ['year below 2000', { ...BASE, year: 1999 }, ['year']],
    ['year above 2100', { ...BASE, year: 2101 }, ['year']],
    ['year not whole', { ...BASE, year: 2020.5 }, ['year']],
    ['year as text', { ...BASE, year: '2020' }, ['year']],
    ['no blank rows', { ...BASE, blankRowsPerLevel2: 0 }, ['blankRowsPerLevel2']],
    ['201 blank rows', { ...BASE, blankRowsPerLevel2: 201 }, ['blankRowsPerLevel2']],
    ['unit too long', { ...BASE, unit: '局'.repeat(256) }, ['unit']],
    ['unknown kind', { ...BASE, kind: 'budget' }, ['kind']],
    ['profile without grades', { ...BASE, profile: { ...STANDARD_2020, grades: [] } }, ['profile']],
    [
      'weights not numbers',
      { ...BASE, profile: { ...STANDARD_2020, weights: { ...STANDARD_2020.weights, output: '五十' } } },
      ['profile'],
    ],
    ['two bad fields', { ...BASE, year: 1900, blankRowsPerLevel2: -1 }, ['year', 'blankRowsPerLevel2']],
    ['not an object', null, ['options']],
  ])('bad options give an error value, not an exception: %s', (_name, options, fields) => {
    const result = renderTemplate(options as RenderOptions);
    expect(result).toEqual({ ok: false, error: { code: 'invalid-render-options', fields } });
    if (!result.ok)
      for (const f of result.error.fields) expect(renderOptionMessage(f)).toMatch(/[\u4e00-\u9fff]/);
  });

  test('property: any year, blank rows and unit render without throwing, and the tag decodes back to the options', () => {
    fc.assert(
      fc.property(
        fc.record({
          kind: fc.constantFrom('overall', 'project', 'reportInputs'),
          year: fc.integer({ min: 2000, max: 2100 }),
          blankRowsPerLevel2: fc.integer({ min: 1, max: 50 }),
          unit: fc.string({
            unit: fc.constantFrom('binary', 'grapheme', 'grapheme-composite'),
            maxLength: 120,
          }),
          scoreDecimals: fc.integer({ min: 0, max: 4 }),
        }),
        ({ scoreDecimals, ...o }) => {
          const result = renderTemplateWithMap({ ...o, profile: { ...STANDARD_2020, scoreDecimals } });
          if (!result.ok) throw new Error(`rejected: ${result.error.fields.join(', ')}`);
          expect(decodeTag(result.plan.tag.text)).toEqual({
            template: o.kind,
            version: 1,
            profile: 'standard-2020',
            year: o.year,
            unit: o.unit,
          });
          if (result.map.kind !== 'reportInputs') {
            expect(result.map.indicators).toHaveLength(9 * o.blankRowsPerLevel2);
            expect(valueAt(result.plan, 'B3')).toBe(o.unit === '' ? null : o.unit);
          }
          expectWellFormed(result.plan);
        },
      ),
      { numRuns: 60 },
    );
  });

  test('property: anything at all as options never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (options) => {
        const result = renderTemplate(options as RenderOptions);
        expect(result.ok).toBe(false);
      }),
    );
  });
});
