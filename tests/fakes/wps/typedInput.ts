import type { ErrorCode, StoredValue } from './model';

/**
 * How ET reads a string assigned to Value2 or Formula: as if typed. A leading apostrophe makes text; '='
 * a formula; an error's text an error constant; numbers (with thousands separators, %, exponent),
 * TRUE/FALSE and dates (ISO, slashes, 2020年1月1日, 1月1日) become numbers and booleans.
 */
export const ERROR_CODES: Readonly<Record<string, ErrorCode>> = {
  '#NULL!': 2000,
  '#DIV/0!': 2007,
  '#VALUE!': 2015,
  '#REF!': 2023,
  '#NAME?': 2029,
  '#NUM!': 2036,
  '#N/A': 2042,
  '#SPILL!': 2045,
  '#FIELD!': 2049,
  '#CALC!': 2050,
};

export interface Typed {
  readonly value: StoredValue;
  readonly formula: string | null;
  readonly prefix: boolean;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?%?$/;

function serial(year: number, month: number, day: number): number | null {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function dateOf(text: string): number | null {
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text);
  if (m) return serial(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})月(\d{1,2})日$/.exec(text);
  // A day without a year is in the current year, as ET types it.
  if (m) return serial(new Date().getFullYear(), Number(m[1]), Number(m[2]));
  return null;
}

export function typed(input: unknown): Typed {
  if (input === null || input === undefined || input === '')
    return { value: null, formula: null, prefix: false };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new Error(`WPS fake: ET refuses the number ${input}`);
    return { value: input, formula: null, prefix: false };
  }
  if (typeof input === 'boolean') return { value: input, formula: null, prefix: false };
  if (typeof input !== 'string')
    throw new Error(`WPS fake: assigning a ${typeof input} to a cell is not modelled`);
  if (input.startsWith("'"))
    return { value: input.slice(1) === '' ? null : input.slice(1), formula: null, prefix: true };
  if (input.startsWith('=') && input.length > 1)
    return { value: null, formula: input.slice(1), prefix: false };
  const text = input.trim();
  const error = ERROR_CODES[text.toUpperCase()];
  if (error !== undefined) return { value: { error }, formula: null, prefix: false };
  if (/^(true|false)$/i.test(text))
    return { value: text.toLowerCase() === 'true', formula: null, prefix: false };
  if (NUMBER.test(text) && /\d/.test(text)) {
    const percent = text.endsWith('%');
    const n = Number(text.replace(/[,%]/g, ''));
    // ET keeps 15 significant digits: 57.59% is 0.5759, not 0.5759000000000001.
    return { value: percent ? Number((n / 100).toPrecision(15)) : n, formula: null, prefix: false };
  }
  const date = dateOf(text);
  if (date !== null) return { value: date, formula: null, prefix: false };
  return { value: input, formula: null, prefix: false };
}
