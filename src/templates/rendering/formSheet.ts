import { COMMON_TEXT } from '../layouts/formText.zh-CN';
import { a1 } from '../a1';
import type { FormLayout, Piece } from '../layouts/formLayout.types';
import { TABLE_LAST_COLUMN as W } from '../layouts/columns';
import { FORM_COLUMN_WIDTHS, NUMBER_FORMATS, ROW_HEIGHTS } from '../layouts/look';
import type { SheetPlan } from '../plan';
import { renderBudget } from './budgetBlock';
import type { FormCellMap } from './cellMap';
import {
  BODY_STYLE,
  BORDER_STYLE,
  HEADER_STYLE,
  inputStyle,
  SUBTITLE_STYLE,
  TITLE_STYLE,
} from './cellStyles';
import { finishPlan } from './finishPlan';
import { renderIndicators } from './indicatorBlock';
import type { ValidRenderOptions } from './options';
import { box, LayoutError, SheetDraft } from './sheetDraft';
import { countRule } from './validations';

type MetaCells = { -readonly [K in keyof FormCellMap['meta']]?: string };

/** Renders 整体支出自评表 or 项目支出自评表 from its layout (docs/layouts.md). */
export function renderForm(layout: FormLayout, o: ValidRenderOptions): { plan: SheetPlan; map: FormCellMap } {
  const d = new SheetDraft(W);
  const meta: MetaCells = { year: 'A2' };

  d.put(box(1, 1, 1, W), layout.title);
  d.put(box(2, 1, 2, W), COMMON_TEXT.yearLine(o.year));
  d.height(1, ROW_HEIGHTS.title);
  d.height(2, ROW_HEIGHTS.subtitle);

  let row = 3;
  for (const pieces of layout.identityRows) {
    for (const piece of pieces) renderPiece(d, row, piece, o.unit, meta);
    row++;
  }

  const budget = renderBudget(d, layout.budget, row, o);
  row = budget.next;

  if (layout.functionsLabel !== null) {
    d.put(box(row, 1), layout.functionsLabel);
    d.style(box(row, 1), HEADER_STYLE);
    d.put(box(row, 2, row, W), null);
    d.style(box(row, 2, row, W), inputStyle('longText'));
    d.height(row, ROW_HEIGHTS.freeText);
    meta.functions = a1(row, 2);
    row++;
  }

  d.put(box(row, 1, row + 1, 1), layout.goals.label);
  d.put(box(row, 2, row, 5), layout.goals.planned);
  d.put(box(row, 6, row, W), layout.goals.achieved);
  d.style(box(row, 1, row + 1, 1), HEADER_STYLE);
  d.style(box(row, 2, row, W), HEADER_STYLE);
  d.put(box(row + 1, 2, row + 1, 5), null);
  d.put(box(row + 1, 6, row + 1, W), null);
  d.style(box(row + 1, 2, row + 1, W), inputStyle('longText'));
  d.height(row + 1, ROW_HEIGHTS.freeText);
  const goals = { planned: a1(row + 1, 2), achieved: a1(row + 1, 6) };
  row += 2;

  const block = renderIndicators(d, layout.indicators, row, o, budget);
  let lastRow = block.totals.gradeRow;
  d.style(box(3, 1, lastRow, W), BORDER_STYLE);

  if (layout.signature) {
    lastRow += 2;
    d.reach(lastRow);
    const fields = [
      { label: COMMON_TEXT.preparer, labelSpan: [1, 1], input: 2, key: 'preparer' },
      { label: COMMON_TEXT.phone, labelSpan: [4, 5], input: 6, key: 'phone' },
      { label: COMMON_TEXT.date, labelSpan: [7, 8], input: 9, key: 'date' },
    ] as const;
    for (const f of fields) {
      d.put(box(lastRow, f.labelSpan[0], lastRow, f.labelSpan[1]), f.label);
      d.style(box(lastRow, f.labelSpan[0], lastRow, f.labelSpan[1]), { horizontal: 'right' });
      d.put(box(lastRow, f.input), null);
      d.style(box(lastRow, f.input), inputStyle('text'));
      meta[f.key] = a1(lastRow, f.input);
    }
  }

  const unit = meta.unit;
  if (unit === undefined || meta.year === undefined) throw new LayoutError(`${layout.kind}: no unit cell`);
  const plan = finishPlan(d, {
    sheetName: layout.sheetName(o.year),
    kind: layout.kind,
    options: o,
    lastRow,
    columnWidths: FORM_COLUMN_WIDTHS,
    orientation: 'landscape',
    titleRow: block.headerRow,
    // The body look goes first so that every later rule refines it.
    baseStyles: [
      { range: box(1, 1, lastRow, W), style: BODY_STYLE },
      { range: box(1, 1), style: TITLE_STYLE },
      { range: box(2, 1), style: SUBTITLE_STYLE },
    ],
  });
  const map: FormCellMap = {
    kind: layout.kind,
    lastRow,
    headerRow: block.headerRow,
    meta: { ...meta, unit, year: meta.year },
    budget: budget.rows,
    goals,
    indicators: block.indicators,
    subtotals: block.subtotals,
    totals: block.totals.cells,
  };
  return { plan, map };
}

function renderPiece(d: SheetDraft, row: number, piece: Piece, unit: string, meta: MetaCells): void {
  const span = box(row, piece.from, row, piece.to);
  if (piece.kind === 'label') {
    d.put(span, piece.text);
    d.style(span, HEADER_STYLE);
    return;
  }
  d.put(span, piece.meta === 'unit' && unit !== '' ? unit : null);
  d.style(span, inputStyle(piece.numeric ? 'number' : 'text'));
  if (piece.numeric) {
    d.style(span, { numberFormat: NUMBER_FORMATS.count });
    d.validate(countRule(box(row, piece.from)));
  }
  meta[piece.meta] = a1(row, piece.from);
}
