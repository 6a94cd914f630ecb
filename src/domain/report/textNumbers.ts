import type { Decimal } from '../decimal';
import { normalize } from '../parse/normalize';
import { decimalOf, NUMBER_PATTERN } from '../parse/number';
import { UNIT_PATTERN } from '../parse/units';

/** A number with its unit in free text, and the clause it stands in. */
export interface TextNumber {
  readonly value: Decimal;
  readonly unit: string;
  /** As written, e.g. `37 件`. */
  readonly text: string;
  readonly clause: string;
}

// Not part of a longer number (2020年 is not 020年), and not an approximation (约/近/逾/超 before it,
// 余/多 after it: `380 余万元` is not an amount to compare).
const NUMBER_WITH_UNIT = new RegExp(
  `(?<![\\d.约近逾超])(${NUMBER_PATTERN})\\s*(${UNIT_PATTERN})(?![余多])`,
  'gu',
);
const CLAUSE_BREAK = /[，,。；;！？!?\n]/u;

/** Clauses of a text: what lies between two commas, stops or line breaks. */
function clauses(text: string): string[] {
  return text.split(CLAUSE_BREAK).filter((c) => c.trim() !== '');
}

/** Every number written with a unit (`37 件`, `100%`, `1036.03万元`) in a free text, with its clause. */
export function numbersInText(raw: string): TextNumber[] {
  const out: TextNumber[] = [];
  for (const clause of clauses(normalize(raw))) {
    for (const m of clause.matchAll(NUMBER_WITH_UNIT)) {
      out.push({ value: decimalOf(m[1]), unit: m[2], text: m[0].trim(), clause });
    }
  }
  return out;
}

/** Head words too general to name an indicator by themselves. */
const GENERIC = new Set([
  '指标',
  '情况',
  '工作',
  '数量',
  '任务',
  '比例',
  '完成',
  '目标',
  '事件',
  '问题',
  '项目',
  '资金',
]);
const RATE_ENDING = /[率度量数比]$/u;
const CJK_ONLY = /^\p{Script=Han}+$/u;

/**
 * What names an indicator in running text: its full name, and its head word — the last two characters
 * (`化解信访积案` → `积案`), or three for a rate or a degree (`按期办结率` → `办结率`).
 */
export function keyWords(name: string): string[] {
  const words = [name];
  if (name.length >= 3 && CJK_ONLY.test(name)) {
    const tail = name.slice(RATE_ENDING.test(name) && name.length >= 4 ? -3 : -2);
    if (!GENERIC.has(tail)) words.push(tail);
  }
  return words.filter((w) => w.length >= 2);
}
