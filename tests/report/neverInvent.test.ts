import { evaluate } from '../../src/domain/evaluate';
import { STANDARD_2020, STANDARD_2020_WHOLE_POINTS } from '../../src/domain/profiles/standard2020';
import { narrate } from '../../src/domain/report/narrate';
import { createReportInputs } from '../../src/domain/report/reportInputs';
import { toText } from '../../src/domain/report/render/toText';
import { REFERENCE_TABLE } from '../fixtures/referenceTable';
import { allowedNumbers, inventedNumbers, numbersIn } from './allowedNumbers';
import { REFERENCE_INPUTS } from './referenceInputs';

describe('the report never invents a fact', () => {
  test.each([
    [STANDARD_2020.id, STANDARD_2020],
    [STANDARD_2020_WHOLE_POINTS.id, STANDARD_2020_WHOLE_POINTS],
  ])(
    'every number in the reference report comes from the table, the 报告要素 or the scores (%s)',
    (_id, profile) => {
      const evaluation = evaluate(REFERENCE_TABLE, profile);
      const text = toText(narrate(evaluation, createReportInputs(REFERENCE_INPUTS), profile));
      const allowed = allowedNumbers([REFERENCE_TABLE, REFERENCE_INPUTS], evaluation, profile);
      expect(numbersIn(text).length).toBeGreaterThan(50);
      expect(inventedNumbers(text, allowed)).toEqual([]);
    },
  );

  test('the law has teeth: a number from nowhere is caught', () => {
    const evaluation = evaluate(REFERENCE_TABLE, STANDARD_2020);
    const allowed = allowedNumbers([REFERENCE_TABLE, REFERENCE_INPUTS], evaluation, STANDARD_2020);
    expect(inventedNumbers('执行率 57.59%，未执行 439.35 万元，另有 123.45 万元', allowed)).toEqual([
      '123.45',
    ]);
  });

  test('no number at all in the phrase bank’s own words: the report of an empty table states only placeholders', () => {
    const input = {
      ...REFERENCE_TABLE,
      budget: [],
      indicators: [],
      goals: [],
      meta: { unit: { raw: null }, year: { raw: null } },
    };
    const profile = { ...STANDARD_2020, name: '标准' };
    const text = toText(narrate(evaluate(input, profile), null, profile));
    expect(numbersIn(text)).toEqual([]);
  });
});
