import fc from 'fast-check';
import type { RawValue } from '../../../src/domain/cellValue.types';
import { parseCellValue } from '../../../src/domain/parse/cellValue';
import { parseExpression } from '../../../src/domain/parse/expression';
import { canonicalUnit, UNITS } from '../../../src/domain/parse/units';
import { viewExpression, viewValue } from './describe';

const RUNS = { numRuns: 2000 };

/** Single UTF-16 code units, lone surrogates included: what a broken copy-paste can produce. */
const utf16String = fc.string({ unit: fc.nat({ max: 0xffff }).map((c) => String.fromCharCode(c)) });

/** Strings made of the pieces the parsers look for, in any order, so the interesting paths are hit. */
const token = fc.constantFrom(
  ...'0123456789０１２３４５６７８９.．,，、/／;；%％‰+-－＋ \t\n\u3000。：:'.split(''),
  ...['≥', '>=', '＞＝', '≤', '<', '不低于', '控制在', '以上', '及以下', '以内', '满意率', '达成', '未达成'],
  ...['部分达成年度指标并具有一定效果', '--', '—', '无', 'e', 'a', '约', '减少', '😀', '\u0000', '\u200B'],
  ...['﹦', '⩾', '≦', '百分比', '显著', '提升', '效果', '明显', '合格', '按时', '未', '元/亩', '内'],
  ...UNITS,
);
const tokenString = fc.array(token, { maxLength: 12 }).map((parts) => parts.join(''));

const anyRaw: fc.Arbitrary<RawValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  utf16String,
  tokenString,
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: min, maxLength: max });

/** A decimal string in the canonical form Decimal#toFixed() prints: no leading or trailing zeros, no `-0`. */
const canonicalDecimal = fc.tuple(fc.boolean(), digits(1, 30), digits(0, 20)).map(([negative, int, frac]) => {
  const integer = int.replace(/^0+(?=\d)/, '');
  const fraction = frac.replace(/0+$/, '');
  const unsigned = fraction === '' ? integer : `${integer}.${fraction}`;
  return negative && /[1-9]/.test(unsigned) ? `-${unsigned}` : unsigned;
});

/** A unit as written (simple, compound, an alias) or none; `canonical` is how the model keeps it. */
const unitOrNone = fc.constantFrom<string | null>(null, ...UNITS, '元/亩', '万元/公里', '次/年', '元/人/年');
const canonical = (unit: string | null) => (unit === null ? null : canonicalUnit(unit));

const FULL_WIDTH_OFFSET = 0xfee0;
const toFullWidth = (s: string) =>
  s.replace(/[0-9.%+-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + FULL_WIDTH_OFFSET));

describe('parser properties', () => {
  test('neither parser throws, and each returns one of its kinds', () => {
    fc.assert(
      fc.property(anyRaw, (raw) => {
        const value = parseCellValue(raw);
        const expression = parseExpression(raw);
        expect(['empty', 'na', 'number', 'text']).toContain(value.kind);
        expect(['empty', 'na', 'quantitative', 'qualitative', 'standard', 'text']).toContain(expression.kind);
      }),
      RUNS,
    );
  });

  test('a decimal string with a unit round-trips exactly through parseCellValue', () => {
    fc.assert(
      fc.property(canonicalDecimal, unitOrNone, (d, unit) => {
        expect(viewValue(parseCellValue(d + (unit ?? '')))).toEqual({
          kind: 'number',
          value: d,
          unit: canonical(unit),
        });
      }),
      RUNS,
    );
  });

  test('full-width digits, spaces around and between number and unit do not change the value', () => {
    fc.assert(
      fc.property(canonicalDecimal, unitOrNone, (d, unit) => {
        const typed = `\u3000${toFullWidth(d)} ${unit ?? ''}\n`;
        expect(viewValue(parseCellValue(typed))).toEqual({ kind: 'number', value: d, unit: canonical(unit) });
      }),
      RUNS,
    );
  });

  test('thousands separators are removed exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), digits(0, 6), (int, frac) => {
        const grouped = int.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        const fraction = frac.replace(/0+$/, '');
        const written = fraction === '' ? grouped : `${grouped}.${fraction}`;
        const expected = fraction === '' ? int.toString() : `${int.toString()}.${fraction}`;
        expect(viewValue(parseCellValue(written))).toEqual({ kind: 'number', value: expected, unit: null });
      }),
      RUNS,
    );
  });

  test('a decimal string with a unit is an implicit equality target for parseExpression', () => {
    fc.assert(
      fc.property(canonicalDecimal, unitOrNone, (d, unit) => {
        expect(viewExpression(parseExpression(d + (unit ?? '')))).toEqual({
          kind: 'quantitative',
          comparator: 'eq',
          explicit: false,
          quantities: [[d, canonical(unit)]],
          label: null,
        });
      }),
      RUNS,
    );
  });

  test('a finite JS number keeps its value', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const value = parseCellValue(n);
        expect(value.kind === 'number' && value.value.toNumber()).toBe(n === 0 ? 0 : n); // -0 is read as 0
      }),
      RUNS,
    );
  });

  test('very long inputs are handled quickly', () => {
    const inputs = [
      '1 '.repeat(200_000),
      '满'.repeat(1_000_000),
      '1,'.repeat(300_000),
      '≥'.repeat(1_000_000),
    ];
    const started = Date.now();
    for (const raw of inputs) {
      expect(parseCellValue(raw).kind).toBe('text');
      expect(parseExpression(raw).kind).toBe('text');
    }
    // Linear work on ~4 MB of text; a quadratic path would take minutes.
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
