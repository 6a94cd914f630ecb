import { normalize } from './normalize';
import { alternation } from './regex';

/**
 * Units a number may carry in a cell (`1036.03万元`, `127批`, `57.59%`, `≥50厘米`, `1.66万元/公里`). A unit
 * is a short suffix written right after the number, possibly after spaces; a compound unit joins
 * units with `/` (`元/亩`, `次/年`, `元/人/年`). Full-width `％` and `／` are folded before matching,
 * so '%' is the only percent unit; `百分比` (`100百分比`, as some provincial systems export it) is
 * read as '%'. A unit is kept as listed here, without spaces (see canonicalUnit).
 */
export const UNITS: readonly string[] = [
  '%',
  '‰',
  '百分比',
  '个百分点',
  '百分点',
  // money
  '万元',
  '元',
  '亿元',
  '千元',
  // counts
  '件',
  '人',
  '人次',
  '次',
  '批',
  '个',
  '户',
  '项',
  '家',
  '起',
  '场',
  '篇',
  '条',
  '份',
  '所',
  '名',
  '座',
  '台',
  '套',
  '万人',
  '万人次',
  '万户',
  '万件',
  '万册',
  '篇次',
  '件次',
  '批次',
  '户次',
  '班次',
  '车次',
  '辆次',
  '架次',
  '场次',
  '册',
  '本',
  '张',
  '辆',
  '处',
  '株',
  '棵',
  '头',
  '只',
  '块',
  '间',
  '栋',
  '盏',
  '根',
  '眼',
  '宗',
  '例',
  '床',
  '课时',
  '学时',
  '期次',
  // measures
  '毫米',
  '厘米',
  '米',
  '千米',
  '公里',
  '平方米',
  '万平方米',
  '平方公里',
  '平方千米',
  '亩',
  '万亩',
  '公顷',
  '立方米',
  '万立方米',
  '升',
  '克',
  '千克',
  '公斤',
  '斤',
  '吨',
  '万吨',
  '千瓦',
  '千瓦时',
  // time
  '分钟',
  '小时',
  '天',
  '日',
  '工作日',
  '个工作日',
  '周',
  '月',
  '个月',
  '季度',
  '年',
  '期',
  // points (分值)
  '分',
];

/** Units that may follow a `/` in a compound unit: anything but percentages and points. */
const PER_UNITS = UNITS.filter((u) => !['%', '‰', '百分比', '个百分点', '百分点', '分'].includes(u));

/** What people write for a unit we keep under another name. */
const ALIASES: ReadonlyMap<string, string> = new Map([['百分比', '%']]);

const SPACES = /\s+/g;

/** First characters of the units: a lookahead on them fails fast where no unit follows a number. */
const FIRST_CHARS = [...new Set(UNITS.map((u) => u[0]))].join('');

/**
 * Source of a regex matching one unit, simple or compound, longest first; it has no capturing
 * group, so that callers can wrap it in their own.
 */
export const UNIT_PATTERN = `(?=[${FIRST_CHARS}])(?:${alternation(UNITS)})(?:\\s*/\\s*(?:${alternation(PER_UNITS)}))*`;

/** A matched unit as the model keeps it: without spaces, aliases resolved (`元 / 亩` → `元/亩`). */
export function canonicalUnit(written: string): string {
  const unit = written.replace(SPACES, '');
  return ALIASES.get(unit) ?? unit;
}

const WHOLE_UNIT = new RegExp(`^(?:${UNIT_PATTERN})$`, 'u');

/** The unit a 度量单位 / 计量单位 cell names (`%`, `％`, `万人`, `元/人`), or null when it names none. */
export function unitOf(text: string): string | null {
  const folded = normalize(text);
  return WHOLE_UNIT.test(folded) ? canonicalUnit(folded) : null;
}
