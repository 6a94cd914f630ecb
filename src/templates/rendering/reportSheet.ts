import { REPORT_SHEET_NAME } from '../../domain/report/phrases.zh-CN';
import type { RangeBox } from '../a1';
import type { CellStyle, PlanValue, SheetPlan, StyleRule } from '../plan';
import { TAG_PREFIX } from '../tag';
import type { Paragraph, Report } from '../../domain/report/report.types';
import { paragraphText } from '../../domain/report/runs';
import { INDENT } from '../../domain/report/render/toText';

/** One wide wrapped column (80 fits A4 portrait between the GB/T 9704 margins unscaled); the hidden tag in K, as on the forms. */
const TEXT_COLUMN = 1;
const TEXT_WIDTH = 80;
const TAG_COLUMN = 11;
const TAG_WIDTH = 4;
/** Half-width units that fit on one line of the text column (a Chinese character counts 2), with a margin. */
const UNITS_PER_LINE = Math.floor(TEXT_WIDTH * 0.85);
const LINE_HEIGHT = 16;
const TITLE_HEIGHT = 36;
/** Excel keeps at most 32,767 characters in a cell. */
const MAX_CELL_CHARS = 30000;
/** GB/T 9704 margins (37, 35, 28, 26 mm) in inches. */
const MARGINS = { top: 1.46, bottom: 1.38, left: 1.1, right: 1.02 } as const;

const BODY: CellStyle = { font: { name: '宋体', size: 12 }, wrap: true, vertical: 'top', horizontal: 'left' };
const TITLE: CellStyle = {
  font: { name: '黑体', size: 18, bold: true },
  horizontal: 'center',
  vertical: 'middle',
  wrap: true,
};
const HEADING: CellStyle = { font: { name: '宋体', size: 12, bold: true } };
/** Where something is to be filled in: the light yellow of the forms' input cells. */
const HAS_PLACEHOLDER: CellStyle = { fill: '#FFF9E5' };
const ALL_PLACEHOLDER: CellStyle = { fill: '#FFF9E5', font: { name: '宋体', size: 12, color: '#C00000' } };
const EDITABLE: CellStyle = { font: { name: '宋体', size: 12, color: '#1F4E79' } };

function box(row: number, col = TEXT_COLUMN): RangeBox {
  return { top: row, left: col, bottom: row, right: col };
}

/** Width of a text in half-width units: CJK and full-width forms count 2. */
function displayUnits(text: string): number {
  let n = 0;
  for (const ch of text) n += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return n;
}

function rowHeight(text: string): number {
  const lines = Math.max(1, Math.ceil(displayUnits(text) / UNITS_PER_LINE));
  return lines * LINE_HEIGHT + 4;
}

function chunks(text: string): string[] {
  const chars = Array.from(text);
  if (chars.length <= MAX_CELL_CHARS) return [text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += MAX_CELL_CHARS)
    out.push(chars.slice(i, i + MAX_CELL_CHARS).join(''));
  return out;
}

function paragraphStyle(p: Paragraph): CellStyle | null {
  if (p.length > 0 && p.every((r) => r.placeholder)) return ALL_PLACEHOLDER;
  if (p.some((r) => r.placeholder)) return HAS_PLACEHOLDER;
  if (p.length > 0 && p.every((r) => r.editable)) return EDITABLE;
  return null;
}

/**
 * The report as a new sheet `自评报告`: one paragraph a row in a wide wrapped column, the title
 * centred, headings bold, paragraphs indented by two full-width spaces; rows holding a placeholder
 * are filled light yellow (red text when the whole row is one), suggested measures are blue. Row
 * heights are estimated from the text (Excel does not grow rows written by a program). A4 portrait,
 * one page wide.
 */
export function toSheetPlan(report: Report): SheetPlan {
  const values: PlanValue[][] = [];
  const heights: { row: number; height: number }[] = [];
  const styles: StyleRule[] = [];
  const put = (text: string, style: CellStyle | null, height?: number) => {
    for (const chunk of chunks(text)) {
      values.push([chunk]);
      const row = values.length;
      heights.push({ row, height: height ?? rowHeight(chunk) });
      if (style) styles.push({ range: box(row), style });
    }
  };
  put(paragraphText(report.title), TITLE, TITLE_HEIGHT);
  values.push([null]);
  for (const p of report.preamble) put(INDENT + paragraphText(p), paragraphStyle(p));
  for (const s of report.sections) {
    put(INDENT + s.heading, HEADING);
    for (const p of s.paragraphs) put(INDENT + paragraphText(p), paragraphStyle(p));
  }
  const lastRow = values.length;
  return {
    sheetName: REPORT_SHEET_NAME,
    blocks: [{ top: 1, left: TEXT_COLUMN, values }],
    merges: [],
    styles: [
      { range: { top: 1, left: TEXT_COLUMN, bottom: lastRow, right: TEXT_COLUMN }, style: BODY },
      ...styles,
    ],
    columnWidths: [
      { col: TEXT_COLUMN, width: TEXT_WIDTH },
      { col: TAG_COLUMN, width: TAG_WIDTH },
    ],
    rowHeights: heights,
    hiddenColumns: [TAG_COLUMN],
    validations: [],
    print: {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      area: { top: 1, left: TEXT_COLUMN, bottom: lastRow, right: TEXT_COLUMN },
      centerHorizontally: true,
      margins: MARGINS,
    },
    // The tag schema (templates/tag.ts) knows only the forms; a report sheet is tagged in the same
    // format so that it can be found again, and decodeTag never mistakes it for a form.
    tag: {
      row: 1,
      col: TAG_COLUMN,
      text: `${TAG_PREFIX}${JSON.stringify({ template: 'report', version: 1 })}`,
    },
  };
}
