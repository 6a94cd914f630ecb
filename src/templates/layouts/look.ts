/** The look shared by every template (docs/layouts.md): fonts, fills, sizes, print margins. */
export const FONTS = {
  body: { name: '宋体', size: 11 },
  header: { name: '宋体', size: 11, bold: true },
  title: { name: '黑体', size: 18, bold: true },
  subtitle: { name: '宋体', size: 12 },
} as const;

export const FILLS = {
  header: '#F2F2F2',
  /** Light yellow: where the user types. */
  input: '#FFF9E5',
} as const;

export const NUMBER_FORMATS = {
  amount: '0.00',
  rate: '0.00%',
  weight: '0.00',
  count: '0',
} as const;

/** Excel number format of a score rounded to `decimals` places (0 → whole points). */
export function scoreFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
}

/** Widths in Excel character units for columns A–I of the two forms, and K (hidden). */
export const FORM_COLUMN_WIDTHS: readonly number[] = [13, 18, 14, 21, 18, 16, 10, 10, 24];
export const REPORT_COLUMN_WIDTHS: readonly number[] = [30, 50, 36];
export const TAG_COLUMN_WIDTH = 4;

export const ROW_HEIGHTS = {
  title: 36,
  subtitle: 22,
  /** Free-text rows (职能职责, 总体目标, report texts): Excel does not auto-fit merged cells. */
  freeText: 60,
  header: 30,
} as const;

export const PRINT_MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 } as const;
