import { evaluate } from '../../src/domain/evaluate';
import { shown } from '../fixtures/shown';
import { findingMessage, findingValues } from '../../src/i18n/findings.zh-CN';
import { STANDARD_2020, STANDARD_2020_WHOLE_POINTS } from '../../src/domain/profiles/standard2020';
import { REFERENCE_TABLE } from '../fixtures/referenceTable';

const codesAt = (findings: readonly { code: string; cell: string | null }[]) =>
  findings.map((f) => `${f.code}@${f.cell ?? ''}`);

describe('the reference table (2020, 望城区信访局)', () => {
  const std = evaluate(REFERENCE_TABLE, STANDARD_2020);
  const whole = evaluate(REFERENCE_TABLE, STANDARD_2020_WHOLE_POINTS);

  test('执行率 57.59%, unspent 439.35 万元', () => {
    expect(std.scores.budget.main?.ratePercent?.toFixed(2)).toBe('57.59');
    expect(std.scores.budget.main?.unspent?.toFixed(2)).toBe('439.35');
  });

  test('执行率得分 5.76 proportional, 6 in whole points', () => {
    expect(std.scores.budget.ruleScore?.toFixed(2)).toBe('5.76');
    expect(whole.scores.budget.ruleScore?.toString()).toBe('6');
  });

  test('the entered 6 is flagged under standard-2020 and not under whole points', () => {
    const f = std.findings.find((x) => x.code === 'execution-score-mismatch');
    if (!f) throw new Error('no finding');
    expect(f).toMatchObject({ cell: 'G5', severity: 'error' });
    expect(findingValues(f)).toEqual({ expected: '5.76', actual: '6' });
    expect(findingMessage(f)).toBe('G5：执行率得分填为 6，按执行率 57.59% × 分值 10 应为 5.76');
    expect(whole.findings.some((x) => x.code === 'execution-score-mismatch')).toBe(false);
  });

  test('no reason for 57.59% execution, 439.35 万元 unspent', () => {
    const f = std.findings.find((x) => x.code === 'execution-low-no-reason');
    expect(f).toMatchObject({ cell: 'E5', params: { rate: '57.59', threshold: '90', unspent: '439.35' } });
  });

  test('效益指标 weights 40 against the declared 30', () => {
    const effect = std.scores.level1.find((g) => g.key === 'effect');
    expect(effect?.declaredWeight?.toString()).toBe('30');
    expect(effect?.weight.toString()).toBe('40');
    expect(shown(std.findings.find((x) => x.code === 'level1-weight-sum'))).toMatchObject({
      cell: 'B19',
      expected: '30',
      actual: '40',
    });
  });

  test('weights total 110 and entered scores 106 over 100', () => {
    expect(std.scores.totals.weight.toString()).toBe('110');
    expect(std.scores.totals.enteredScore.toString()).toBe('106');
    expect(shown(std.findings.find((x) => x.code === 'weights-total'))).toMatchObject({
      expected: '100',
      actual: '110',
    });
    expect(shown(std.findings.find((x) => x.code === 'score-total-over-max'))).toMatchObject({
      actual: '106',
    });
  });

  test('可持续影响 scored 10 with an empty 完成值', () => {
    expect(shown(std.findings.find((x) => x.code === 'scored-without-actual'))).toMatchObject({
      cell: 'F23',
      actual: '10',
    });
    expect(std.scores.indicators[10].effectiveScore?.toString()).toBe('0');
  });

  test('三级指标 text copied into 指标值', () => {
    const copies = std.findings.filter((x) => x.code === 'target-copies-name').map((x) => x.cell);
    expect(copies).toEqual(['E20', 'E21', 'E22', 'E23', 'E24']);
    expect(std.findings.filter((x) => x.code === 'target-not-measurable').map((x) => x.cell)).toEqual([
      'E13',
      'E14',
    ]);
  });

  test('the shifted 成本指标 row', () => {
    expect(shown(std.findings.find((x) => x.code === 'row-shifted'))).toMatchObject({
      cell: 'D18',
      severity: 'error',
    });
  });

  test('rates shown where there is no budget should be blank', () => {
    expect(codesAt(std.findings.filter((x) => x.code === 'rate-should-be-blank'))).toEqual([
      'rate-should-be-blank@E7',
      'rate-should-be-blank@E8',
    ]);
  });

  test('scored indicators: 办结率 and 化解率 100% of 100%, 满意率 100% against 97%', () => {
    const s = std.scores.indicators;
    expect([s[2].method.kind, s[2].ruleScore?.toString()]).toEqual(['positive', '10']);
    expect([s[11].method.kind, s[11].ruleScore?.toString()]).toEqual(['positive', '10']);
    expect(s[4].method).toEqual({ kind: 'unscorable', why: 'not-applicable' });
    expect(s[0].method).toEqual({ kind: 'unscorable', why: 'target-not-measurable' });
  });

  test('totals: rule total 95.76 (优) under standard-2020, 96 under whole points', () => {
    expect(std.scores.totals.ruleScore.toFixed(2)).toBe('95.76');
    expect(std.scores.totals.grade).toBe('优');
    expect(whole.scores.totals.ruleScore.toString()).toBe('96');
  });

  test('the complete list of findings is stable', () => {
    expect(codesAt(std.findings)).toEqual([
      'weights-total@',
      'score-total-over-max@',
      'execution-low-no-reason@E5',
      'execution-score-mismatch@G5',
      'rate-should-be-blank@E7',
      'rate-should-be-blank@E8',
      'target-not-measurable@E13',
      'target-not-measurable@E14',
      'row-shifted@D18',
      'level1-weight-sum@B19',
      'target-copies-name@E20',
      'target-copies-name@E21',
      'target-copies-name@E22',
      'target-copies-name@E23',
      'scored-without-actual@F23',
      'target-copies-name@E24',
    ]);
  });
});
