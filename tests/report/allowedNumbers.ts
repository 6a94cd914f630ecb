import { Decimal } from '../../src/domain/decimal';
import type { Evaluation } from '../../src/domain/evaluate';
import type { Profile } from '../../src/domain/profiles/profile';
import { normalize } from '../../src/domain/parse/normalize';

// `.1` is a number a clerk may type (0.1): it must be read whole, not as `1`.
const NUMBER = /\d+(?:\.\d+)?|\.\d+/g;

/** Every unsigned decimal number written in a text (full-width digits folded), as written. */
export function numbersIn(text: string): string[] {
  return normalize(text).match(NUMBER) ?? [];
}

/** Every number reachable in a JSON-able object (a TableInput, a ReportInputsInput): typed numbers and numbers inside texts. */
function typedNumbers(value: unknown, out: Decimal[] = []): Decimal[] {
  if (typeof value === 'number' && Number.isFinite(value)) out.push(new Decimal(value).abs());
  if (typeof value === 'string' || typeof value === 'number')
    out.push(...numbersIn(String(value)).map((n) => new Decimal(n)));
  else if (Array.isArray(value)) value.forEach((v) => typedNumbers(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => typedNumbers(v, out));
  return out;
}

function decimals(values: readonly (Decimal | null | undefined)[]): Decimal[] {
  return values.filter((v): v is Decimal => v !== null && v !== undefined).map((v) => v.abs());
}

/**
 * The numbers a report may state: those typed in the table and the 报告要素, those the core computed
 * from them (rates, unspent, scores, subtotals, totals, the numbers of the findings), and the profile's
 * settings (thresholds, maximum, its name). Nothing else.
 */
export function allowedNumbers(
  sources: readonly unknown[],
  evaluation: Evaluation,
  profile: Profile,
): Decimal[] {
  const { scores, findings } = evaluation;
  const typed = sources.flatMap((s) => typedNumbers(s));
  const computed = decimals([
    scores.totals.ruleScore,
    scores.totals.enteredScore,
    scores.totals.weight,
    scores.budget.weight,
    scores.budget.enteredScore,
    scores.budget.ruleScore,
    ...scores.budget.rows.flatMap((r) => [r.ratePercent, r.unspent]),
    ...scores.level1.flatMap((g) => [g.declaredWeight, g.weight, g.ruleScore, g.enteredScore]),
    ...scores.indicators.flatMap((s) => [
      s.weight,
      s.enteredScore,
      s.ruleScore,
      s.effectiveScore,
      s.completion?.times(100),
    ]),
  ]);
  const fromFindings = findings.flatMap((f) =>
    Object.values(f.params).flatMap((v) => numbersIn(String(v)).map((n) => new Decimal(n))),
  );
  const fromProfile = [
    new Decimal(profile.executionReasonBelow).times(100),
    new Decimal(profile.overCompletionAtLeast).times(100),
    new Decimal(profile.maxTotal),
    ...numbersIn(profile.name).map((n) => new Decimal(n)),
  ];
  return [...typed, ...computed, ...fromFindings, ...fromProfile];
}

/** Numbers of `text` that are none of `allowed`, exactly or as `allowed` rounded to the digits written. */
export function inventedNumbers(text: string, allowed: readonly Decimal[]): string[] {
  const exact = new Set(allowed.map((a) => a.toString()));
  return numbersIn(text).filter((written) => {
    const n = new Decimal(written);
    if (exact.has(n.toString())) return false;
    const places = written.includes('.') ? written.length - written.indexOf('.') - 1 : 0;
    return !allowed.some((a) => a.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).eq(n));
  });
}
