import type { RawValue } from '../../../src/domain/cellValue.types';
import type { Comparator } from '../../../src/domain/expression.types';
import { natureOf, withColumns, type Nature } from '../../../src/domain/parse/columns';
import { parseExpression } from '../../../src/domain/parse/expression';
import { viewExpression, type ExpressionView } from './describe';

describe('natureOf: what a 指标性质 cell states', () => {
  test.each<[RawValue, Nature | null]>([
    ['≥', { comparator: 'gte', qualitative: false }],
    ['＞＝', { comparator: 'gte', qualitative: false }],
    ['⩾', { comparator: 'gte', qualitative: false }],
    ['=', { comparator: 'eq', qualitative: false }],
    ['﹦', { comparator: 'eq', qualitative: false }],
    ['＝', { comparator: 'eq', qualitative: false }],
    [' ≤ ', { comparator: 'lte', qualitative: false }],
    ['<', { comparator: 'lt', qualitative: false }],
    ['正向指标', { comparator: 'gte', qualitative: false }],
    ['反向', { comparator: 'lte', qualitative: false }],
    ['定量指标', { comparator: null, qualitative: false }],
    ['定性', { comparator: null, qualitative: true }],
    ['定性指标', { comparator: null, qualitative: true }],
    ['', null],
    [null, null],
    [5, null],
    ['其他', null],
  ])('%p', (raw, nature) => {
    expect(natureOf(raw)).toEqual(nature);
  });
});

describe('withColumns: 指标值 / 完成值 read with 指标性质 and 度量单位', () => {
  const view = (raw: RawValue, comparator: Comparator | null, unit: string | null): ExpressionView =>
    viewExpression(withColumns(parseExpression(raw), { comparator, unit }));

  test.each<[RawValue, Comparator | null, string | null, ExpressionView]>([
    [
      95,
      'gte',
      '%',
      { kind: 'quantitative', comparator: 'gte', explicit: true, quantities: [['95', '%']], label: null },
    ],
    [
      '95',
      null,
      '%',
      { kind: 'quantitative', comparator: 'eq', explicit: false, quantities: [['95', '%']], label: null },
    ],
    [
      30,
      'lte',
      '天',
      { kind: 'quantitative', comparator: 'lte', explicit: true, quantities: [['30', '天']], label: null },
    ],
    [
      '≥95%',
      'lte',
      '%',
      { kind: 'quantitative', comparator: 'gte', explicit: true, quantities: [['95', '%']], label: null },
    ],
    [
      '12万人',
      'gte',
      '%',
      { kind: 'quantitative', comparator: 'gte', explicit: true, quantities: [['12', '万人']], label: null },
    ],
    ['显著提升', 'gte', '%', { kind: 'standard', binary: false, degree: 3, text: '显著提升' }],
    [null, 'gte', '%', { kind: 'empty' }],
  ])('%p with %p and %p', (raw, comparator, unit, expected) => {
    expect(view(raw, comparator, unit)).toEqual(expected);
  });
});
