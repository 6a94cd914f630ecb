import type { Decimal } from './decimal';

/**
 * The decimals needed to write two numbers so that unequal ones read unequal: `decimals`, or as many
 * more as it takes — never "执行数 100.00 万元超过全年预算数 100.00 万元" for 100.004 against 100.
 */
export function distinctDecimals(a: Decimal, b: Decimal, decimals = 2): number {
  let d = decimals;
  if (!a.eq(b)) while (a.toFixed(d) === b.toFixed(d)) d++;
  return d;
}

/** `a` and `b` written with `distinctDecimals(a, b, decimals)` decimals. */
export function distinctFixed(a: Decimal, b: Decimal, decimals = 2): [string, string] {
  const d = distinctDecimals(a, b, decimals);
  return [a.toFixed(d), b.toFixed(d)];
}
