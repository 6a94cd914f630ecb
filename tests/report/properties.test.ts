import fc from 'fast-check';
import { findingMessage } from '../../src/i18n/findings.zh-CN';
import { evaluate } from '../../src/domain/evaluate';
import type { TableInput } from '../../src/domain/model';
import { STANDARD_2020, STANDARD_2020_WHOLE_POINTS } from '../../src/domain/profiles/standard2020';
import { checkReport } from '../../src/domain/report/checkReport';
import { narrate } from '../../src/domain/report/narrate';
import {
  createReportInputs,
  REPORT_INPUT_KEYS,
  type ReportInputsInput,
} from '../../src/domain/report/reportInputs';
import { toMarkdown } from '../../src/domain/report/render/toMarkdown';
import { toSheetPlan } from '../../src/templates/rendering/reportSheet';
import { toText } from '../../src/domain/report/render/toText';
import { cellTextArbitrary, numberCell } from '../fixtures/arbitraries';
import { tableOf, type RowSpec } from '../fixtures/tableBuilder';
import { allowedNumbers, inventedNumbers } from './allowedNumbers';

/** Words the report must never print of itself; user text containing them is left out of the generators. */
const FORBIDDEN = /undefined|NaN|null|Infinity|\[object/;

const userString = fc.string({ maxLength: 40 }).filter((s) => !FORBIDDEN.test(s));
// A spreadsheet cell holds finite numbers only: no host ever reads NaN or Infinity.
const cellText = cellTextArbitrary(fc.double({ noNaN: true, noDefaultInfinity: true }), userString);
const number = numberCell;
const row: fc.Arbitrary<RowSpec> = fc.record({
  level1: fc.constantFrom('产出指标（50分）', '效益指标（30分）', '满意度指标（10分）', '其他', ''),
  level2: fc.constantFrom('数量指标', '质量指标', '社会效益指标', ''),
  name: cellText,
  target: cellText,
  actual: cellText,
  weight: number,
  score: number,
  reason: fc.constantFrom(null, '原因', '/'),
});
const table: fc.Arbitrary<TableInput> = fc
  .tuple(
    cellText,
    cellText,
    number,
    number,
    fc.array(row, { maxLength: 25 }),
    fc.constantFrom<'overall' | 'project'>('overall', 'project'),
    cellText,
    cellText,
  )
  .map(([planned, actual, weight, score, rows, kind, unit, year]) => {
    const t = tableOf({ planned, actual, weight, score }, rows);
    return { ...t, kind, meta: { unit: { raw: unit, cell: 'B3' }, year: { raw: year, cell: 'A2' } } };
  });
const inputs: fc.Arbitrary<ReportInputsInput | null> = fc.option(
  fc.record(
    Object.fromEntries(
      REPORT_INPUT_KEYS.map((k, i) => [k, cellText.map((raw) => ({ raw, cell: `B${3 + i}` }))]),
    ),
    {
      requiredKeys: [],
    },
  ) as fc.Arbitrary<ReportInputsInput>,
);
const profiles = fc.constantFrom(STANDARD_2020, STANDARD_2020_WHOLE_POINTS);

describe('laws of the report', () => {
  test('narrate never throws and never prints undefined, NaN or null; every number comes from the data', () => {
    fc.assert(
      fc.property(table, inputs, profiles, (input, typed, profile) => {
        const evaluation = evaluate(input, profile);
        const report = narrate(evaluation, typed ? createReportInputs(typed) : null, profile);
        const text = toText(report);
        expect(text).not.toMatch(FORBIDDEN);
        expect(toMarkdown(report)).not.toMatch(FORBIDDEN);
        const plan = toSheetPlan(report);
        for (const [v] of plan.blocks[0].values) if (typeof v === 'string') expect(v).not.toMatch(FORBIDDEN);
        expect(report.sections.length).toBeGreaterThanOrEqual(5);
        for (const r of [
          report.title,
          ...report.preamble,
          ...report.sections.flatMap((s) => s.paragraphs),
        ].flat()) {
          expect(r.text).not.toBe('');
        }
        const allowed = allowedNumbers([input, typed], evaluation, profile);
        expect(inventedNumbers(text, allowed)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  test('checkReport never throws; its findings carry string params and a cell', () => {
    fc.assert(
      fc.property(table, inputs, profiles, (input, typed, profile) => {
        const findings = checkReport(
          evaluate(input, profile),
          typed ? createReportInputs(typed) : null,
          profile,
        );
        for (const f of findings) {
          for (const v of Object.values(f.params)) expect(typeof v).toBe('string');
          expect(findingMessage(f, 'table')).not.toMatch(FORBIDDEN);
        }
      }),
      { numRuns: 400 },
    );
  });
});
