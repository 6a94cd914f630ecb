import type { BudgetRowKey } from '../../domain/model';

/** The two evaluation forms; 报告要素 is a plain list of facts (see reportInputs.ts). */
export type FormKind = 'overall' | 'project';

/** Columns `from`–`to` (1-based, inclusive) of one row; more than one column means merged. */
export interface ColumnSpan {
  readonly from: number;
  readonly to: number;
}

/** Meta cells a user fills in above the budget block. */
export type MetaKey = 'unit' | 'independentUnits' | 'supervisor' | 'implementer';

/** One piece of a fixed row: a label or an input cell. */
export type Piece =
  | ({ readonly kind: 'label'; readonly text: string } & ColumnSpan)
  | ({ readonly kind: 'input'; readonly meta: MetaKey; readonly numeric: boolean } & ColumnSpan);

export type BudgetColumnRole = 'initial' | 'planned' | 'actual' | 'rate' | 'weight' | 'score' | 'reason';

export interface BudgetColumn extends ColumnSpan {
  readonly role: BudgetColumnRole;
  readonly header: string;
}

export interface BudgetLayout {
  /** Merged down column A over the header row and the budget rows. */
  readonly label: string;
  /** Header of column B, over the row labels. */
  readonly sourceHeader: string;
  readonly columns: readonly BudgetColumn[];
  /** The first row carries 分值 and 得分; the others show `--` there. */
  readonly rows: readonly { readonly key: BudgetRowKey; readonly label: string }[];
}

export interface IndicatorHeaders {
  readonly block: string;
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly weight: string;
  readonly score: string;
  readonly reason: string;
}

export interface FormLayout {
  readonly kind: FormKind;
  readonly title: string;
  readonly sheetName: (year: number) => string;
  /** Rows right under the title and year line (from row 3). */
  readonly identityRows: readonly (readonly Piece[])[];
  readonly budget: BudgetLayout;
  /** 部门职能职责概述 (overall form only): a label in A and a tall free-text cell over B:I. */
  readonly functionsLabel: string | null;
  readonly goals: { readonly label: string; readonly planned: string; readonly achieved: string };
  readonly indicators: IndicatorHeaders;
  /** 填报人 / 联系电话 / 填报日期 below the table. */
  readonly signature: boolean;
}
