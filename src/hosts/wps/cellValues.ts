import type { RawValue } from '../../domain/cellValue.types';
import type { PlanValue } from '../../templates/plan';
import { HostUsageError } from '../errors';

/**
 * ET hands a cell error across the bridge as the number of its CVErr variant: 0x800A0000 + the XlCVError
 * code, as a signed 32-bit integer (#DIV/0! is -2146826281, measured on WPS 12.1). The seam wants the
 * error's text.
 */
const CVERR_BASE = -2146828288;
const ERROR_TEXT: Readonly<Record<number, string>> = {
  2000: '#NULL!',
  2007: '#DIV/0!',
  2015: '#VALUE!',
  2023: '#REF!',
  2029: '#NAME?',
  2036: '#NUM!',
  2042: '#N/A',
  2045: '#SPILL!',
  2049: '#FIELD!',
  2050: '#CALC!',
};

export function errorTextOf(value: unknown): string | null {
  return typeof value === 'number' ? (ERROR_TEXT[value - CVERR_BASE] ?? null) : null;
}

/** What a grid cell holds, from the cell's Value2 and its Formula (ET gives both as arrays of the block). */
export interface ReadCell {
  readonly value: RawValue;
  /** Without the leading '='; null for a constant. */
  readonly formula: string | null;
}

/**
 * A cell's Formula is its formula, or the constant as typed: a text cell holding '=SUM(1,2)' (written
 * with a leading apostrophe) has that Formula too, but then its Value2 is the same text, which no formula
 * gives. An error code is an error only when the cell computes it or holds the error constant: a user
 * may type -2146826281.
 */
export function readCell(value2: unknown, formula: unknown): ReadCell {
  const isFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== value2;
  const error = errorTextOf(value2);
  if (error !== null && (isFormula || formula === error)) {
    return { value: error, formula: isFormula ? formula.slice(1) : null };
  }
  return { value: rawValue(value2), formula: isFormula ? formula.slice(1) : null };
}

function rawValue(v: unknown): RawValue {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  throw new HostUsageError(`ET returned a cell value of type ${typeof v}`);
}

/**
 * What to assign for a value: ET parses a string as if typed (a formula, a number, a date, TRUE, an
 * error constant, '12月' as a date in a Chinese locale), so every text goes in behind an apostrophe,
 * which ET keeps as the cell's prefix and never shows. An empty string empties the cell.
 */
export function inputOf(value: string | number | null): string | number {
  if (value === null || value === '') return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new HostUsageError(`cannot write the number ${value}`);
    return value;
  }
  return `'${value}`;
}

export function planInputOf(value: PlanValue): string | number {
  return value !== null && typeof value === 'object' ? `=${value.formula}` : inputOf(value);
}
