import type { RawValue } from '../../domain/cellValue.types';
import type { PlanValue } from '../../templates/plan';

/**
 * Excel reads a string written through `values` or `formulas` as if it were typed: '=…' becomes a
 * formula, '596.68' a number, '2020-12-31' a date, 'TRUE' a boolean, '１２３' (full-width) a number in
 * a CJK locale. A leading apostrophe keeps the rest as text and is not part of the value. So every text
 * Excel might read as something else gets one: any text holding a digit, starting with a character
 * that opens a formula, a number or an error, or spelling a boolean.
 */
const MIGHT_NOT_STAY_TEXT = /[0-9０-９]|^\s*[=+\-@#'(]|^\s*(?:true|false)\s*$/i;

export function typedText(text: string): string {
  return MIGHT_NOT_STAY_TEXT.test(text) ? `'${text}` : text;
}

/** What goes into `Range.formulas` for a plan value: null leaves the cell as it is. */
export function formulaCell(value: PlanValue): string | number | null {
  if (value === null) return null;
  if (typeof value === 'object') return `=${value.formula}`;
  return typeof value === 'string' ? typedText(value) : value;
}

/** What goes into `Range.values` for a typed value: '' empties the cell. */
export function valueCell(value: string | number | null): string | number {
  if (value === null) return '';
  return typeof value === 'string' ? typedText(value) : value;
}

/** A value as `Range.values` gives it: '' (an empty cell) is null. */
export function rawValue(v: unknown): RawValue {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'boolean') return v;
  return null;
}
