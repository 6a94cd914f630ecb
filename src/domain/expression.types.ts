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

/** How strong a qualitative standard is: 3 显著/高, 2 有效/较高, 1 逐步/一般, 0 none (未改善, 低, 否). */
export type StandardDegree = 0 | 1 | 2 | 3;

/**
 * An indicator expression (指标值 or 完成值) as typed in a real table: a quantitative target, a
 * completion answer of 财预〔2020〕10号 (达成年度指标…), a qualitative standard, a placeholder or text.
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
  /** A qualitative standard (显著提升, 效果明显, 高, 合格, 是), see parse/standards.ts. */
  | {
      readonly kind: 'standard';
      readonly binary: boolean;
      readonly degree: StandardDegree;
      readonly text: string;
    }
  | { readonly kind: 'text'; readonly text: string };
