import { evaluate } from '../../src/domain/evaluate';
import { shown } from '../fixtures/shown';
import { findingMessage, findingValues } from '../../src/i18n/findings.zh-CN';
import { ProfileSchema, type Profile } from '../../src/domain/profiles/profile';
import { BUDGET_SYSTEM_120, GRADES_80_70_60, HUBEI_COUNTY_2020 } from '../../src/domain/profiles/provincial';
import { STANDARD_2020, STANDARD_2020_WHOLE_POINTS } from '../../src/domain/profiles/standard2020';
import { tableOf, type RowSpec } from '../fixtures/tableBuilder';

const linear: Profile = ProfileSchema.parse({
  ...STANDARD_2020,
  id: 'linear-test',
  reverseFormula: 'linear',
});

function one(spec: RowSpec, profile = STANDARD_2020) {
  const e = evaluate(tableOf({ planned: 100, actual: 100, score: 10 }, [spec]), profile);
  return { score: e.scores.indicators[0], codes: e.findings.map((f) => f.code), findings: e.findings };
}

describe('indicator scores (DESIGN §4)', () => {
  test.each([
    // [target, actual, weight, expected rule score, method]
    ['≥95%', '100%', 10, '10', 'positive'],
    ['≥95%', '90%', 10, '9.47', 'positive'],
    ['不低于95%', '95%', 10, '10', 'positive'],
    ['95%以上', '47.5%', 20, '10', 'positive'],
    ['127批', '100批', 10, '7.87', 'positive'],
    ['127批 600人', '127批 300人', 10, '5', 'positive'],
    ['127批 600人', '130批 600人', 10, '10', 'positive'],
    ['≤1036.03万元', '596.68万元', 10, '10', 'reverse'],
    ['不超过100万元', '125万元', 10, '8', 'reverse'],
    ['控制在5天以内', '10天', 8, '4', 'reverse'],
    ['=100%', '100%', 10, '10', 'equal'],
    ['=100%', '80%', 10, '8', 'equal'],
    ['100%', '0.98', 10, '9.8', 'positive'],
    ['≥95%', '0.9', 10, '9.47', 'positive'],
    ['32件', '40件', 10, '10', 'positive'],
    ['≥100', '-5', 10, '0', 'positive'],
    // units of one kind convert exactly; compound units; `百分比` is %
    ['≥50厘米', '0.45米', 10, '9', 'positive'],
    ['≥2万亩', '18000亩', 10, '9', 'positive'],
    ['≤1.8万元/公里', '16600元/公里', 10, '10', 'reverse'],
    ['≤1.8万元/公里', '2万元/公里', 10, '9', 'reverse'],
    ['≥100百分比', '95%', 10, '9.5', 'positive'],
    ['﹦100%', '100%', 10, '10', 'equal'],
    ['30天内', '25天', 10, '10', 'reverse'],
  ])('%s vs %s of %s → %s (%s)', (target, actual, weight, expected, method) => {
    const { score } = one({ target, actual, weight, score: null });
    expect(score.method.kind).toBe(method);
    expect(score.ruleScore?.toString()).toBe(expected);
  });

  test.each([
    // [target, actual, level]: qualitative standards compare by degree (parse/standards.ts)
    ['显著提升', '显著提升', 'achieved'],
    ['效果明显', '明显改善', 'achieved'],
    ['显著提升', '有效提高', 'partial'],
    ['明显改善', '未改善', 'notAchieved'],
    ['合格', '合格', 'achieved'],
    ['否', '否', 'achieved'],
    ['按时完成', '延期', 'notAchieved'],
    ['效果明显', '达成预期指标', 'achieved'],
    ['严格执行相关制度规定', '有效提高', 'achieved'],
  ])('%s vs %s → %s band', (target, actual, level) => {
    const { score } = one({ target, actual, weight: 10, score: 10 });
    expect(score.method).toMatchObject({ kind: 'qualitative', level });
  });

  test('a standard target against a number or a sentence cannot be scored, and says so', () => {
    expect(one({ target: '显著提升', actual: '提升30%', weight: 10, score: 10 }).score.method).toEqual({
      kind: 'unscorable',
      why: 'actual-not-measurable',
    });
    expect(one({ target: '显著提升', actual: '是', weight: 10, score: 10 }).codes).toContain(
      'actual-not-measurable',
    );
  });

  test('reverse over target: ratio A/B × W by default, max(0, 2 − B/A) × W when linear', () => {
    expect(
      one({ target: '≤100万元', actual: '125万元', weight: 10, score: 8 }).score.ruleScore?.toString(),
    ).toBe('8');
    expect(
      one(
        { target: '≤100万元', actual: '125万元', weight: 10, score: 7.5 },
        linear,
      ).score.ruleScore?.toString(),
    ).toBe('7.5');
    expect(
      one(
        { target: '≤100万元', actual: '250万元', weight: 10, score: 0 },
        linear,
      ).score.ruleScore?.toString(),
    ).toBe('0');
  });

  test('whole points round the rule score once', () => {
    expect(
      one(
        { target: '≥95%', actual: '90%', weight: 10, score: 9 },
        STANDARD_2020_WHOLE_POINTS,
      ).score.ruleScore?.toString(),
    ).toBe('9');
    expect(
      one({ target: '127批', actual: '100批', weight: 10, score: 8 }, STANDARD_2020_WHOLE_POINTS).codes,
    ).not.toContain('score-mismatch');
  });

  test('a wrong hand score is flagged with both values', () => {
    const { findings } = one({ target: '≥95%', actual: '90%', weight: 10, score: 10, reason: null });
    const f = findings.find((x) => x.code === 'score-mismatch');
    expect(f?.cell).toBe('H13');
    expect(f && findingValues(f)).toEqual({ expected: '9.47', actual: '10' });
  });

  test('得分 above 分值 names the cell and both values', () => {
    const { findings } = one({ target: '≥95%', actual: '100%', weight: 10, score: 12 });
    const f = findings.find((x) => x.code === 'score-exceeds-weight');
    expect(f && findingMessage(f)).toBe('H13：得分 12 超过分值 10');
  });

  test.each([
    ['达成年度指标', 8, false],
    ['达成年度指标', 7.9, true],
    ['部分达成年度指标并具有一定效果', 6, false],
    ['部分达成年度指标并具有一定效果', 8, true],
    ['未达成年度指标且效果较差', 5.9, false],
    ['未达成年度指标且效果较差', 6, true],
  ])('定性 %s scored %s: out of band = %s', (actual, score, flagged) => {
    const { codes, score: s } = one({ target: '达成年度指标', actual, weight: 10, score, reason: '原因' });
    expect(s.method.kind).toBe('qualitative');
    expect(codes.includes('qualitative-score-out-of-band')).toBe(flagged);
  });

  test('a reason is required when 得分 < 分值, and at ≥ 130% completion', () => {
    expect(one({ target: '≥95%', actual: '90%', weight: 10, score: 9.47 }).codes).toContain('reason-missing');
    expect(
      one({ target: '≥95%', actual: '90%', weight: 10, score: 9.47, reason: '疫情影响' }).codes,
    ).not.toContain('reason-missing');
    const over = one({ target: '100件', actual: '130件', weight: 10, score: 10 });
    expect(over.findings.find((f) => f.code === 'over-completion-no-reason')?.params).toMatchObject({
      percent: '130.00',
    });
    expect(one({ target: '100件', actual: '129件', weight: 10, score: 10 }).codes).not.toContain(
      'over-completion-no-reason',
    );
  });

  test('units that do not match cannot be scored', () => {
    const { score, codes } = one({ target: '127批', actual: '600人', weight: 10, score: 10 });
    expect(score.method).toEqual({ kind: 'unscorable', why: 'unit-mismatch' });
    expect(codes).toContain('unit-mismatch');
  });

  test('text in a number cell is a finding, never a zero', () => {
    const { findings, score } = one({ target: '≥95%', actual: '100%', weight: '十分', score: 10 });
    expect(shown(findings.find((f) => f.code === 'not-a-number'))).toMatchObject({
      cell: 'G13',
      params: { text: '十分' },
    });
    expect(score.weight).toBeNull();
  });
});

describe('budget block', () => {
  test('执行率 blank when the budget is empty or zero', () => {
    for (const planned of [null, 0, '', '--']) {
      const e = evaluate(tableOf({ planned, actual: 5, score: null }, []), STANDARD_2020);
      expect(e.scores.budget.main?.rate).toBeNull();
      expect(e.scores.budget.ruleScore).toBeNull();
    }
  });

  test('over-execution scores the full weight, and is flagged', () => {
    const e = evaluate(tableOf({ planned: 100, actual: 120, score: 10, rate: '120.00%' }, []), STANDARD_2020);
    expect(e.scores.budget.ruleScore?.toString()).toBe('10');
    expect(e.findings.map((f) => f.code)).toContain('budget-actual-over-planned');
  });

  test('an entered rate typed over the formula is flagged', () => {
    const e = evaluate(
      tableOf({ planned: 200, actual: 150, score: 7.5, rate: 0.8, reason: '项目延期' }, []),
      STANDARD_2020,
    );
    expect(shown(e.findings.find((f) => f.code === 'rate-mismatch'))).toMatchObject({
      cell: 'E5',
      expected: '75.00%',
      actual: '80.00%',
    });
  });

  test('a reason silences the low-execution finding', () => {
    const e = evaluate(
      tableOf({ planned: 200, actual: 100, score: 5, reason: '项目延期至次年' }, []),
      STANDARD_2020,
    );
    expect(e.findings.map((f) => f.code)).not.toContain('execution-low-no-reason');
  });
});

describe('profiles', () => {
  test('weights must total 100', () => {
    const r = ProfileSchema.safeParse({
      ...STANDARD_2020,
      weights: { ...STANDARD_2020.weights, effect: '40' },
    });
    expect(r.success).toBe(false);
  });
  test('severity comes from the profile; off drops the finding', () => {
    const quiet = ProfileSchema.parse({
      ...STANDARD_2020,
      id: 'quiet',
      severities: { ...STANDARD_2020.severities, 'score-exceeds-weight': 'off', 'reason-missing': 'info' },
    });
    const r = one({ target: '≥95%', actual: '100%', weight: 10, score: 12 }, quiet);
    expect(r.codes).not.toContain('score-exceeds-weight');
    const below = one({ target: '≥95%', actual: '90%', weight: 10, score: 9.47 }, quiet);
    expect(below.findings.find((f) => f.code === 'reason-missing')?.severity).toBe('info');
  });

  test('湖北: 执行率 worth 20 points; 部分达成 from 50 % of the weight, not 60 %', () => {
    const e = evaluate(
      tableOf({ planned: 10, actual: 9.6, weight: 20, score: 19.2 }, [
        { target: '显著提升', actual: '有效提高', weight: 10, score: 5, reason: '进度滞后' },
      ]),
      HUBEI_COUNTY_2020,
    );
    expect(e.scores.budget.ruleScore?.toString()).toBe('19.2');
    expect(e.scores.indicators[0].method).toMatchObject({ kind: 'qualitative', level: 'partial' });
    expect(e.findings.map((f) => f.code)).not.toContain('qualitative-score-out-of-band');
    expect(one({ target: '显著提升', actual: '有效提高', weight: 10, score: 5 }).codes).toContain(
      'qualitative-score-out-of-band',
    );
  });

  test('the budget systems ask for a reason from 120 % over-achievement, the standard from 130 %', () => {
    const row = { target: '≥100件', actual: '125件', weight: 10, score: 10 };
    expect(one(row, BUDGET_SYSTEM_120).codes).toContain('over-completion-no-reason');
    expect(one(row).codes).not.toContain('over-completion-no-reason');
  });

  test('grades 80 / 70 / 60: 85 points are 优 there, 良 under the standard', () => {
    const table = tableOf({ planned: 100, actual: 100, score: 10 }, [
      { target: '≥100件', actual: '100件', weight: 75, score: 75 },
    ]);
    expect(evaluate(table, GRADES_80_70_60).scores.totals).toMatchObject({ grade: '优' });
    expect(evaluate(table, STANDARD_2020).scores.totals).toMatchObject({ grade: '良' });
    expect(evaluate(table, STANDARD_2020).scores.totals.ruleScore.toString()).toBe('85');
  });
});

describe('spreadsheet errors in number cells', () => {
  test.each(['#DIV/0!', '#REF!', '#VALUE!', '#N/A', '#NAME?'])(
    '%s in an amount cell is a formula error naming the cell',
    (error) => {
      const e = evaluate(tableOf({ planned: error, actual: 50, score: null }, []), STANDARD_2020);
      const f = e.findings.find((x) => x.code === 'formula-error');
      expect(f).toMatchObject({ cell: 'C5', params: { error } });
      expect(f && findingMessage(f)).toBe(
        `C5：年度总预算全年预算数的公式出错（${error}），请检查公式引用的单元格`,
      );
      expect(e.scores.budget.main?.rate).toBeNull();
    },
  );
});
