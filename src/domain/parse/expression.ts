import type { RawValue } from '../cellValue.types';
import type { Comparator, Expression, Quantity } from '../expression.types';
import { labelOf, MAX_LABEL_LENGTH } from './label';
import { normalize } from './normalize';
import { decimalOf, decimalOfNumber, NUMBER_PATTERN } from './number';
import { comparatorOf, PREFIX_OPERATOR_PATTERN, SUFFIX_OPERATOR_PATTERN } from './operators';
import { isPlaceholder } from './placeholders';
import { qualitativeLevelOf } from './qualitative';
import { standardOf } from './standards';
import { canonicalUnit, UNIT_PATTERN } from './units';

const NUMBER_AHEAD = String.raw`(?=[+-]?\.?\d)`;

// The label is bounded (a few characters of slack for spaces and a colon) so that a long sentence
// is rejected without scanning it for every possible split.
const HEAD = new RegExp(
  String.raw`^([^\d+\-.]{0,${MAX_LABEL_LENGTH + 4}}?)\s*(?:(${PREFIX_OPERATOR_PATTERN})\s*)?${NUMBER_AHEAD}`,
  'u',
);
const QUANTITY = new RegExp(
  String.raw`(${NUMBER_PATTERN})(?:\s*(${UNIT_PATTERN}))?(?:\s*(${SUFFIX_OPERATOR_PATTERN}))?`,
  'uy',
);
// Compound values: `127批 600人`, `127批、600人次`, each part may repeat an operator.
const SEPARATOR = new RegExp(
  String.raw`(?:\s*[、,/;]\s*|\s+)(?:(${PREFIX_OPERATOR_PATTERN})\s*)?${NUMBER_AHEAD}`,
  'uy',
);
const TRAILING_STOPS = /\s*[。.]+$/;
// A compound target lists a few quantities (`127批 600人`); a long run of numbers is data, not a target.
const MAX_QUANTITIES = 12;

const EMPTY: Expression = { kind: 'empty' };

/**
 * Parses what people type in 指标值 / 完成值 cells: a target with its comparator, label and
 * quantities, a qualitative answer (达成年度指标), a qualitative standard (显著提升, 合格), a
 * placeholder, or text. Never throws: anything that is not a
 * clean target (a sentence, an operator without a number) is text, which the checks report.
 */
export function parseExpression(raw: RawValue | undefined): Expression {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return textOf(String(raw));
    const quantity: Quantity = { value: decimalOfNumber(raw), unit: null };
    return { kind: 'quantitative', comparator: 'eq', explicit: false, quantities: [quantity], label: null };
  }
  if (typeof raw === 'boolean') return textOf(raw ? 'TRUE' : 'FALSE');
  if (typeof raw !== 'string') return textOf(Object.prototype.toString.call(raw));
  return parseExpressionText(raw);
}

function parseExpressionText(raw: string): Expression {
  const text = normalize(raw);
  if (text === '') return EMPTY;
  const trimmed = raw.trim();
  if (isPlaceholder(text)) return { kind: 'na', text: trimmed };
  const level = qualitativeLevelOf(text);
  if (level) return { kind: 'qualitative', level, text: trimmed };
  const standard = standardOf(text);
  if (standard) return { kind: 'standard', ...standard, text: trimmed };
  return parseTarget(text.replace(TRAILING_STOPS, '')) ?? textOf(trimmed);
}

/** `[label] [operator] number [unit] [suffix] ([separator] [operator] number [unit] [suffix])*`, or null. */
function parseTarget(text: string): Expression | null {
  const head = HEAD.exec(text);
  if (!head) return null;
  const label = labelOf(head[1]);
  if (label === undefined) return null;

  const quantities: Quantity[] = [];
  let comparator: Comparator | undefined = comparatorOf(head[2]);
  let position = head[0].length;
  for (;;) {
    QUANTITY.lastIndex = position;
    const quantity = QUANTITY.exec(text);
    if (!quantity || quantities.length === MAX_QUANTITIES) return null;
    quantities.push({ value: decimalOf(quantity[1]), unit: quantity[2] ? canonicalUnit(quantity[2]) : null });
    comparator ??= comparatorOf(quantity[3]);
    position = QUANTITY.lastIndex;
    if (position === text.length) break;

    SEPARATOR.lastIndex = position;
    const separator = SEPARATOR.exec(text);
    if (!separator) return null;
    comparator ??= comparatorOf(separator[1]);
    position = SEPARATOR.lastIndex;
  }
  return {
    kind: 'quantitative',
    comparator: comparator ?? 'eq',
    explicit: comparator !== undefined,
    quantities,
    label,
  };
}

function textOf(text: string): Expression {
  return { kind: 'text', text };
}
