import { Decimal } from '../domain/decimal';
import { CLI_TEXT as T } from '../i18n/cli.zh-CN';
import type { SheetPlan, PlanValue } from '../templates/plan';
import type { TableSummary } from './summarize';

export interface SummaryRow {
  readonly file: string;
  readonly table: TableSummary | null;
  /** Why the file gave no table (unreadable, no table found). */
  readonly note: string;
}

const num = (s: string | null): PlanValue => (s === null ? null : Number(s));

/**
 * The reviewers' summary workbook: one row per table (file, sheet, unit, year, 执行率, 执行率得分,
 * 总分, 等级, errors, warnings), and a row for each file that gave none, saying why.
 */
export function summaryPlan(rows: readonly SummaryRow[]): SheetPlan {
  const header = [...T.summaryHeaders];
  const body: PlanValue[][] = rows.map(({ file, table: t, note }) =>
    t
      ? [
          file,
          t.sheet,
          t.unit,
          t.year,
          t.budget.rate === null ? null : new Decimal(t.budget.rate).div(100).toNumber(),
          num(t.budget.score),
          num(t.totals.ruleScore),
          t.totals.grade,
          t.errors,
          t.warnings,
          note,
        ]
      : [file, null, null, null, null, null, null, null, null, null, note],
  );
  const last = body.length + 2;
  const width = header.length;
  return {
    sheetName: T.summarySheet,
    blocks: [
      { top: 1, left: 1, values: [[T.summaryTitle, ...Array<PlanValue>(width - 1).fill(null)]] },
      { top: 2, left: 1, values: [header, ...body] },
    ],
    merges: [{ top: 1, left: 1, bottom: 1, right: width }],
    styles: [
      {
        range: { top: 1, left: 1, bottom: 1, right: width },
        style: { font: { name: '黑体', size: 14, bold: true }, horizontal: 'center' },
      },
      {
        range: { top: 2, left: 1, bottom: 2, right: width },
        style: {
          font: { name: '宋体', bold: true },
          fill: '#F2F2F2',
          border: 'thin',
          horizontal: 'center',
          wrap: true,
        },
      },
      {
        range: { top: 3, left: 1, bottom: Math.max(3, last), right: width },
        style: { font: { name: '宋体', size: 11 }, border: 'thin', vertical: 'middle' },
      },
      { range: { top: 3, left: 5, bottom: Math.max(3, last), right: 5 }, style: { numberFormat: '0.00%' } },
      { range: { top: 3, left: 6, bottom: Math.max(3, last), right: 7 }, style: { numberFormat: '0.00' } },
      { range: { top: 3, left: 11, bottom: Math.max(3, last), right: 11 }, style: { wrap: true } },
    ],
    columnWidths: [30, 21, 28, 8, 10, 11, 9, 7, 7, 7, 40].map((width, i) => ({ col: i + 1, width })),
    rowHeights: [{ row: 1, height: 24 }],
    hiddenColumns: [],
    validations: [],
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: { from: 2, to: 2 },
      area: { top: 1, left: 1, bottom: Math.max(2, last), right: width },
      centerHorizontally: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 },
    },
    tag: { row: 1, col: width + 2, text: '' },
    freezeRows: 2,
  };
}
