import type { RangeBox } from './a1';

/**
 * A host-neutral list of writes that puts one table on a new sheet. Rendering a template is a pure
 * function returning a SheetPlan; each host translates it in a constant number of round trips.
 * Coordinates are 1-based rows and columns of the target sheet.
 */
export type PlanValue = string | number | null | { readonly formula: string };

export interface ValueBlock {
  readonly top: number;
  readonly left: number;
  /** Rectangular: every row has the same length. A formula is written without the leading '='. */
  readonly values: readonly (readonly PlanValue[])[];
}

export interface FontStyle {
  readonly name?: string;
  readonly size?: number;
  readonly bold?: boolean;
  /** '#RRGGBB' */
  readonly color?: string;
}

export interface CellStyle {
  readonly font?: FontStyle;
  /** Solid fill, '#RRGGBB'. */
  readonly fill?: string;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'middle' | 'bottom';
  readonly wrap?: boolean;
  /** Thin border on every edge of every cell of the range. */
  readonly border?: 'thin';
  /** Excel number format code, e.g. '0.00', '0.00%'. */
  readonly numberFormat?: string;
  /** Unlocked cells are the ones a user fills in. */
  readonly locked?: boolean;
}

/** Rules apply in order; each sets only the properties it names (fonts merge property by property). */
export interface StyleRule {
  readonly range: RangeBox;
  readonly style: CellStyle;
}

/**
 * A native data-validation rule (Excel/WPS/Univer all have these). Formulas without '='; relative
 * references in formula1/formula2 are relative to the top-left cell of `range`, as in Excel.
 */
export interface ValidationRule {
  readonly range: RangeBox;
  readonly type: 'decimal' | 'list';
  readonly operator?: 'between' | 'greaterThanOrEqual' | 'lessThanOrEqual';
  readonly formula1: string;
  readonly formula2?: string;
  readonly allowBlank: boolean;
  readonly prompt?: { readonly title: string; readonly text: string };
  readonly error: { readonly title: string; readonly text: string };
}

export interface PrintSetup {
  readonly orientation: 'landscape' | 'portrait';
  readonly paper: 'A4';
  readonly fitToWidth: number;
  /** 0 = as many pages tall as needed. */
  readonly fitToHeight: number;
  /** Rows repeated at the top of every printed page, e.g. { from: 12, to: 12 }. */
  readonly titleRows?: { readonly from: number; readonly to: number };
  readonly area: RangeBox;
  readonly centerHorizontally: boolean;
  /** Inches. */
  readonly margins: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
}

export interface SheetPlan {
  /** Wanted sheet name (e.g. 整体支出自评表2020); the host de-duplicates it. */
  readonly sheetName: string;
  readonly blocks: readonly ValueBlock[];
  readonly merges: readonly RangeBox[];
  readonly styles: readonly StyleRule[];
  /** Widths in Excel character units, by 1-based column. */
  readonly columnWidths: readonly { readonly col: number; readonly width: number }[];
  /** Heights in points, by 1-based row. */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  readonly hiddenColumns: readonly number[];
  readonly validations: readonly ValidationRule[];
  readonly print: PrintSetup;
  /** The tag cell (see tag.ts): address and encoded text, in a hidden column. */
  readonly tag: { readonly row: number; readonly col: number; readonly text: string };
  /** Rows frozen at the top while scrolling. */
  readonly freezeRows?: number;
}

/** A rule sets only what it names; fonts merge property by property (the plan's semantics, as in Office.js). */
export function mergeStyle(base: CellStyle, rule: CellStyle): CellStyle {
  const merged: CellStyle = { ...base, ...rule };
  return rule.font && base.font ? { ...merged, font: { ...base.font, ...rule.font } } : merged;
}

/** The final style of one cell: every rule whose range holds it, in order. */
export function styleAt(plan: Pick<SheetPlan, 'styles'>, row: number, col: number): CellStyle {
  let style: CellStyle = {};
  for (const { range, style: rule } of plan.styles) {
    if (row >= range.top && row <= range.bottom && col >= range.left && col <= range.right)
      style = mergeStyle(style, rule);
  }
  return style;
}
