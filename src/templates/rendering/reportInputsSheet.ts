import { SHEET_NAMES } from '../layouts/formText.zh-CN';
import { a1 } from '../a1';
import { FONTS, NUMBER_FORMATS, REPORT_COLUMN_WIDTHS, ROW_HEIGHTS } from '../layouts/look';
import { REPORT_INPUTS_LAYOUT as L } from '../layouts/reportInputs';
import type { SheetPlan } from '../plan';
import type { ReportInputsCellMap } from './cellMap';
import { BODY_STYLE, BORDER_STYLE, HEADER_STYLE, inputStyle, TITLE_STYLE } from './cellStyles';
import { finishPlan } from './finishPlan';
import type { ValidRenderOptions } from './options';
import { box, SheetDraft } from './sheetDraft';
import { amountRule, countRule } from './validations';

const WIDTH = 3;
const FIRST_FACT_ROW = 3;
const HINT_STYLE = { font: { ...FONTS.body, color: '#7F7F7F' }, horizontal: 'left' } as const;

/** Renders 报告要素: one fact a row, label | value (input) | hint. */
export function renderReportInputs(o: ValidRenderOptions): { plan: SheetPlan; map: ReportInputsCellMap } {
  const d = new SheetDraft(WIDTH);
  d.put(box(1, 1, 1, WIDTH), L.title);
  d.height(1, ROW_HEIGHTS.title);
  d.put(box(2, 1), L.headers.label);
  d.put(box(2, 2), L.headers.value);
  d.put(box(2, 3), L.headers.hint);
  d.style(box(2, 1, 2, WIDTH), HEADER_STYLE);
  d.height(2, ROW_HEIGHTS.header);

  const facts = L.facts.map((fact, i) => {
    const row = FIRST_FACT_ROW + i;
    const value = box(row, 2);
    d.put(box(row, 1), fact.label);
    d.put(value, null);
    d.put(box(row, 3), fact.hint === '' ? null : fact.hint);
    switch (fact.kind) {
      case 'amount':
        d.style(value, { ...inputStyle('number'), numberFormat: NUMBER_FORMATS.amount });
        d.validate(amountRule(value));
        break;
      case 'count':
        d.style(value, { ...inputStyle('number'), numberFormat: NUMBER_FORMATS.count });
        d.validate(countRule(value));
        break;
      case 'text':
        d.style(value, inputStyle('longText'));
        if (fact.key !== 'departments') d.height(row, ROW_HEIGHTS.freeText);
        break;
    }
    return { key: fact.key, label: fact.label, kind: fact.kind, cell: a1(row, 2) };
  });
  const lastRow = FIRST_FACT_ROW + L.facts.length - 1;
  d.style(box(FIRST_FACT_ROW, 1, lastRow, 1), { horizontal: 'left' });
  d.style(box(FIRST_FACT_ROW, 3, lastRow, 3), HINT_STYLE);
  d.style(box(2, 1, lastRow, WIDTH), BORDER_STYLE);

  const plan = finishPlan(d, {
    sheetName: SHEET_NAMES.reportInputs(),
    kind: 'reportInputs',
    options: o,
    lastRow,
    columnWidths: REPORT_COLUMN_WIDTHS,
    orientation: 'portrait',
    titleRow: 2,
    baseStyles: [
      { range: box(1, 1, lastRow, WIDTH), style: BODY_STYLE },
      { range: box(1, 1), style: TITLE_STYLE },
    ],
  });
  return { plan, map: { kind: 'reportInputs', lastRow, facts } };
}
