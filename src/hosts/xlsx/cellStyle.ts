import type ExcelJS from 'exceljs';
import type { CellStyle } from '../../templates/plan';

/** '#F2F2F2' → 'FFF2F2F2' (ExcelJS colours are ARGB). */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

export function solidFill(hex: string): ExcelJS.FillPattern {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } };
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };

/** The ExcelJS style of a plan style (a fresh object: ExcelJS setters mutate the style they are given). */
export function excelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (s.font) {
    const font: Partial<ExcelJS.Font> = {};
    if (s.font.name !== undefined) font.name = s.font.name;
    if (s.font.size !== undefined) font.size = s.font.size;
    if (s.font.bold !== undefined) font.bold = s.font.bold;
    if (s.font.color !== undefined) font.color = { argb: argb(s.font.color) };
    style.font = font;
  }
  if (s.fill !== undefined) style.fill = solidFill(s.fill);
  if (s.horizontal !== undefined || s.vertical !== undefined || s.wrap !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (s.horizontal !== undefined) alignment.horizontal = s.horizontal;
    if (s.vertical !== undefined) alignment.vertical = s.vertical;
    if (s.wrap !== undefined) alignment.wrapText = s.wrap;
    style.alignment = alignment;
  }
  if (s.border === 'thin') style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (s.numberFormat !== undefined) style.numFmt = s.numberFormat;
  if (s.locked !== undefined) style.protection = { locked: s.locked };
  return style;
}
