import type { QualitativeLevel } from '../expression.types';

/**
 * The three qualitative answers of 财预〔2020〕10号 and the short forms people type instead.
 * Matching is a lookup of the whole cell in a table built once, never a substring search,
 * so 未达成 cannot be read as 达成 nor 部分达成年度指标… as 达成.
 */
const VERBS: Readonly<Record<QualitativeLevel, readonly string[]>> = {
  achieved: ['达成', '已达成', '全部达成', '均已达成', '完成', '已完成', '全部完成', '均已完成'],
  partial: ['部分达成', '基本达成', '部分完成', '基本完成', '大部分完成', '大部分达成'],
  notAchieved: ['未达成', '未完成', '未达到', '没有达成', '没有完成'],
};

const OBJECTS = [
  '',
  '年度指标',
  '预期指标',
  '年度目标',
  '预期目标',
  '目标',
  '指标',
  '绩效目标',
  '年度绩效目标',
];

/** The clause the standard appends to each level's phrase. */
const EFFECTS: Readonly<Record<QualitativeLevel, readonly string[]>> = {
  achieved: ['', '并取得良好效果', '效果良好'],
  partial: ['', '并具有一定效果', '具有一定效果', '并有一定效果'],
  notAchieved: ['', '且效果较差', '效果较差'],
};

const SHORT_FORMS: Readonly<Record<QualitativeLevel, readonly string[]>> = {
  achieved: ['好', '优', '优秀', '达到预期', '达到预期目标', '达到预期效果', '已达到预期', '已达到预期目标'],
  partial: ['较好', '良', '良好', '基本达到预期', '部分达到预期'],
  notAchieved: ['差', '较差', '未达到预期', '未达到预期目标'],
};

const LEVELS: readonly QualitativeLevel[] = ['achieved', 'partial', 'notAchieved'];

function buildTable(): ReadonlyMap<string, QualitativeLevel> {
  const table = new Map<string, QualitativeLevel>();
  for (const level of LEVELS) {
    for (const verb of VERBS[level]) {
      for (const object of OBJECTS) {
        for (const effect of EFFECTS[level]) table.set(verb + object + effect, level);
      }
    }
    for (const form of SHORT_FORMS[level]) table.set(form, level);
  }
  return table;
}

const PHRASES = buildTable();
const LONGEST_PHRASE = Math.max(...[...PHRASES.keys()].map((p) => p.length));

// Spaces and clause commas carry no meaning here; a trailing full stop neither.
const IGNORED = /[\s,，、]+/g;
const TRAILING_STOPS = /[。.]+$/;

/** The level of a qualitative answer, or null when `text` (already normalised) is not one. */
export function qualitativeLevelOf(text: string): QualitativeLevel | null {
  // Real sentences are long; leave them before allocating.
  if (text.length > LONGEST_PHRASE * 2) return null;
  const key = text.replace(IGNORED, '').replace(TRAILING_STOPS, '');
  return PHRASES.get(key) ?? null;
}
