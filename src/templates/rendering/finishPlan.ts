import type { SheetPlan, StyleRule } from '../plan';
import { encodeTag } from '../tag';
import { TAG_COLUMN } from '../layouts/columns';
import { PRINT_MARGINS, TAG_COLUMN_WIDTH } from '../layouts/look';
import type { TemplateKind, ValidRenderOptions } from './options';
import { box, type SheetDraft } from './sheetDraft';

/** Bumped when a layout changes in a way the reader must know about. */
export const TEMPLATE_VERSION = 1;

/**
 * Only the title rows stay frozen: freezing down to the indicator header (row 12, with two 60-point
 * free-text rows above it) would fill a laptop screen and leave nothing to scroll.
 */
export const FROZEN_ROWS = 2;

export interface PlanFrame {
  readonly sheetName: string;
  readonly kind: TemplateKind;
  readonly options: ValidRenderOptions;
  readonly lastRow: number;
  /** Widths of columns A, B, … of the table. */
  readonly columnWidths: readonly number[];
  readonly orientation: 'landscape' | 'portrait';
  /** The header row repeated at the top of every printed page. */
  readonly titleRow: number;
  /** Applied before the draft's own rules. */
  readonly baseStyles: readonly StyleRule[];
}

/** What every template shares around its cells: print setup, widths, the hidden tag column. */
export function finishPlan(d: SheetDraft, f: PlanFrame): SheetPlan {
  d.reach(f.lastRow);
  const o = f.options;
  return {
    sheetName: f.sheetName,
    blocks: [d.values()],
    merges: [...d.merges],
    styles: [...f.baseStyles, ...d.styles],
    columnWidths: [
      ...f.columnWidths.map((width, i) => ({ col: i + 1, width })),
      { col: TAG_COLUMN, width: TAG_COLUMN_WIDTH },
    ],
    rowHeights: [...d.rowHeights],
    hiddenColumns: [TAG_COLUMN],
    validations: [...d.validations],
    print: {
      orientation: f.orientation,
      paper: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: { from: f.titleRow, to: f.titleRow },
      area: box(1, 1, f.lastRow, d.width),
      centerHorizontally: true,
      margins: PRINT_MARGINS,
    },
    tag: {
      row: 1,
      col: TAG_COLUMN,
      text: encodeTag({
        template: f.kind,
        version: TEMPLATE_VERSION,
        profile: o.profile.id,
        year: o.year,
        unit: o.unit,
      }),
    },
    freezeRows: FROZEN_ROWS,
  };
}
