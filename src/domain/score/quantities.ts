import { Decimal } from '../decimal';
import type { Quantity } from '../expression.types';
import { convertUnit } from '../parse/measures';

/** Above this a unitless number next to a percentage is read as "percent points", below as a fraction. */
const FRACTION_LIMIT = new Decimal('1.5');

/**
 * Brings an actual quantity to the target's unit where that is safe: a percent-formatted cell stores
 * 0.98 for 98%, a count typed without its unit (`130`) means the target's unit (`127批`), and a
 * measure in another unit of its kind converts exactly (`0.52米` against `≥50厘米`).
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
  const converted = inUnit(actual, target.unit);
  return converted === null ? null : { value: converted, unit: target.unit };
}

/** An actual quantity's value in the target's unit: the same unit, or one that converts exactly. */
function inUnit(actual: Quantity, unit: string | null): Decimal | null {
  if (actual.unit === unit) return actual.value;
  return actual.unit === null || unit === null ? null : convertUnit(actual.value, actual.unit, unit);
}

function firstConverted(actuals: readonly Quantity[], unit: string | null): Decimal | null {
  for (const a of actuals) {
    const value = inUnit(a, unit);
    if (value !== null) return value;
  }
  return null;
}

export interface QuantityPair {
  readonly target: Decimal;
  readonly actual: Decimal;
}

/**
 * Pairs each target quantity with the actual quantity of the same unit, or of one that converts to
 * it (`127批 600人` against `130批 580人`). null when some target quantity has no counterpart.
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
    const same = actuals.find((a) => a.unit === t.unit);
    const value = same ? same.value : firstConverted(actuals, t.unit);
    if (value === null) return null;
    pairs.push({ target: t.value, actual: value });
  }
  return pairs;
}
