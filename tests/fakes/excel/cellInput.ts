import { FakeOfficeError, notModelled } from './errors';

/**
 * What Excel makes of a value written through `Range.values` or `Range.formulas`: the same as typing it.
 * A string starting with '=' becomes a formula, '123' a number, 'TRUE' a boolean, '50%' a number
 * formatted as a percentage, '#N/A' an error; a leading apostrophe keeps the rest as text. What the fake
 * cannot decide (dates, fractions, currencies, full-width digits: Excel reads them by locale) it
 * refuses, so that host code must protect such text instead of trusting the fake's guess.
 */
export interface Typed {
  readonly value: string | number | boolean;
  readonly error: boolean;
  readonly formula: string | null;
  readonly numberFormat?: string;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PERCENT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))%$/;
const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA']);
/** Text Excel may read as a date, time, fraction, currency or number, depending on the locale. */
const LOCALE_DEPENDENT = [
  /[０-９]/, // full-width digits: numbers in a CJK locale
  /^\d{1,4}\s*[-/.年]\s*\d{1,2}(\s*[-/.月]\s*\d{1,4}\s*日?)?$/, // 2020-12-31, 1/2, 1.2.3, 2020年12月31日
  /^\d{1,2}\s*月(\s*\d{1,2}\s*日)?$/, // 3月, 3月5日
  /^\d{1,2}:\d{2}/, // times
  /^\d+\s+\d+\/\d+$/, // fractions: 1 1/2
  /^[(（]\s*[\d.]/, // (5): negative numbers
  /^[$¥￥€£]\s*[\d.]/, // currencies
  /^[+-]/, // signs: a number or a formula
  /^@/, // a formula in older versions
];

/** Quotes and parentheses balance: Excel refuses a formula that does not parse. */
function parses(formula: string): boolean {
  let depth = 0;
  let quoted = false;
  for (const ch of formula.slice(1)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')' && --depth < 0) return false;
  }
  return depth === 0 && !quoted && formula.length > 1;
}

export function typedInput(input: unknown): Typed {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new FakeOfficeError('InvalidArgument', `not a cell value: ${input}`);
    return { value: input, error: false, formula: null };
  }
  if (typeof input === 'boolean') return { value: input, error: false, formula: null };
  if (typeof input !== 'string') {
    throw new FakeOfficeError('InvalidArgument', `not a cell value: ${JSON.stringify(input)}`);
  }
  if (input.startsWith("'")) return { value: input.slice(1), error: false, formula: null };
  if (input.startsWith('=')) {
    if (!parses(input))
      throw new FakeOfficeError('InvalidArgument', `not a formula Excel can read: ${input}`);
    return { value: '', error: false, formula: input };
  }
  const text = input.trim();
  if (text === '') return { value: input === '' ? '' : input, error: false, formula: null };
  if (NUMBER.test(text)) return { value: Number(text), error: false, formula: null };
  if (GROUPED.test(text)) return { value: Number(text.replace(/,/g, '')), error: false, formula: null };
  const percent = PERCENT.exec(text);
  if (percent) {
    const numberFormat = percent[1].includes('.') ? '0.00%' : '0%';
    return { value: Number(percent[1]) / 100, error: false, formula: null, numberFormat };
  }
  if (/^(true|false)$/i.test(text))
    return { value: text.toLowerCase() === 'true', error: false, formula: null };
  if (ERRORS.has(text.toUpperCase())) return { value: text.toUpperCase(), error: true, formula: null };
  if (LOCALE_DEPENDENT.some((pattern) => pattern.test(text))) {
    throw notModelled(
      `what Excel makes of the typed text ${JSON.stringify(input)} (prefix it with an apostrophe)`,
    );
  }
  return { value: input, error: false, formula: null };
}
