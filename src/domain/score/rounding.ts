import { Decimal } from '../decimal';
import type { Profile } from '../profiles/profile';

/** The one place a score is rounded: to the profile's decimals, half up. */
export function roundScore(value: Decimal, profile: Profile): Decimal {
  return value.toDecimalPlaces(profile.scoreDecimals, Decimal.ROUND_HALF_UP);
}

/**
 * fraction × weight, rounded once; a weight with more decimals than the profile keeps (0.125) never
 * rounds up past itself.
 */
export function weightedScore(fraction: Decimal, weight: Decimal, profile: Profile): Decimal {
  return roundWithin(fraction.times(weight), weight, profile);
}

/** Rounds a score once, never above its weight. */
export function roundWithin(score: Decimal, weight: Decimal, profile: Profile): Decimal {
  const rounded = roundScore(score, profile);
  return rounded.gt(weight) ? weight.toDecimalPlaces(profile.scoreDecimals, Decimal.ROUND_DOWN) : rounded;
}

/** A score as the profile displays it: `5.76`, or `6` under whole points. */
export function scoreText(value: Decimal, profile: Profile): string {
  return value.toFixed(profile.scoreDecimals, Decimal.ROUND_HALF_UP);
}

/** A number as typed, without trailing zeros: 10 → "10", 5.760 → "5.76". */
export function plain(value: Decimal): string {
  return value.toString();
}
