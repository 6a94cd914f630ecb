import type { Decimal } from './decimal';

/** ≥ > = ≤ < : how an actual value is compared with its target. */
export type Comparator = 'gte' | 'gt' | 'eq' | 'lte' | 'lt';

export interface Quantity {
  readonly value: Decimal;
  /** Normalised unit: '%', '‰', '万元', '元', '件', '人', '次', '批'… or null. */
  readonly unit: string | null;
}

/** The three qualitative levels of 财预〔2020〕10号. */
export type QualitativeLevel = 'achieved' | 'partial' | 'notAchieved';

/**
 * An indicator expression (指标值 or 完成值) as typed in a real table.
 * `explicit` tells whether the comparator was written (≥, 不低于…) or assumed (a bare `100%`).
 * `label` keeps a leading name such as 满意率 in `满意率≥95%`.
 */
export type Expression =
  | { readonly kind: 'empty' }
  | { readonly kind: 'na'; readonly text: string }
  | {
      readonly kind: 'quantitative';
      readonly comparator: Comparator;
      readonly explicit: boolean;
      readonly quantities: readonly Quantity[];
      readonly label: string | null;
    }
  | { readonly kind: 'qualitative'; readonly level: QualitativeLevel; readonly text: string }
  | { readonly kind: 'text'; readonly text: string };
