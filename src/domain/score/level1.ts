import { Decimal, ZERO } from '../decimal';
import type { Indicator } from '../model';
import type { IndicatorScore, Level1Subtotal } from './scores.types';
import { textOf } from './cellNumbers';

const DECLARED = /[（(]\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*分\s*[）)]/;
const FULL_WIDTH_DIGIT = /[０-９．]/g;

/** 50 from `产出指标（50分）`; null when no weight is written in the label. */
export function declaredWeightOf(label: string): Decimal | null {
  const m = DECLARED.exec(label);
  if (!m) return null;
  const ascii = m[1].replace(FULL_WIDTH_DIGIT, (c) =>
    c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
  return new Decimal(ascii);
}

/** Groups indicators by their 一级 label (in order of appearance) and adds up weights and scores exactly. */
export function level1Subtotals(
  indicators: readonly Indicator[],
  scores: readonly IndicatorScore[],
): Level1Subtotal[] {
  const groups = new Map<string, { ind: Indicator; indexes: number[] }>();
  indicators.forEach((ind, i) => {
    const label = textOf(ind.level1);
    const group = groups.get(label);
    if (group) group.indexes.push(i);
    else groups.set(label, { ind, indexes: [i] });
  });
  return [...groups.entries()].map(([label, { ind, indexes }]) => {
    let weight = ZERO;
    let entered = ZERO;
    let rule = ZERO;
    for (const i of indexes) {
      const s = scores[i];
      if (s.weight) weight = weight.plus(s.weight);
      if (s.enteredScore && s.weight) entered = entered.plus(s.enteredScore);
      if (s.effectiveScore) rule = rule.plus(s.effectiveScore);
    }
    return {
      key: ind.level1Key,
      label,
      declaredWeight: declaredWeightOf(label),
      weight,
      enteredScore: entered,
      ruleScore: rule,
      indicatorIndexes: indexes,
    };
  });
}
