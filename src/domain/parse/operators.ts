import type { Comparator } from '../expression.types';
import { alternation } from './regex';

/**
 * Comparison words written before the number (`≥95%`, `不低于95%`, `控制在5天以内`), after
 * full-width folding (`＞＝` arrives here as `>=`).
 */
const PREFIX_OPERATORS: ReadonlyMap<string, Comparator> = new Map<string, Comparator>([
  ['≥', 'gte'],
  ['>=', 'gte'],
  ['不低于', 'gte'],
  ['不少于', 'gte'],
  ['不小于', 'gte'],
  ['达到', 'gte'],
  ['达', 'gte'],
  ['至少', 'gte'],
  ['大于等于', 'gte'],
  ['大于或等于', 'gte'],
  ['高于或等于', 'gte'],
  ['>', 'gt'],
  ['大于', 'gt'],
  ['高于', 'gt'],
  ['超过', 'gt'],
  ['多于', 'gt'],
  ['=', 'eq'],
  ['等于', 'eq'],
  ['为', 'eq'],
  ['≤', 'lte'],
  ['<=', 'lte'],
  ['不高于', 'lte'],
  ['不超过', 'lte'],
  ['不超', 'lte'],
  ['不大于', 'lte'],
  ['控制在', 'lte'],
  ['不多于', 'lte'],
  ['低于或等于', 'lte'],
  ['小于等于', 'lte'],
  ['小于或等于', 'lte'],
  ['最多', 'lte'],
  ['<', 'lt'],
  ['小于', 'lt'],
  ['低于', 'lt'],
  ['少于', 'lt'],
  ['不足', 'lt'],
]);

/** Words written after the number and its unit (`95%以上`, `1036.03万元以内`, `30天内`, `95%(含)以上`). */
const SUFFIX_OPERATORS: ReadonlyMap<string, Comparator> = new Map<string, Comparator>([
  ['以上', 'gte'],
  ['及以上', 'gte'],
  ['或以上', 'gte'],
  ['以内', 'lte'],
  ['之内', 'lte'],
  ['以下', 'lte'],
  ['及以下', 'lte'],
  ['或以下', 'lte'],
  ['内', 'lte'],
  ['(含)以上', 'gte'],
  ['以上(含)', 'gte'],
  ['(含)以下', 'lte'],
  ['以下(含)', 'lte'],
  ['(含)以内', 'lte'],
]);

export const PREFIX_OPERATOR_PATTERN = alternation([...PREFIX_OPERATORS.keys()]);
export const SUFFIX_OPERATOR_PATTERN = alternation([...SUFFIX_OPERATORS.keys()]);

/** The comparator of a word matched by one of the patterns above; undefined for anything else. */
export function comparatorOf(word: string | undefined): Comparator | undefined {
  if (word === undefined) return undefined;
  return PREFIX_OPERATORS.get(word) ?? SUFFIX_OPERATORS.get(word);
}
