import type { BudgetRowKey } from '../../domain/model';
import type { Level1GroupKey } from '../layouts/indicatorGroups';
import type { FactKind, ReportFactKey } from '../layouts/reportInputs';

/**
 * Where a freshly rendered template keeps each thing, as A1 addresses: what tests and the demo use
 * to fill a template with values. The reader never uses this (users move things); it finds labels.
 */
export interface BudgetRowCells {
  readonly key: BudgetRowKey;
  readonly label: string;
  readonly row: number;
  /** 年初预算数 (project form only). */
  readonly initial?: string;
  readonly planned: string;
  readonly actual: string;
  /** A formula cell. */
  readonly rate: string;
  /** 分值 and 得分 exist on the first row only; the others show `--`. */
  readonly weight?: string;
  readonly score?: string;
  readonly reason: string;
}

export interface IndicatorRowCells {
  readonly row: number;
  readonly level1Key: Level1GroupKey;
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly weight: string;
  readonly score: string;
  readonly reason: string;
}

export interface SubtotalCells {
  readonly level1Key: Level1GroupKey;
  readonly row: number;
  readonly weight: string;
  readonly score: string;
}

export interface FormCellMap {
  readonly kind: 'overall' | 'project';
  readonly lastRow: number;
  /** The indicator header row (一级指标 | 二级指标 | …), repeated on every printed page. */
  readonly headerRow: number;
  readonly meta: {
    readonly unit: string;
    /** The `（2020年度）` line: a label holding the year, not an input. */
    readonly year: string;
    readonly independentUnits?: string;
    readonly supervisor?: string;
    readonly implementer?: string;
    readonly functions?: string;
    readonly preparer?: string;
    readonly phone?: string;
    readonly date?: string;
  };
  readonly budget: readonly BudgetRowCells[];
  readonly goals: { readonly planned: string; readonly achieved: string };
  readonly indicators: readonly IndicatorRowCells[];
  readonly subtotals: readonly SubtotalCells[];
  readonly totals: {
    readonly row: number;
    readonly weight: string;
    readonly score: string;
    readonly grade: string;
  };
}

export interface ReportInputsCellMap {
  readonly kind: 'reportInputs';
  readonly lastRow: number;
  readonly facts: readonly {
    readonly key: ReportFactKey;
    readonly label: string;
    readonly kind: FactKind;
    readonly cell: string;
  }[];
}

export type RenderedLayout = FormCellMap | ReportInputsCellMap;
