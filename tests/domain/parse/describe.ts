import type { ParsedValue } from '../../../src/domain/cellValue.types';
import type { Expression } from '../../../src/domain/expression.types';

/** Plain, exactly comparable views of parser results: Decimals become their exact digit strings. */
export type ValueView =
  | { kind: 'empty' }
  | { kind: 'na'; text: string }
  | { kind: 'number'; value: string; unit: string | null }
  | { kind: 'text'; text: string };

export function viewValue(v: ParsedValue): ValueView {
  return v.kind === 'number' ? { kind: 'number', value: v.value.toFixed(), unit: v.unit } : { ...v };
}

export type ExpressionView =
  | { kind: 'empty' }
  | { kind: 'na'; text: string }
  | {
      kind: 'quantitative';
      comparator: string;
      explicit: boolean;
      quantities: [string, string | null][];
      label: string | null;
    }
  | { kind: 'qualitative'; level: string; text: string }
  | { kind: 'standard'; binary: boolean; degree: number; text: string }
  | { kind: 'text'; text: string };

export function viewExpression(e: Expression): ExpressionView {
  if (e.kind !== 'quantitative') return { ...e };
  return {
    kind: 'quantitative',
    comparator: e.comparator,
    explicit: e.explicit,
    quantities: e.quantities.map((q) => [q.value.toFixed(), q.unit]),
    label: e.label,
  };
}
