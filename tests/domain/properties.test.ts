import fc from 'fast-check';
import { findingMessage } from '../../src/i18n/findings.zh-CN';
import { Decimal, sum } from '../../src/domain/decimal';
import { evaluate } from '../../src/domain/evaluate';
import { STANDARD_2020, STANDARD_2020_WHOLE_POINTS } from '../../src/domain/profiles/standard2020';
import { cellTextArbitrary, numberCell } from '../fixtures/arbitraries';
import { tableOf, type RowSpec } from '../fixtures/tableBuilder';

/** Cell texts people really type, and junk. */
const cellText = cellTextArbitrary(fc.double({ noNaN: false }), fc.string());
const number = numberCell;
const level1 = fc.constantFrom('产出指标（50分）', '效益指标（30分）', '满意度指标（10分）', '其他', '');
const row: fc.Arbitrary<RowSpec> = fc.record({
  level1,
  level2: fc.constantFrom('数量指标', '质量指标', '社会效益指标', ''),
  name: cellText,
  target: cellText,
  actual: cellText,
  weight: number,
  score: number,
  reason: fc.constantFrom(null, '原因'),
});
const table = fc
  .tuple(cellText, cellText, number, number, fc.array(row, { maxLength: 30 }))
  .map(([planned, actual, weight, score, rows]) => tableOf({ planned, actual, weight, score }, rows));

const profiles = fc.constantFrom(STANDARD_2020, STANDARD_2020_WHOLE_POINTS);

describe('laws of the core', () => {
  test('random tables never throw, every rule score lies in [0, 分值], rounded once', () => {
    fc.assert(
      fc.property(table, profiles, (input, profile) => {
        const { scores, findings } = evaluate(input, profile);
        for (const s of scores.indicators) {
          if (s.ruleScore === null) continue;
          expect(s.weight).not.toBeNull();
          const w = s.weight as Decimal;
          expect(s.ruleScore.gte(0)).toBe(true);
          expect(s.ruleScore.lte(Decimal.max(w, 0))).toBe(true);
          expect(s.ruleScore.decimalPlaces()).toBeLessThanOrEqual(profile.scoreDecimals);
        }
        if (scores.budget.ruleScore && scores.budget.weight) {
          expect(scores.budget.ruleScore.gte(0) && scores.budget.ruleScore.lte(scores.budget.weight)).toBe(
            true,
          );
        }
        for (const f of findings) {
          // Params are data: strings (or lists of them), null only where the code says so; never prose.
          for (const v of Object.values(f.params))
            expect(
              v === null ||
                typeof v === 'string' ||
                (Array.isArray(v) && v.every((x) => typeof x === 'string')),
            ).toBe(true);
          const message = findingMessage(f);
          if (f.cell) expect(message.startsWith(`${f.cell}：`)).toBe(true);
          expect(message).not.toContain('[object');
        }
      }),
      { numRuns: 2000 },
    );
  });

  test('totals equal the exact sum of their parts', () => {
    fc.assert(
      fc.property(table, profiles, (input, profile) => {
        const { scores } = evaluate(input, profile);
        const weights = scores.indicators.map((s) => s.weight).filter((w): w is Decimal => w !== null);
        const effective = scores.indicators
          .map((s) => s.effectiveScore)
          .filter((w): w is Decimal => w !== null);
        const budgetWeight = scores.budget.weight ?? new Decimal(0);
        const budgetRule = scores.budget.weight
          ? (scores.budget.ruleScore ?? scores.budget.enteredScore ?? new Decimal(0))
          : new Decimal(0);
        expect(scores.totals.weight.eq(budgetWeight.plus(sum(weights)))).toBe(true);
        expect(scores.totals.ruleScore.eq(budgetRule.plus(sum(effective)))).toBe(true);
        expect(sum(scores.level1.map((g) => g.weight)).eq(sum(weights))).toBe(true);
        expect(sum(scores.level1.map((g) => g.ruleScore)).eq(sum(effective))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  test('random cell texts anywhere never throw', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' })), { minLength: 8, maxLength: 8 }),
        (t) => {
          const input = tableOf({ planned: t[0], actual: t[1], weight: t[2], score: t[3], rate: t[4] }, [
            { target: t[5], actual: t[6], weight: t[7], score: t[0], name: t[1] },
          ]);
          expect(() => evaluate(input, STANDARD_2020)).not.toThrow();
        },
      ),
      { numRuns: 2000 },
    );
  });
});
