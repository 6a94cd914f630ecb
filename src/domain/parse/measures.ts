import { Decimal } from '../decimal';

/**
 * How units of one kind convert into each other, so that `≥50厘米` can be compared with `0.52米`
 * and `≤1.8万元/公里` with `16600元/公里`. Each unit is a dimension and an exact factor to the
 * dimension's base unit, written as a fraction (1 亩 = 10000/15 平方米 has no finite decimal).
 * Units that do not convert exactly (月, 年, 工作日) or count different things (人 and 人次) are
 * absent or in dimensions of their own.
 */
const FACTORS: Readonly<
  Record<string, readonly [dimension: string, numerator: string, denominator?: string]>
> = {
  毫米: ['length', '1', '1000'],
  厘米: ['length', '1', '100'],
  米: ['length', '1'],
  千米: ['length', '1000'],
  公里: ['length', '1000'],
  平方米: ['area', '1'],
  万平方米: ['area', '10000'],
  亩: ['area', '10000', '15'],
  万亩: ['area', '100000000', '15'],
  公顷: ['area', '10000'],
  平方公里: ['area', '1000000'],
  平方千米: ['area', '1000000'],
  立方米: ['volume', '1'],
  万立方米: ['volume', '10000'],
  升: ['volume', '1', '1000'],
  元: ['money', '1'],
  千元: ['money', '1000'],
  万元: ['money', '10000'],
  亿元: ['money', '100000000'],
  克: ['mass', '1', '1000'],
  千克: ['mass', '1'],
  公斤: ['mass', '1'],
  斤: ['mass', '1', '2'],
  吨: ['mass', '1000'],
  万吨: ['mass', '10000000'],
  分钟: ['duration', '60'],
  小时: ['duration', '3600'],
  天: ['duration', '86400'],
  日: ['duration', '86400'],
  周: ['duration', '604800'],
  人: ['people', '1'],
  万人: ['people', '10000'],
  人次: ['visits', '1'],
  万人次: ['visits', '10000'],
  户: ['households', '1'],
  万户: ['households', '10000'],
  件: ['items', '1'],
  万件: ['items', '10000'],
  册: ['volumes', '1'],
  万册: ['volumes', '10000'],
};

interface Measure {
  readonly dimension: string;
  readonly numerator: Decimal;
  readonly denominator: Decimal;
}

function measureOf(unit: string): Measure | null {
  let dimension = '';
  let numerator = new Decimal(1);
  let denominator = new Decimal(1);
  for (const [i, part] of unit.split('/').entries()) {
    const f = FACTORS[part];
    if (!f) return null;
    const [dim, num, den = '1'] = f;
    dimension += i === 0 ? dim : `/${dim}`;
    // A unit after '/' divides: 万元/公里 is 10000 元 per 1000 米.
    numerator = numerator.times(i === 0 ? num : den);
    denominator = denominator.times(i === 0 ? den : num);
  }
  return { dimension, numerator, denominator };
}

/**
 * `value` written in unit `from`, expressed in unit `to` (exact, one division); null when the two
 * units do not measure the same thing.
 */
export function convertUnit(value: Decimal, from: string, to: string): Decimal | null {
  if (from === to) return value;
  const a = measureOf(from);
  const b = measureOf(to);
  if (!a || !b || a.dimension !== b.dimension) return null;
  return value.times(a.numerator).times(b.denominator).div(a.denominator.times(b.numerator));
}
