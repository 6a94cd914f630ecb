import { Decimal } from '../decimal';
import type { Quantity } from '../expression.types';

/** Above this a unitless number next to a percentage is read as "percent points", below as a fraction. */
const FRACTION_LIMIT = new Decimal('1.5');

/**
 * Brings an actual quantity to the target's unit where that is safe: a percent-formatted cell stores
 * 0.98 for 98%, and a count typed without its unit (`130`) means the target's unit (`127批`).
 */
function align(target: Quantity, actual: Quantity): Quantity | null {
  if (target.unit === actual.unit) return actual;
  if (target.unit === '%' && actual.unit === null) {
    return {
      value: actual.value.abs().lte(FRACTION_LIMIT) ? actual.value.times(100) : actual.value,
      unit: '%',
    };
  }
  if (actual.unit === '%' && target.unit === null) {
    return {
      value: target.value.abs().lte(FRACTION_LIMIT) ? actual.value.div(100) : actual.value,
      unit: null,
    };
  }
  if (target.unit === null || actual.unit === null) return { value: actual.value, unit: target.unit };
  return null;
}

export interface QuantityPair {
  readonly target: Decimal;
  readonly actual: Decimal;
}

/**
 * Pairs each target quantity with the actual quantity of the same unit (`127批 600人` against
 * `130批 580人`). null when some target quantity has no counterpart.
 */
export function pairQuantities(
  targets: readonly Quantity[],
  actuals: readonly Quantity[],
): QuantityPair[] | null {
  if (targets.length === 1 && actuals.length === 1) {
    const a = align(targets[0], actuals[0]);
    return a ? [{ target: targets[0].value, actual: a.value }] : null;
  }
  const pairs: QuantityPair[] = [];
  for (const t of targets) {
    const match = actuals.find((a) => a.unit === t.unit);
    if (!match) return null;
    pairs.push({ target: t.value, actual: match.value });
  }
  return pairs;
}
