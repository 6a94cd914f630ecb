import type { RangeBox } from '../../templates/a1';
import type { CellStyle, StyleRule } from '../../templates/plan';

/** One formatting property of ET, as the plan names it. */
export type StyleProperty =
  | 'fontName'
  | 'fontSize'
  | 'bold'
  | 'fontColor'
  | 'fill'
  | 'horizontal'
  | 'vertical'
  | 'wrap'
  | 'border'
  | 'numberFormat'
  | 'locked';

export interface StyleBatch {
  readonly property: StyleProperty;
  readonly value: string | number | boolean;
  readonly areas: readonly RangeBox[];
}

function propertiesOf(style: CellStyle): [StyleProperty, string | number | boolean][] {
  const out: [StyleProperty, string | number | boolean | undefined][] = [
    ['fontName', style.font?.name],
    ['fontSize', style.font?.size],
    ['bold', style.font?.bold],
    ['fontColor', style.font?.color],
    ['fill', style.fill],
    ['horizontal', style.horizontal],
    ['vertical', style.vertical],
    ['wrap', style.wrap],
    ['border', style.border],
    ['numberFormat', style.numberFormat],
    ['locked', style.locked],
  ];
  return out.filter((p): p is [StyleProperty, string | number | boolean] => p[1] !== undefined);
}

function overlaps(a: RangeBox, b: RangeBox): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * The plan's style rules as one write per property and value, over many areas: a rule sets only what it
 * names, so properties are independent, and a write may join an earlier one of the same value as long
 * as no write of another value in between touches its cells (order there decides the result). The
 * number of batches depends on the layout, never on the number of rows.
 */
export function styleBatches(rules: readonly StyleRule[]): StyleBatch[] {
  const byProperty = new Map<StyleProperty, { value: string | number | boolean; areas: RangeBox[] }[]>();
  for (const rule of rules) {
    for (const [property, value] of propertiesOf(rule.style)) {
      const batches = byProperty.get(property) ?? [];
      byProperty.set(property, batches);
      let target: (typeof batches)[number] | undefined;
      for (let j = batches.length - 1; j >= 0; j--) {
        if (batches[j].value === value) {
          target = batches[j];
          break;
        }
        if (batches[j].areas.some((a) => overlaps(a, rule.range))) break;
      }
      if (target) target.areas.push(rule.range);
      else batches.push({ value, areas: [rule.range] });
    }
  }
  return [...byProperty].flatMap(([property, batches]) => batches.map((b) => ({ property, ...b })));
}
