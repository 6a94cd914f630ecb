import { alternation } from './regex';

/**
 * Units a number may carry in a cell (`1036.03万元`, `127批`, `57.59%`). A unit is a short suffix
 * written right after the number, possibly after spaces; it is kept exactly as listed here.
 * Full-width `％` is folded to `%` before matching, so '%' is the only percent unit.
 */
export const UNITS: readonly string[] = [
  '%',
  '‰',
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
  '篇次',
  '件次',
  '批次',
  '户次',
  '册',
  '本',
  '张',
  '辆',
  '处',
  // measures
  '公里',
  '平方公里',
  '米',
  '平方米',
  '立方米',
  '亩',
  '吨',
  '公斤',
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
  '年',
  '期',
  // points (分值)
  '分',
];

/** Source of a regex group-free alternation matching one unit, longest first. */
export const UNIT_PATTERN = alternation(UNITS);
