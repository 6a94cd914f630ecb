import type { QualitativeLevel, StandardDegree } from '../expression.types';

/**
 * The qualitative standards people write as 指标值 and 完成值 of 定性 indicators: a degree of change
 * (`显著提升`, `明显改善`, `有效提高`, `逐步提升`, `未改善`), of effect (`效果明显`, `成效显著`,
 * `有一定效果`, `效果不明显`), a level (`高`, `较高`, `一般`, `低`), or a yes/no standard (`合格`,
 * `达标`, `是`, `否`, `符合要求`, `按时完成`, `未按期完成`). Each is read as a degree: 3 strong, 2
 * solid, 1 some, 0 none — yes/no standards as 1 or 0 — so that an actual can be compared with its
 * target (see compareStandards). Matching is of the whole cell, never of a substring.
 */

export interface Standard {
  readonly binary: boolean;
  readonly degree: StandardDegree;
}

const ADVERBS: Readonly<Record<StandardDegree, readonly string[]>> = {
  3: ['显著', '明显', '大幅', '大幅度', '大大', '极大', '充分', '全面', '根本性'],
  2: ['有效', '持续', '稳步', '不断', '进一步', '较大', '较明显', '较大幅度', '切实', '较快'],
  1: ['逐步', '有所', '一定', '一定程度', '略有', '稍有', '基本', '初步', '逐年'],
  0: [],
};

const VERBS = [
  '提升',
  '提高',
  '改善',
  '增强',
  '加强',
  '增加',
  '增长',
  '优化',
  '好转',
  '改进',
  '完善',
  '减轻',
  '降低',
  '减少',
  '缓解',
  '下降',
  '扩大',
  '巩固',
  '健全',
  '规范',
  '促进',
  '保障',
];

/** Words naming an effect: 效果明显, 显著成效, 有一定作用. */
const EFFECTS = ['效果', '成效', '作用', '效益', '影响', '成果'];

/** What follows a verb or an effect (改善明显, 效果良好). */
const AFTER: Readonly<Record<StandardDegree, readonly string[]>> = {
  3: ['明显', '显著', '突出', '很好', '好', '非常明显', '十分明显'],
  2: ['较明显', '较显著', '良好', '较好', '较大'],
  1: ['一般', '有限'],
  0: ['不明显', '不显著', '较差', '差', '不佳', '不好'],
};

/** What comes before an effect (取得显著成效, 良好效果). */
const BEFORE_EFFECT: Readonly<Record<StandardDegree, readonly string[]>> = {
  3: ['显著', '明显', '突出', '很好'],
  2: ['良好', '较好', '较大', '较明显', '较显著'],
  1: ['一定'],
  0: [],
};

const LEVELS: Readonly<Record<StandardDegree, readonly string[]>> = {
  3: ['高', '很高', '非常高', '强', '很强', '优良', '满意', '非常满意', '很满意'],
  2: ['较高', '比较高', '较强', '比较强', '较满意', '比较满意'],
  1: ['一般', '中等', '基本满意'],
  0: ['低', '较低', '很低', '弱', '较弱', '不满意'],
};

const TIMELY = ['按时', '按期', '及时', '如期'];
const LATE = ['未按时', '未按期', '未及时', '不及时', '未如期', '延期', '延迟', '逾期'];
const DONE = ['', '完成', '到位', '拨付', '发放', '办结', '上报', '兑付', '报送', '支付', '开工', '完工'];
const RULES = ['', '要求', '规定', '标准', '相关规定', '相关要求', '相关标准', '国家标准', '行业标准'];

const YES_NO: readonly (readonly [string, 0 | 1])[] = [
  ['合格', 1],
  ['不合格', 0],
  ['达标', 1],
  ['不达标', 0],
  ['未达标', 0],
  ['是', 1],
  ['否', 0],
  ['正常', 1],
  ['运行正常', 1],
  ['正常运行', 1],
  ['不正常', 0],
  ['稳定', 1],
  ['运行稳定', 1],
  ['稳定运行', 1],
  ['保持稳定', 1],
  ['持续稳定', 1],
  ['通过', 1],
  ['通过验收', 1],
  ['验收通过', 1],
  ['未通过', 0],
  ['未通过验收', 0],
  ['全覆盖', 1],
  ['实现全覆盖', 1],
];

const DEGREES: readonly StandardDegree[] = [3, 2, 1, 0];

function buildTable(): ReadonlyMap<string, Standard> {
  const table = new Map<string, Standard>();
  const graded = (text: string, degree: StandardDegree) => {
    if (!table.has(text)) table.set(text, { binary: false, degree });
  };
  for (const degree of DEGREES) {
    for (const adverb of ADVERBS[degree]) {
      for (const verb of VERBS) {
        for (const lead of ['', '得到', '有', '实现', '取得', '获得']) {
          graded(lead + adverb + verb, degree);
          graded(lead + adverb + '得到' + verb, degree);
        }
        graded(adverb + '的' + verb, degree);
      }
    }
    for (const after of AFTER[degree]) {
      for (const head of [...VERBS, ...EFFECTS]) graded(head + after, degree);
    }
    for (const before of BEFORE_EFFECT[degree]) {
      for (const effect of EFFECTS) {
        for (const lead of ['', '取得', '取得了', '产生', '产生了', '发挥', '具有', '有', '达到']) {
          graded(`${lead}${before}${effect}`, degree);
          graded(`${lead}${before}的${effect}`, degree);
        }
      }
    }
    for (const level of LEVELS[degree]) graded(level, degree);
  }
  for (const verb of VERBS) {
    for (const neg of ['未', '没有', '未能', '无明显', '没有明显', '未明显']) graded(neg + verb, 0);
    graded(verb + '不明显', 0);
  }
  for (const effect of EFFECTS) {
    for (const neg of ['无', '没有', '未取得', '未见']) graded(neg + effect, 0);
    graded(`${effect}一般`, 1);
  }
  const binary = (text: string, degree: 0 | 1) => {
    if (!table.has(text)) table.set(text, { binary: true, degree });
  };
  for (const [text, degree] of YES_NO) binary(text, degree);
  for (const rule of RULES) {
    binary(`符合${rule}`, 1);
    binary(`不符合${rule}`, 0);
  }
  for (const done of DONE) {
    for (const t of TIMELY) binary(t + done, 1);
    for (const l of LATE) binary(l + done, 0);
  }
  return table;
}

const TABLE = buildTable();
const LONGEST = Math.max(...[...TABLE.keys()].map((k) => k.length));

// Spaces, clause commas and a trailing full stop carry no meaning here.
const IGNORED = /[\s,，、]+/g;
const TRAILING_STOPS = /[。.!！]+$/;
const DIGIT = /\d/;

/** The standard `text` (already normalised) states, or null when it is none of them. */
export function standardOf(text: string): Standard | null {
  if (text.length > LONGEST * 2 || DIGIT.test(text)) return null;
  const key = text.replace(IGNORED, '').replace(TRAILING_STOPS, '');
  return TABLE.get(key) ?? null;
}

/**
 * How an actual standard meets its target standard: reaching the target's degree achieves it, a
 * weaker change achieves part of it, none or a "no" achieves nothing. A yes/no target is met only
 * by the same answer (or, for a "yes", by any positive degree). null when the two cannot be
 * compared (a yes/no actual against a graded target, a graded actual against a "no").
 */
export function compareStandards(target: Standard, actual: Standard): QualitativeLevel | null {
  if (target.binary) {
    if (actual.binary) return actual.degree === target.degree ? 'achieved' : 'notAchieved';
    if (target.degree === 0) return null;
    return actual.degree > 0 ? 'achieved' : 'notAchieved';
  }
  if (actual.binary) return null;
  if (actual.degree >= target.degree) return 'achieved';
  return actual.degree === 0 ? 'notAchieved' : 'partial';
}

/** The level of an actual standard read on its own (its target is a sentence): strong or solid achieves. */
export function levelOfStandard(actual: Standard): QualitativeLevel {
  if (actual.binary) return actual.degree === 1 ? 'achieved' : 'notAchieved';
  if (actual.degree >= 2) return 'achieved';
  return actual.degree === 1 ? 'partial' : 'notAchieved';
}
