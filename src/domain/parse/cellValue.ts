import type { ParsedValue, RawValue } from '../cellValue.types';
import { normalize } from './normalize';
import { decimalOf, decimalOfNumber, NUMBER_PATTERN } from './number';
import { isPlaceholder } from './placeholders';
import { canonicalUnit, UNIT_PATTERN } from './units';

const NUMBER_WITH_UNIT = new RegExp(`^(${NUMBER_PATTERN})\\s*(${UNIT_PATTERN})?$`);

const EMPTY: ParsedValue = { kind: 'empty' };

/**
 * Parses one cell as a host reads it: empty, a "not applicable" placeholder, an exact number
 * with its unit, or text. Never throws: a bad cell becomes text, and the checks report it.
 */
export function parseCellValue(raw: RawValue | undefined): ParsedValue {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === 'number') {
    return Number.isFinite(raw)
      ? { kind: 'number', value: decimalOfNumber(raw), unit: null }
      : textOf(String(raw));
  }
  if (typeof raw === 'boolean') return textOf(raw ? 'TRUE' : 'FALSE');
  if (typeof raw !== 'string') return textOf(Object.prototype.toString.call(raw));
  return parseCellText(raw);
}

function parseCellText(raw: string): ParsedValue {
  const text = normalize(raw);
  if (text === '') return EMPTY;
  if (isPlaceholder(text)) return { kind: 'na', text: raw.trim() };
  const match = NUMBER_WITH_UNIT.exec(text);
  if (match) {
    return { kind: 'number', value: decimalOf(match[1]), unit: match[2] ? canonicalUnit(match[2]) : null };
  }
  return textOf(raw.trim());
}

function textOf(text: string): ParsedValue {
  return { kind: 'text', text };
}
