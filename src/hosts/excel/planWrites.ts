/// <reference types="office-js" />
import { a1, columnLetters, type RangeBox, rangeA1 } from '../../templates/a1';
import type { CellStyle, SheetPlan, ValidationRule } from '../../templates/plan';
import { formulaCell, typedText } from './cellText';
import type { XRange, XWorksheet } from './excelApi';
import { columnWidthPoints, jsonBytes, POINTS_PER_INCH } from './units';

/**
 * A plan as a list of steps, each queuing Office.js commands on the new sheet and knowing roughly what
 * it adds to the request. Steps run in the plan's order of meaning: values, then merges (Excel keeps
 * only the top-left value of a merge), then styles (on the web a fill set before a merge is lost).
 */
export interface Step {
  readonly bytes: number;
  queue(sheet: XWorksheet): void;
}

/** What one command costs besides its arguments (object path, ids). */
const COMMAND_BYTES = 120;
/** Rows of a value block are written in slices of at most this many bytes, so that any slice fits a request. */
const SLICE_BYTES = 512 * 1024;

function box(sheet: XWorksheet, r: RangeBox): XRange {
  return sheet.getRange(rangeA1(r));
}

function valueSteps(plan: SheetPlan): Step[] {
  const steps: Step[] = [];
  for (const block of plan.blocks) {
    const rows = block.values.map((row) => row.map(formulaCell));
    let start = 0;
    while (start < rows.length) {
      let bytes = 0;
      let end = start;
      do bytes += jsonBytes(rows[end++]);
      while (end < rows.length && bytes + jsonBytes(rows[end]) <= SLICE_BYTES);
      const slice = rows.slice(start, end);
      const top = block.top + start;
      steps.push({
        bytes: bytes + COMMAND_BYTES,
        queue: (sheet) => {
          sheet.getRangeByIndexes(top - 1, block.left - 1, slice.length, slice[0].length).formulas = slice;
        },
      });
      start = end;
    }
  }
  const { row, col, text } = plan.tag;
  steps.push({
    bytes: jsonBytes(text) + COMMAND_BYTES,
    queue: (sheet) => {
      sheet.getRange(a1(row, col)).values = [[typedText(text)]];
    },
  });
  return steps;
}

const HORIZONTAL: Record<NonNullable<CellStyle['horizontal']>, Excel.HorizontalAlignment> = {
  left: 'Left' as Excel.HorizontalAlignment,
  center: 'Center' as Excel.HorizontalAlignment,
  right: 'Right' as Excel.HorizontalAlignment,
};
const VERTICAL: Record<NonNullable<CellStyle['vertical']>, Excel.VerticalAlignment> = {
  top: 'Top' as Excel.VerticalAlignment,
  middle: 'Center' as Excel.VerticalAlignment,
  bottom: 'Bottom' as Excel.VerticalAlignment,
};
const EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideHorizontal',
  'InsideVertical',
] as const;

function styleStep(range: RangeBox, style: CellStyle): Step {
  const cells = (range.bottom - range.top + 1) * (range.right - range.left + 1);
  const formats = style.numberFormat === undefined ? 0 : cells * (jsonBytes(style.numberFormat) + 1);
  return {
    bytes: COMMAND_BYTES * 8 + formats,
    queue: (sheet) => {
      const r = box(sheet, range);
      const f = r.format;
      if (style.font?.name !== undefined) f.font.name = style.font.name;
      if (style.font?.size !== undefined) f.font.size = style.font.size;
      if (style.font?.bold !== undefined) f.font.bold = style.font.bold;
      if (style.font?.color !== undefined) f.font.color = style.font.color;
      if (style.fill !== undefined) f.fill.color = style.fill;
      if (style.horizontal !== undefined) f.horizontalAlignment = HORIZONTAL[style.horizontal];
      if (style.vertical !== undefined) f.verticalAlignment = VERTICAL[style.vertical];
      if (style.wrap !== undefined) f.wrapText = style.wrap;
      if (style.locked !== undefined) f.protection.locked = style.locked;
      if (style.border === 'thin') {
        for (const edge of EDGES) {
          const border = f.borders.getItem(edge);
          border.style = 'Continuous' as Excel.BorderLineStyle;
          border.weight = 'Thin' as Excel.BorderWeight;
        }
      }
      if (style.numberFormat !== undefined) {
        const code = style.numberFormat;
        r.numberFormat = Array.from({ length: range.bottom - range.top + 1 }, () =>
          new Array<string>(range.right - range.left + 1).fill(code),
        );
      }
    },
  };
}

const OPERATORS: Record<NonNullable<ValidationRule['operator']>, Excel.DataValidationOperator> = {
  between: 'Between' as Excel.DataValidationOperator,
  greaterThanOrEqual: 'GreaterThanOrEqualTo' as Excel.DataValidationOperator,
  lessThanOrEqual: 'LessThanOrEqualTo' as Excel.DataValidationOperator,
};

/** A plan formula (no '=') as a data-validation bound: a number as a number, anything else a formula. */
function bound(formula: string): number | string {
  return /^-?\d+(\.\d+)?$/.test(formula) ? Number(formula) : `=${formula}`;
}

/** Excel's rule for a plan rule; a list source is a text ('a,b,c') or a reference, never quoted. */
export function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  if (rule.type === 'list') {
    const quoted = /^"(.*)"$/.exec(rule.formula1);
    return { list: { inCellDropDown: true, source: quoted ? quoted[1] : `=${rule.formula1}` } };
  }
  return {
    decimal: {
      operator: OPERATORS[rule.operator ?? 'between'],
      formula1: bound(rule.formula1),
      ...(rule.formula2 === undefined ? {} : { formula2: bound(rule.formula2) }),
    },
  };
}

function validationStep(rule: ValidationRule): Step {
  return {
    bytes: COMMAND_BYTES * 4 + jsonBytes(rule),
    queue: (sheet) => {
      const dv = box(sheet, rule.range).dataValidation;
      dv.rule = validationRule(rule);
      dv.ignoreBlanks = rule.allowBlank;
      if (rule.prompt) dv.prompt = { showPrompt: true, title: rule.prompt.title, message: rule.prompt.text };
      dv.errorAlert = {
        showAlert: true,
        style: 'Stop' as Excel.DataValidationAlertStyle,
        title: rule.error.title,
        message: rule.error.text,
      };
    },
  };
}

function layoutSteps(plan: SheetPlan): Step[] {
  const steps: Step[] = plan.columnWidths.map(({ col, width }) => ({
    bytes: COMMAND_BYTES,
    queue: (sheet) => {
      const letters = columnLetters(col);
      sheet.getRange(`${letters}:${letters}`).format.columnWidth = columnWidthPoints(width);
    },
  }));
  steps.push(
    ...plan.rowHeights.map(({ row, height }) => ({
      bytes: COMMAND_BYTES,
      queue: (sheet: XWorksheet) => {
        sheet.getRange(`${row}:${row}`).format.rowHeight = height;
      },
    })),
    ...plan.hiddenColumns.map((col) => ({
      bytes: COMMAND_BYTES,
      queue: (sheet: XWorksheet) => {
        const letters = columnLetters(col);
        sheet.getRange(`${letters}:${letters}`).columnHidden = true;
      },
    })),
  );
  const { print } = plan;
  steps.push({
    bytes: COMMAND_BYTES * 10,
    queue: (sheet) => {
      const page = sheet.pageLayout;
      page.orientation = (
        print.orientation === 'landscape' ? 'Landscape' : 'Portrait'
      ) as Excel.PageOrientation;
      page.paperSize = 'A4' as Excel.PaperType;
      // 0 pages tall means "as many as needed": Excel's fit-to-pages leaves that direction unset.
      page.zoom = {
        horizontalFitToPages: print.fitToWidth,
        ...(print.fitToHeight > 0 ? { verticalFitToPages: print.fitToHeight } : {}),
      };
      page.centerHorizontally = print.centerHorizontally;
      page.leftMargin = print.margins.left * POINTS_PER_INCH;
      page.rightMargin = print.margins.right * POINTS_PER_INCH;
      page.topMargin = print.margins.top * POINTS_PER_INCH;
      page.bottomMargin = print.margins.bottom * POINTS_PER_INCH;
      page.setPrintArea(rangeA1(print.area));
      if (print.titleRows) page.setPrintTitleRows(`$${print.titleRows.from}:$${print.titleRows.to}`);
      if ((plan.freezeRows ?? 0) > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
    },
  });
  return steps;
}

export function planSteps(plan: SheetPlan): Step[] {
  return [
    ...valueSteps(plan),
    ...plan.merges.map((m) => ({
      bytes: COMMAND_BYTES,
      queue: (sheet: XWorksheet) => box(sheet, m).merge(false),
    })),
    ...plan.styles.map((s) => styleStep(s.range, s.style)),
    ...plan.validations.map(validationStep),
    ...layoutSteps(plan),
  ];
}

/** Steps in order, cut into batches of at most `budget` bytes (a step larger than that goes alone). */
export function batches<T extends { readonly bytes: number }>(steps: readonly T[], budget: number): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const step of steps) {
    if (current.length > 0 && bytes + step.bytes > budget) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += step.bytes;
  }
  if (current.length > 0) out.push(current);
  return out;
}
