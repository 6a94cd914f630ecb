import type { RawValue } from '../../../src/domain/cellValue.types';
import type { Comparator, QualitativeLevel } from '../../../src/domain/expression.types';
import { parseExpression } from '../../../src/domain/parse/expression';
import { viewExpression, type ExpressionView } from './describe';

type Q = [string, string | null];
const target = (
  comparator: Comparator,
  explicit: boolean,
  quantities: Q[],
  label: string | null = null,
): ExpressionView => ({ kind: 'quantitative', comparator, explicit, quantities, label });
const eq = (...quantities: Q[]): ExpressionView => target('eq', false, quantities);
const text = (t: string): ExpressionView => ({ kind: 'text', text: t });
const parse = (raw: RawValue | undefined): ExpressionView => viewExpression(parseExpression(raw));

describe('parseExpression', () => {
  test.each<[RawValue | undefined, ExpressionView]>([
    [null, { kind: 'empty' }],
    [undefined, { kind: 'empty' }],
    ['', { kind: 'empty' }],
    [' \t\n\u3000', { kind: 'empty' }],
    ['/', { kind: 'na', text: '/' }],
    ['--', { kind: 'na', text: '--' }],
    ['—', { kind: 'na', text: '—' }],
    ['－－', { kind: 'na', text: '－－' }],
    ['无', { kind: 'na', text: '无' }],
    ['不适用', { kind: 'na', text: '不适用' }],
    ['N/A', { kind: 'na', text: 'N/A' }],
  ])('empty or placeholder %p', (raw, expected) => {
    expect(parse(raw)).toEqual(expected);
  });

  test.each<[RawValue, ExpressionView]>([
    [100, eq(['100', null])],
    [1036.03, eq(['1036.03', null])],
    [0.9759, eq(['0.9759', null])],
    [NaN, text('NaN')],
    [true, text('TRUE')],
  ])('JS value %p', (raw, expected) => {
    expect(parse(raw)).toEqual(expected);
  });

  test.each<[string, Comparator]>([
    ['≥', 'gte'],
    ['>=', 'gte'],
    ['＞＝', 'gte'],
    ['≧', 'gte'],
    ['不低于', 'gte'],
    ['不少于', 'gte'],
    ['达到', 'gte'],
    ['至少', 'gte'],
    ['大于等于', 'gte'],
    ['>', 'gt'],
    ['＞', 'gt'],
    ['大于', 'gt'],
    ['高于', 'gt'],
    ['超过', 'gt'],
    ['=', 'eq'],
    ['＝', 'eq'],
    ['等于', 'eq'],
    ['为', 'eq'],
    ['≤', 'lte'],
    ['<=', 'lte'],
    ['＜＝', 'lte'],
    ['不高于', 'lte'],
    ['不超过', 'lte'],
    ['控制在', 'lte'],
    ['不多于', 'lte'],
    ['低于或等于', 'lte'],
    ['小于等于', 'lte'],
    ['最多', 'lte'],
    ['<', 'lt'],
    ['＜', 'lt'],
    ['小于', 'lt'],
    ['低于', 'lt'],
    // small, slanted and negated signs that input methods and Word offer
    ['﹦', 'eq'],
    ['﹥', 'gt'],
    ['﹤', 'lt'],
    ['⩾', 'gte'],
    ['⩽', 'lte'],
    ['≦', 'lte'],
    ['≮', 'gte'],
    ['≯', 'lte'],
    ['达', 'gte'],
    ['多于', 'gt'],
    ['少于', 'lt'],
    ['不足', 'lt'],
    ['不超', 'lte'],
  ])('operator %p before the number', (operator, comparator) => {
    expect(parse(`${operator}95%`)).toEqual(target(comparator, true, [['95', '%']]));
    expect(parse(` ${operator} 1,036.03 万元 `)).toEqual(target(comparator, true, [['1036.03', '万元']]));
  });

  test.each<[string, ExpressionView]>([
    ['95%以上', target('gte', true, [['95', '%']])],
    ['95%及以上', target('gte', true, [['95', '%']])],
    ['1036.03万元以内', target('lte', true, [['1036.03', '万元']])],
    ['5天以下', target('lte', true, [['5', '天']])],
    ['5天及以下', target('lte', true, [['5', '天']])],
    ['控制在5天以内', target('lte', true, [['5', '天']])],
    ['30 人 以上', target('gte', true, [['30', '人']])],
    ['30天内', target('lte', true, [['30', '天']])],
    ['5个工作日内', target('lte', true, [['5', '个工作日']])],
    ['95%（含）以上', target('gte', true, [['95', '%']])],
    ['95%以上(含)', target('gte', true, [['95', '%']])],
    ['5%（含）以下', target('lte', true, [['5', '%']])],
  ])('suffix word %p', (raw, expected) => {
    expect(parse(raw)).toEqual(expected);
  });

  test.each<[string, ExpressionView]>([
    // the reference table's 指标值 / 完成值 cells
    ['57.59%', eq(['57.59', '%'])],
    ['1036.03', eq(['1036.03', null])],
    ['596.68', eq(['596.68', null])],
    ['127批 600人', eq(['127', '批'], ['600', '人'])],
    ['32件', eq(['32', '件'])],
    ['100%', eq(['100', '%'])],
    ['0.00%', eq(['0', '%'])],
    ['0起', eq(['0', '起'])],
    // full width, thousands, per mille
    ['≥９５％', target('gte', true, [['95', '%']])],
    ['≤１，０３６．０３万元', target('lte', true, [['1036.03', '万元']])],
    ['1，036.03万元', eq(['1036.03', '万元'])],
    ['≤3‰', target('lte', true, [['3', '‰']])],
    ['-5%', eq(['-5', '%'])],
    // compound values
    ['127批、600人次', eq(['127', '批'], ['600', '人次'])],
    ['127批，600人', eq(['127', '批'], ['600', '人'])],
    ['127批,600人', eq(['127', '批'], ['600', '人'])],
    ['127批/600人', eq(['127', '批'], ['600', '人'])],
    ['127批；600人', eq(['127', '批'], ['600', '人'])],
    ['127批\n600人', eq(['127', '批'], ['600', '人'])],
    [
      '≥127批 600人',
      target('gte', true, [
        ['127', '批'],
        ['600', '人'],
      ]),
    ],
    [
      '127批 ≥600人',
      target('gte', true, [
        ['127', '批'],
        ['600', '人'],
      ]),
    ],
    // labels
    ['满意率≥95%', target('gte', true, [['95', '%']], '满意率')],
    ['群众理解及满意率97%。', target('eq', false, [['97', '%']], '群众理解及满意率')],
    ['满意率：≥95%', target('gte', true, [['95', '%']], '满意率')],
    ['群众满意度不低于95%', target('gte', true, [['95', '%']], '群众满意度')],
    ['投诉率 ≤ 5%', target('lte', true, [['5', '%']], '投诉率')],
    ['进京“非访”率≤5%', target('lte', true, [['5', '%']], '进京“非访”率')],
    ['覆盖率达95%', target('gte', true, [['95', '%']], '覆盖率')],
    // units of real provincial tables, compound units, `百分比` for %
    ['≥266米', target('gte', true, [['266', '米']])],
    ['≥50厘米', target('gte', true, [['50', '厘米']])],
    ['2.1万亩', eq(['2.1', '万亩'])],
    ['100平方米', eq(['100', '平方米'])],
    ['≥1000株', target('gte', true, [['1000', '株']])],
    ['≤1.8万元/公里', target('lte', true, [['1.8', '万元/公里']])],
    ['500 元 / 亩', eq(['500', '元/亩'])],
    ['1200元/人/年', eq(['1200', '元/人/年'])],
    ['≥1次/年', target('gte', true, [['1', '次/年']])],
    ['≥100百分比', target('gte', true, [['100', '%']])],
    ['100百分比', eq(['100', '%'])],
    ['≥5个百分点', target('gte', true, [['5', '个百分点']])],
    ['﹦100%', target('eq', true, [['100', '%']])],
  ])('target %p', (raw, expected) => {
    expect(parse(raw)).toEqual(expected);
  });

  test.each<[string, QualitativeLevel]>([
    ['达成年度指标', 'achieved'],
    ['达成预期指标', 'achieved'],
    ['已达成', 'achieved'],
    ['达成', 'achieved'],
    ['已完成', 'achieved'],
    ['完成', 'achieved'],
    ['全部完成', 'achieved'],
    ['达到预期', 'achieved'],
    ['达到预期目标', 'achieved'],
    ['好', 'achieved'],
    ['优', 'achieved'],
    [' 达成 年度指标。', 'achieved'],
    ['部分达成年度指标并具有一定效果', 'partial'],
    ['部分达成年度指标，并具有一定效果。', 'partial'],
    ['部分达成', 'partial'],
    ['基本达成', 'partial'],
    ['基本完成', 'partial'],
    ['部分完成', 'partial'],
    ['较好', 'partial'],
    ['良', 'partial'],
    ['未达成年度指标且效果较差', 'notAchieved'],
    ['未达成', 'notAchieved'],
    ['未完成', 'notAchieved'],
    ['未达到', 'notAchieved'],
    ['差', 'notAchieved'],
    ['较差', 'notAchieved'],
  ])('qualitative %p', (raw, level) => {
    expect(parse(raw)).toEqual({ kind: 'qualitative', level, text: raw.trim() });
  });

  test.each<[string, boolean, number]>([
    ['显著提升', false, 3],
    ['明显改善', false, 3],
    ['效果明显', false, 3],
    ['得到明显改善', false, 3],
    ['取得显著成效', false, 3],
    ['改善明显。', false, 3],
    ['高', false, 3],
    ['有效提高', false, 2],
    ['有效减轻', false, 2],
    ['稳步提升', false, 2],
    ['效果良好', false, 2],
    ['较高', false, 2],
    ['逐步提升', false, 1],
    ['有所提升', false, 1],
    ['有一定效果', false, 1],
    ['一般', false, 1],
    ['未提升', false, 0],
    ['无明显改善', false, 0],
    ['效果不明显', false, 0],
    ['低', false, 0],
    ['合格', true, 1],
    ['不合格', true, 0],
    ['达标', true, 1],
    ['未达标', true, 0],
    ['是', true, 1],
    ['否', true, 0],
    ['符合相关规定', true, 1],
    ['不符合要求', true, 0],
    ['按时完成', true, 1],
    ['及时拨付', true, 1],
    ['未按期完成', true, 0],
    ['延期', true, 0],
  ])('qualitative standard %p', (raw, binary, degree) => {
    expect(parse(raw)).toEqual({ kind: 'standard', binary, degree, text: raw });
  });

  test.each<string>([
    '全年未发生维稳事件。',
    '未发生重大群体性事件。',
    '化解了陈年积案，减少了进京非访数量，减少45%，有效的维护了社会和谐稳定。',
    '不超过预算指标数',
    '全年预计接访量',
    '完成信访积案化解案件',
    '非访数量减少45%',
    '进京“非访”率同比下降。',
    '约100件',
    '100件左右',
    '十件',
    '12a',
    '1e3',
    '90%-100%',
    '≥',
    '≥≥95%',
    '排名第1',
    '2020年接访127批',
    '满意率≥95%，投诉率≤5%',
    '约为100件',
    '100件，较上年增长5%',
    '元/亩',
    '≥元/亩',
    '严格执行相关制度规定',
    '在项目计划完成时间内完成',
    '提升',
    '显著',
    '显著提升群众满意度',
  ])('text %p', (raw) => {
    expect(parse(raw)).toEqual(text(raw));
  });
});
