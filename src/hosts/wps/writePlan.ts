import { a1, rangeA1 } from '../../templates/a1';
import type { PrintSetup, SheetPlan, ValidationRule } from '../../templates/plan';
import { chunkAreas, columnAreas, rowAreas } from './addresses';
import { planInputOf, inputOf } from './cellValues';
import { hexToBgr } from './colors';
import {
  XL_CONTINUOUS,
  XL_DV_OPERATOR,
  XL_HALIGN,
  XL_LANDSCAPE,
  XL_PAPER_A4,
  XL_PORTRAIT,
  XL_THIN,
  XL_VALID_ALERT_STOP,
  XL_VALIDATE_DECIMAL,
  XL_VALIDATE_LIST,
  XL_VALIGN,
} from './constants';
import type { EtApplication, EtRange, EtWorksheet } from './et';
import { styleBatches, type StyleBatch } from './styleBatches';

/**
 * Writes a whole plan into a new, active sheet. Every step is a fixed number of calls for the layout:
 * each value block is one 2-D assignment, styles go by property and value over many areas at once,
 * sizes by value over many columns or rows. Nothing here depends on the number of rows.
 */
export function writePlan(app: EtApplication, sheet: EtWorksheet, plan: SheetPlan): void {
  const ranges = new RangeCache(sheet);
  for (const block of plan.blocks) writeBlock(sheet, block.top, block.left, block.values);
  sheet.Range(a1(plan.tag.row, plan.tag.col)).Value2 = [[inputOf(plan.tag.text)]];
  for (const merge of plan.merges) sheet.Range(rangeA1(merge)).Merge();
  for (const batch of styleBatches(plan.styles)) {
    for (const address of chunkAreas(batch.areas.map(rangeA1))) applyStyle(ranges, address, batch);
  }
  writeSizes(sheet, plan);
  for (const rule of plan.validations) addValidation(sheet, rule);
  writePrintSetup(sheet, plan.print);
  if (plan.freezeRows) {
    const window = app.ActiveWindow;
    window.SplitColumn = 0;
    window.SplitRow = plan.freezeRows;
    window.FreezePanes = true;
  }
  sheet.Range('A1').Select();
}

function writeBlock(
  sheet: EtWorksheet,
  top: number,
  left: number,
  values: SheetPlan['blocks'][number]['values'],
): void {
  if (values.length === 0 || values[0].length === 0) return;
  const box = { top, left, bottom: top + values.length - 1, right: left + values[0].length - 1 };
  const matrix = values.map((row) => row.map(planInputOf));
  // Value2 takes a block as typed: '=…' becomes a formula, and texts arrive behind their apostrophe.
  sheet.Range(rangeA1(box)).Value2 = matrix;
}

/** One proxy per address, and one Font / Interior per range: a second visit costs no call to find them. */
class RangeCache {
  private readonly ranges = new Map<string, EtRange>();
  private readonly fonts = new Map<string, Et.Font>();
  private readonly interiors = new Map<string, Et.Interior>();

  constructor(private readonly sheet: EtWorksheet) {}

  range(address: string): EtRange {
    let range = this.ranges.get(address);
    if (!range) {
      range = this.sheet.Range(address);
      this.ranges.set(address, range);
    }
    return range;
  }

  font(address: string): Et.Font {
    let font = this.fonts.get(address);
    if (!font) {
      font = this.range(address).Font;
      this.fonts.set(address, font);
    }
    return font;
  }

  interior(address: string): Et.Interior {
    let interior = this.interiors.get(address);
    if (!interior) {
      interior = this.range(address).Interior;
      this.interiors.set(address, interior);
    }
    return interior;
  }
}

/** ET's number format codes in the user's language: only General has a Chinese name among ours. */
export function localNumberFormat(code: string): string {
  return code === 'General' ? 'G/通用格式' : code;
}

function applyStyle(cache: RangeCache, address: string, batch: StyleBatch): void {
  const { value } = batch;
  switch (batch.property) {
    case 'fontName':
      cache.font(address).Name = String(value);
      return;
    case 'fontSize':
      cache.font(address).Size = Number(value);
      return;
    case 'bold':
      cache.font(address).Bold = Boolean(value);
      return;
    case 'fontColor':
      cache.font(address).Color = hexToBgr(String(value));
      return;
    case 'fill':
      cache.interior(address).Color = hexToBgr(String(value));
      return;
    case 'horizontal':
      cache.range(address).HorizontalAlignment = XL_HALIGN[value as keyof typeof XL_HALIGN];
      return;
    case 'vertical':
      cache.range(address).VerticalAlignment = XL_VALIGN[value as keyof typeof XL_VALIGN];
      return;
    case 'wrap':
      cache.range(address).WrapText = Boolean(value);
      return;
    case 'locked':
      cache.range(address).Locked = Boolean(value);
      return;
    case 'numberFormat':
      cache.range(address).NumberFormatLocal = localNumberFormat(String(value));
      return;
    case 'border': {
      const borders = cache.range(address).Borders;
      borders.LineStyle = XL_CONTINUOUS;
      borders.Weight = XL_THIN;
      return;
    }
  }
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) out.set(keyOf(item), [...(out.get(keyOf(item)) ?? []), item]);
  return out;
}

/** Column widths in characters (ET's unit, the plan's too) and row heights in points, grouped by value. */
function writeSizes(sheet: EtWorksheet, plan: SheetPlan): void {
  for (const [width, cols] of groupBy(plan.columnWidths, (w) => w.width)) {
    for (const address of chunkAreas(columnAreas(cols.map((c) => c.col))))
      sheet.Range(address).ColumnWidth = width;
  }
  for (const address of chunkAreas(columnAreas(plan.hiddenColumns))) sheet.Range(address).Hidden = true;
  for (const [height, rows] of groupBy(plan.rowHeights, (h) => h.height)) {
    for (const address of chunkAreas(rowAreas(rows.map((r) => r.row))))
      sheet.Range(address).RowHeight = height;
  }
}

const RELATIVE_REFERENCE = /(^|[^$A-Za-z_])[A-Za-z]{1,3}\$?\d+/;

/** A plan formula as Validation.Add takes it: a list as its items, anything else as a formula. */
function validationFormula(rule: ValidationRule, formula: string): string {
  const list = /^"(.*)"$/.exec(formula);
  if (rule.type === 'list' && list) return list[1].replace(/""/g, '"');
  return `=${formula}`;
}

function addValidation(sheet: EtWorksheet, rule: ValidationRule): void {
  const address = rangeA1(rule.range);
  const formulas = [rule.formula1, rule.formula2 ?? ''];
  // ET, like Excel, reads relative references in a rule from the active cell: make it the range's first.
  if (formulas.some((f) => RELATIVE_REFERENCE.test(f)))
    sheet.Range(a1(rule.range.top, rule.range.left)).Select();
  const validation = sheet.Range(address).Validation;
  validation.Add(
    rule.type === 'list' ? XL_VALIDATE_LIST : XL_VALIDATE_DECIMAL,
    XL_VALID_ALERT_STOP,
    XL_DV_OPERATOR[rule.operator ?? 'between'],
    validationFormula(rule, rule.formula1),
    rule.formula2 === undefined ? undefined : validationFormula(rule, rule.formula2),
  );
  validation.IgnoreBlank = rule.allowBlank;
  if (rule.prompt) {
    validation.InputTitle = rule.prompt.title;
    validation.InputMessage = rule.prompt.text;
    validation.ShowInput = true;
  }
  validation.ErrorTitle = rule.error.title;
  validation.ErrorMessage = rule.error.text;
  validation.ShowError = true;
}

/** Inches to points, to the hundredth (0.6 in is 43.2 pt, not 43.199999999999996). */
function points(inches: number): number {
  return Math.round(inches * 7200) / 100;
}

function writePrintSetup(sheet: EtWorksheet, print: PrintSetup): void {
  const setup = sheet.PageSetup;
  setup.Orientation = print.orientation === 'landscape' ? XL_LANDSCAPE : XL_PORTRAIT;
  setup.PaperSize = XL_PAPER_A4;
  // Zoom off lets the fit-to-pages settings decide; false pages tall means "as many as needed".
  setup.Zoom = false;
  setup.FitToPagesWide = print.fitToWidth;
  setup.FitToPagesTall = print.fitToHeight === 0 ? false : print.fitToHeight;
  if (print.titleRows) setup.PrintTitleRows = `$${print.titleRows.from}:$${print.titleRows.to}`;
  setup.PrintArea = rangeA1(print.area).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  setup.CenterHorizontally = print.centerHorizontally;
  setup.LeftMargin = points(print.margins.left);
  setup.RightMargin = points(print.margins.right);
  setup.TopMargin = points(print.margins.top);
  setup.BottomMargin = points(print.margins.bottom);
}
