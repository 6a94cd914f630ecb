import { Decimal, ONE, ZERO } from '../decimal';
import type { Comparator, QualitativeLevel } from '../expression.types';
import type { Indicator } from '../model';
import { compareStandards, levelOfStandard } from '../parse/standards';
import type { Profile } from '../profiles/profile';
import { isPlaceholder, numberOf } from './cellNumbers';
import { pairQuantities, type QuantityPair } from './quantities';
import { roundWithin, weightedScore } from './rounding';
import type { IndicatorScore, ScoreMethod, UnscorableReason } from './scores.types';

/** Allocates nothing when x is inside: scoring 10,000 rows should not feed the garbage collector. */
function clamp(x: Decimal, lo: Decimal, hi: Decimal): Decimal {
  if (x.lt(lo)) return lo;
  return x.gt(hi) ? hi : x;
}

/** Fraction of the weight one pair earns (DESIGN §4). */
function pairFraction(pair: QuantityPair, comparator: Comparator, profile: Profile): Decimal {
  const { target: a, actual: b } = pair;
  if (comparator === 'lte' || comparator === 'lt') {
    if (b.lte(a)) return ONE;
    if (a.lte(0)) return ZERO;
    return profile.reverseFormula === 'ratio' ? a.div(b) : Decimal.max(ZERO, new Decimal(2).minus(b.div(a)));
  }
  // 正向 and 等于 (≠ falls back to 正向): full when reached, else proportional.
  if (b.gte(a)) return ONE;
  if (a.lte(0)) return ZERO;
  return clamp(b.div(a), ZERO, ONE);
}

// Methods and "cannot be scored" results are immutable: one shared object each, not one per row.
const POSITIVE: ScoreMethod = { kind: 'positive' };
const REVERSE: ScoreMethod = { kind: 'reverse' };
const EQUAL: ScoreMethod = { kind: 'equal' };

function methodOf(comparator: Comparator): ScoreMethod {
  if (comparator === 'lte' || comparator === 'lt') return REVERSE;
  return comparator === 'eq' ? EQUAL : POSITIVE;
}

/** Band bounds are a handful of strings: parse each once. */
const BOUNDS = new Map<string, Decimal>();
function bandBound(text: string): Decimal {
  let d = BOUNDS.get(text);
  if (!d) BOUNDS.set(text, (d = new Decimal(text)));
  return d;
}

interface Rule {
  readonly method: ScoreMethod;
  readonly fraction: Decimal | null;
  readonly completion: Decimal | null;
}

const UNSCORABLE = new Map<UnscorableReason, Rule>();
function none(why: UnscorableReason): Rule {
  let r = UNSCORABLE.get(why);
  if (!r)
    UNSCORABLE.set(why, (r = { method: { kind: 'unscorable', why }, fraction: null, completion: null }));
  return r;
}

function qualitative(level: QualitativeLevel, profile: Profile): Rule {
  const band = profile.qualitativeBands[level];
  const method: ScoreMethod = {
    kind: 'qualitative',
    level,
    min: bandBound(band.min),
    max: bandBound(band.max),
  };
  return { method, fraction: null, completion: null };
}

function rule(ind: Indicator, weight: Decimal | null, profile: Profile): Rule {
  const t = ind.target.expr;
  const b = ind.actual.expr;
  if (isPlaceholder(ind.weight) || (t.kind === 'na' && (b.kind === 'na' || b.kind === 'empty'))) {
    return none('not-applicable');
  }
  if (weight === null || weight.isNegative()) return none('no-weight');
  if (t.kind === 'empty') return none('no-target');
  if (b.kind === 'empty') return none('no-actual');
  if (b.kind === 'qualitative' && t.kind !== 'quantitative') return qualitative(b.level, profile);
  // 显著提升 against 显著提升, 有效提高 against 显著提升: the degrees compare (parse/standards.ts).
  if (b.kind === 'standard' && t.kind !== 'quantitative' && t.kind !== 'na') {
    const level = t.kind === 'standard' ? compareStandards(t, b) : levelOfStandard(b);
    return level ? qualitative(level, profile) : none('actual-not-measurable');
  }
  if (t.kind === 'na') return none('not-applicable');
  if (t.kind === 'standard') return none(b.kind === 'na' ? 'no-actual' : 'actual-not-measurable');
  if (t.kind !== 'quantitative') return none('target-not-measurable');
  if (b.kind === 'na') return none('no-actual');
  if (b.kind !== 'quantitative') return none('actual-not-measurable');
  const pairs = pairQuantities(t.quantities, b.quantities);
  if (!pairs) return none('unit-mismatch');
  const comparator = t.explicit ? t.comparator : profile.implicitComparator;
  // Compound targets (`127批 600人`) earn what their weakest quantity earns.
  let fraction = pairFraction(pairs[0], comparator, profile);
  for (let i = 1; i < pairs.length; i++) {
    const f = pairFraction(pairs[i], comparator, profile);
    if (f.lt(fraction)) fraction = f;
  }
  const first = pairs[0];
  const completion = first.target.isZero() ? null : first.actual.div(first.target);
  return { method: methodOf(comparator), fraction, completion };
}

/** The rule score of one indicator and the method used (or why it cannot be scored). */
export function scoreIndicator(ind: Indicator, index: number, profile: Profile): IndicatorScore {
  const weight = numberOf(ind.weight);
  const entered = numberOf(ind.score);
  const { method, fraction, completion } = rule(ind, weight, profile);
  let ruleScore: Decimal | null = null;
  if (weight !== null && fraction !== null) {
    ruleScore = weightedScore(fraction, weight, profile);
  } else if (method.kind === 'qualitative' && weight !== null && entered !== null) {
    // Within its band the evaluator's judgement stands; outside it, the nearest score the band allows.
    ruleScore = roundWithin(
      clamp(entered, method.min.times(weight), method.max.times(weight)),
      weight,
      profile,
    );
  }
  let effectiveScore: Decimal | null = ruleScore;
  if (effectiveScore === null && weight !== null && method.kind !== 'qualitative') {
    if (method.kind === 'unscorable' && method.why === 'not-applicable') effectiveScore = null;
    // No 完成值 means no evidence of completion: it earns nothing, whatever was typed.
    else if (method.kind === 'unscorable' && method.why === 'no-actual') effectiveScore = ZERO;
    else if (entered !== null) effectiveScore = clamp(entered, ZERO, weight.isNegative() ? ZERO : weight);
  }
  return {
    index,
    method,
    weight: method.kind === 'unscorable' && method.why === 'not-applicable' ? null : weight,
    enteredScore: entered,
    ruleScore,
    effectiveScore,
    fraction,
    completion,
  };
}
