import { Decimal } from '../../../src/domain/decimal';
import { convertUnit } from '../../../src/domain/parse/measures';
import { unitOf } from '../../../src/domain/parse/units';

describe('unitOf: what a 度量单位 / 计量单位 cell names', () => {
  test.each<[string, string | null]>([
    ['%', '%'],
    ['％', '%'],
    [' 万人 ', '万人'],
    ['元/人', '元/人'],
    ['元／亩', '元/亩'],
    ['次 / 年', '次/年'],
    ['百分比', '%'],
    ['个工作日', '个工作日'],
    ['性', null],
    ['', null],
    ['定量', null],
    ['%%', null],
  ])('%p → %p', (written, unit) => {
    expect(unitOf(written)).toBe(unit);
  });
});

describe('convertUnit: the same measure in another unit, exactly', () => {
  test.each<[string, string, string, string | null]>([
    ['50', '厘米', '米', '0.5'],
    ['0.52', '米', '厘米', '52'],
    ['3.2', '千米', '公里', '3.2'],
    ['1', '亩', '平方米', '666.666666666666666666666666667'],
    ['15', '亩', '公顷', '1'],
    ['2.1', '万亩', '亩', '21000'],
    ['1.66', '万元/公里', '元/米', '16.6'],
    ['16600', '元/公里', '万元/公里', '1.66'],
    ['1036.03', '万元', '元', '10360300'],
    ['2', '小时', '分钟', '120'],
    ['1.2', '万人', '人', '12000'],
    ['5', '天', '天', '5'],
    ['5', '天', '工作日', null],
    ['3', '月', '天', null],
    ['100', '人', '人次', null],
    ['100', '元', '米', null],
    ['1', '元/亩', '元', null],
    ['1', '米', '个', null],
  ])('%s %s in %s', (value, from, to, expected) => {
    const converted = convertUnit(new Decimal(value), from, to);
    expect(converted === null ? null : converted.toFixed()).toBe(expected);
  });
});
