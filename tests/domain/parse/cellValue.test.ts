import type { RawValue } from '../../../src/domain/cellValue.types';
import { parseCellValue } from '../../../src/domain/parse/cellValue';
import { viewValue, type ValueView } from './describe';

const num = (value: string, unit: string | null = null): ValueView => ({ kind: 'number', value, unit });
const na = (text: string): ValueView => ({ kind: 'na', text });
const text = (t: string): ValueView => ({ kind: 'text', text: t });
const EMPTY: ValueView = { kind: 'empty' };

describe('parseCellValue', () => {
  test.each<[string, RawValue | undefined, ValueView]>([
    ['null', null, EMPTY],
    ['undefined', undefined, EMPTY],
    ['empty string', '', EMPTY],
    ['spaces', '   ', EMPTY],
    ['tabs and line breaks', '\t\r\n ', EMPTY],
    ['ideographic space', '\u3000\u3000', EMPTY],
  ])('empty: %s', (_name, raw, expected) => {
    expect(viewValue(parseCellValue(raw))).toEqual(expected);
  });

  test.each<[RawValue, ValueView]>([
    [1036.03, num('1036.03')],
    [596.68, num('596.68')],
    [0, num('0')],
    [-5.5, num('-5.5')],
    [0.1, num('0.1')],
    [0.5759, num('0.5759')],
    [NaN, text('NaN')],
    [Infinity, text('Infinity')],
    [-Infinity, text('-Infinity')],
    [true, text('TRUE')],
    [false, text('FALSE')],
  ])('JS value %p', (raw, expected) => {
    expect(viewValue(parseCellValue(raw))).toEqual(expected);
  });

  test.each<[string, ValueView]>([
    ['--', na('--')],
    ['-', na('-')],
    ['—', na('—')],
    ['——', na('——')],
    ['－－', na('－－')],
    ['/', na('/')],
    ['／', na('／')],
    ['\\', na('\\')],
    ['无', na('无')],
    ['N/A', na('N/A')],
    ['n/a', na('n/a')],
    ['不适用', na('不适用')],
    ['—/—', na('—/—')],
    [' / ', na('/')],
    ['\t--\n', na('--')],
  ])('placeholder %p', (raw, expected) => {
    expect(viewValue(parseCellValue(raw))).toEqual(expected);
  });

  test.each<[string, ValueView]>([
    // the reference table
    ['1036.03', num('1036.03')],
    ['596.68', num('596.68')],
    ['57.59%', num('57.59', '%')],
    ['0.00%', num('0', '%')],
    ['100%', num('100', '%')],
    ['32件', num('32', '件')],
    ['10', num('10')],
    // full width
    ['１０３６．０３', num('1036.03')],
    ['５７．５９％', num('57.59', '%')],
    ['57.59％', num('57.59', '%')],
    ['－5', num('-5')],
    ['＋5', num('5')],
    ['１，０３６．０３万元', num('1036.03', '万元')],
    // thousands separators
    ['1,036.03', num('1036.03')],
    ['1，036.03', num('1036.03')],
    ['1,234,567.891', num('1234567.891')],
    // spaces
    ['  1036.03\n', num('1036.03')],
    ['\t596.68\t', num('596.68')],
    ['1036.03 万元', num('1036.03', '万元')],
    ['1036.03\u3000万元', num('1036.03', '万元')],
    // signs, per mille
    ['-5', num('-5')],
    ['+5', num('5')],
    ['-0.5%', num('-0.5', '%')],
    ['3‰', num('3', '‰')],
    ['2.5 ‰', num('2.5', '‰')],
    // units, longest match wins
    ['1036.03万元', num('1036.03', '万元')],
    ['3亿元', num('3', '亿元')],
    ['2千元', num('2', '千元')],
    ['500元', num('500', '元')],
    ['127批', num('127', '批')],
    ['12批次', num('12', '批次')],
    ['600人', num('600', '人')],
    ['600人次', num('600', '人次')],
    ['5万人次', num('5', '万人次')],
    ['5万人', num('5', '万人')],
    ['32件次', num('32', '件次')],
    ['12篇次', num('12', '篇次')],
    ['0起', num('0', '起')],
    ['10公里', num('10', '公里')],
    ['500平方米', num('500', '平方米')],
    ['20亩', num('20', '亩')],
    ['8小时', num('8', '小时')],
    ['5天', num('5', '天')],
    ['3个月', num('3', '个月')],
    ['90分', num('90', '分')],
    // exact, never through a float
    ['0.1', num('0.1')],
    ['123456789012345678901234567890.123456789', num('123456789012345678901234567890.123456789')],
    ['1036.030', num('1036.03')],
    ['007', num('7')],
  ])('number %p', (raw, expected) => {
    expect(viewValue(parseCellValue(raw))).toEqual(expected);
  });

  test.each<[string, ValueView]>([
    ['1e3', text('1e3')],
    ['十件', text('十件')],
    ['约100件', text('约100件')],
    ['100件左右', text('100件左右')],
    ['12a', text('12a')],
    ['12,34', text('12,34')],
    ['1.2.3', text('1.2.3')],
    ['1 036', text('1 036')],
    ['--5', text('--5')],
    ['95%以上', text('95%以上')],
    ['127批 600人', text('127批 600人')],
    ['1036.03。', text('1036.03。')],
    [' 全年未发生维稳事件。 ', text('全年未发生维稳事件。')],
    ['达成年度指标', text('达成年度指标')],
    ['😀12', text('😀12')],
    ['1\u0000', text('1\u0000')],
    ['#DIV/0!', text('#DIV/0!')],
  ])('text %p', (raw, expected) => {
    expect(viewValue(parseCellValue(raw))).toEqual(expected);
  });
});
