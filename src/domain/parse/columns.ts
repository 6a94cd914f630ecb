import type { RawValue } from '../cellValue.types';
import type { Comparator, Expression } from '../expression.types';
import { normalize } from './normalize';
import { comparatorOf } from './operators';

/**
 * Forms that split 年度指标值 into 指标性质 | 指标值 | 度量单位 (四川's 510000_0013zp, 重庆's 计量单位 |
 * 指标性质) write the comparison and the unit in cells of their own. 指标性质 holds an operator
 * (`≥`, `＝`, `﹦`, `≤`), a direction (正向 / 反向) or a kind (定量 / 定性).
 */
export interface Nature {
  /** The comparison it states, or null when it states none (定量). */
  readonly comparator: Comparator | null;
  /** 定性: the values are qualitative standards, never numbers to compare. */
  readonly qualitative: boolean;
}

const SPACES = /\s+/g;
const SUFFIX = /指标$/;

const WORDS: ReadonlyMap<string, Nature> = new Map<string, Nature>([
  ['正向', { comparator: 'gte', qualitative: false }],
  ['反向', { comparator: 'lte', qualitative: false }],
  ['定量', { comparator: null, qualitative: false }],
  ['定性', { comparator: null, qualitative: true }],
]);

/** What a 指标性质 cell states, or null for a cell that states nothing we know (empty, other text). */
export function natureOf(raw: RawValue): Nature | null {
  if (typeof raw !== 'string') return null;
  const text = normalize(raw).replace(SPACES, '');
  if (text === '') return null;
  const word = WORDS.get(text.replace(SUFFIX, ''));
  if (word) return word;
  const comparator = comparatorOf(text);
  return comparator === undefined ? null : { comparator, qualitative: false };
}

/**
 * A 指标值 or 完成值 read with the columns beside it: a bare number takes the 度量单位 (`95` and `%`
 * give 95%), a target without a written operator takes the 指标性质's. What the cell itself writes
 * wins: `≥95%` stays ≥ 95 % whatever the columns say.
 */
export function withColumns(
  expr: Expression,
  columns: { readonly comparator?: Comparator | null; readonly unit?: string | null },
): Expression {
  if (expr.kind !== 'quantitative') return expr;
  const unit = columns.unit ?? null;
  const comparator = columns.comparator ?? null;
  const needsUnit = unit !== null && expr.quantities.some((q) => q.unit === null);
  const needsComparator = comparator !== null && !expr.explicit;
  if (!needsUnit && !needsComparator) return expr;
  return {
    ...expr,
    quantities: needsUnit
      ? expr.quantities.map((q) => (q.unit === null ? { ...q, unit } : q))
      : expr.quantities,
    comparator: needsComparator ? comparator : expr.comparator,
    explicit: expr.explicit || needsComparator,
  };
}
