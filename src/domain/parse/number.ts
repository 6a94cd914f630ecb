import { Decimal, ZERO } from '../decimal';

/**
 * A decimal number as written, after full-width folding: optional sign, digits with optional
 * comma thousands separators (only well-formed groups of three), optional fraction. No exponent:
 * `1e3` is not something a finance clerk types, so it stays text.
 */
export const NUMBER_PATTERN = String.raw`[+-]?(?:(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+)`;

const SEPARATORS = /[,+]/g;

// A typed `-0` (or a formula's -0) means zero; a negative zero would only mislead sign checks.
function withoutNegativeZero(value: Decimal): Decimal {
  return value.isZero() ? ZERO : value;
}

/** Exact: the Decimal is built from the digit string, never through a JS float. */
export function decimalOf(written: string): Decimal {
  return withoutNegativeZero(new Decimal(written.replace(SEPARATORS, '')));
}

/** A finite JS number as the host gave it (decimal.js converts through its shortest string form). */
export function decimalOfNumber(value: number): Decimal {
  return withoutNegativeZero(new Decimal(value));
}
