import DecimalBase from 'decimal.js';

/**
 * The one Decimal constructor of the project: an isolated clone so that no other library's global
 * configuration can change how money is computed. Rounding happens only where a profile says so.
 */
export const Decimal = DecimalBase.clone({ precision: 30, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const HUNDRED = new Decimal(100);

export function isDecimal(x: unknown): x is Decimal {
  return DecimalBase.isDecimal(x);
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}
