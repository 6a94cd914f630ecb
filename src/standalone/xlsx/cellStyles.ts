import {
  BooleanNumber,
  BorderStyleTypes,
  HorizontalAlign,
  type IBorderData,
  type IBorderStyleData,
  type IStyleData,
  type Nullable,
  VerticalAlign,
  WrapStrategy,
} from '@univerjs/core';
import type ExcelJS from 'exceljs';
import { hexColor } from '../../hosts/univer/cellStyle';
import { argbColor, cssColor } from './colors';

const BORDER_STYLES: Readonly<Record<ExcelJS.BorderStyle, BorderStyleTypes>> = {
  thin: BorderStyleTypes.THIN,
  hair: BorderStyleTypes.HAIR,
  dotted: BorderStyleTypes.DOTTED,
  dashed: BorderStyleTypes.DASHED,
  dashDot: BorderStyleTypes.DASH_DOT,
  dashDotDot: BorderStyleTypes.DASH_DOT_DOT,
  double: BorderStyleTypes.DOUBLE,
  medium: BorderStyleTypes.MEDIUM,
  mediumDashed: BorderStyleTypes.MEDIUM_DASHED,
  mediumDashDot: BorderStyleTypes.MEDIUM_DASH_DOT,
  mediumDashDotDot: BorderStyleTypes.MEDIUM_DASH_DOT_DOT,
  slantDashDot: BorderStyleTypes.SLANT_DASH_DOT,
  thick: BorderStyleTypes.THICK,
};
const EXCEL_BORDERS = new Map<BorderStyleTypes, ExcelJS.BorderStyle>(
  Object.entries(BORDER_STYLES).map(([k, v]) => [v, k as ExcelJS.BorderStyle]),
);

const HORIZONTAL: Partial<Record<ExcelJS.Alignment['horizontal'], HorizontalAlign>> = {
  left: HorizontalAlign.LEFT,
  center: HorizontalAlign.CENTER,
  centerContinuous: HorizontalAlign.CENTER,
  right: HorizontalAlign.RIGHT,
  justify: HorizontalAlign.JUSTIFIED,
  distributed: HorizontalAlign.DISTRIBUTED,
};
const VERTICAL: Partial<Record<ExcelJS.Alignment['vertical'], VerticalAlign>> = {
  top: VerticalAlign.TOP,
  middle: VerticalAlign.MIDDLE,
  bottom: VerticalAlign.BOTTOM,
};
const EXCEL_HORIZONTAL = new Map<HorizontalAlign, ExcelJS.Alignment['horizontal']>([
  [HorizontalAlign.LEFT, 'left'],
  [HorizontalAlign.CENTER, 'center'],
  [HorizontalAlign.RIGHT, 'right'],
  [HorizontalAlign.JUSTIFIED, 'justify'],
  [HorizontalAlign.DISTRIBUTED, 'distributed'],
]);
const EXCEL_VERTICAL = new Map<VerticalAlign, ExcelJS.Alignment['vertical']>([
  [VerticalAlign.TOP, 'top'],
  [VerticalAlign.MIDDLE, 'middle'],
  [VerticalAlign.BOTTOM, 'bottom'],
]);

function univerEdge(edge: Partial<ExcelJS.Border> | undefined): IBorderStyleData | undefined {
  if (!edge?.style) return undefined;
  return {
    s: BORDER_STYLES[edge.style] ?? BorderStyleTypes.THIN,
    cl: { rgb: cssColor(edge.color) ?? '#000000' },
  };
}

function excelEdge(edge: Nullable<IBorderStyleData>): Partial<ExcelJS.Border> | undefined {
  if (!edge || edge.s === BorderStyleTypes.NONE) return undefined;
  const color = hexColor(edge.cl?.rgb);
  return {
    style: EXCEL_BORDERS.get(edge.s) ?? 'thin',
    ...(color && color !== '#000000' ? { color: argbColor(color) } : {}),
  };
}

/** What Univer can show of an ExcelJS style. */
export function univerStyleOf(style: Partial<ExcelJS.Style>): IStyleData {
  const out: IStyleData = {};
  const { font, fill, alignment, border, numFmt } = style;
  if (font?.name) out.ff = font.name;
  if (font?.size) out.fs = font.size;
  if (font?.bold) out.bl = BooleanNumber.TRUE;
  if (font?.italic) out.it = BooleanNumber.TRUE;
  if (font?.underline && font.underline !== 'none') out.ul = { s: BooleanNumber.TRUE };
  if (font?.strike) out.st = { s: BooleanNumber.TRUE };
  const fontColor = cssColor(font?.color);
  if (fontColor) out.cl = { rgb: fontColor };
  if (fill?.type === 'pattern' && fill.pattern !== 'none') {
    const bg = cssColor(fill.fgColor) ?? cssColor(fill.bgColor);
    if (bg) out.bg = { rgb: bg };
  }
  if (alignment) {
    const ht = alignment.horizontal && HORIZONTAL[alignment.horizontal];
    const vt = alignment.vertical && VERTICAL[alignment.vertical];
    if (ht) out.ht = ht;
    if (vt) out.vt = vt;
    if (alignment.wrapText) out.tb = WrapStrategy.WRAP;
    if (typeof alignment.textRotation === 'number' && alignment.textRotation !== 0)
      out.tr = { a: alignment.textRotation > 90 ? 90 - alignment.textRotation : alignment.textRotation };
    else if (alignment.textRotation === 'vertical') out.tr = { a: 0, v: BooleanNumber.TRUE };
  }
  if (border) {
    const bd: IBorderData = {};
    const [t, b, l, r] = [border.top, border.bottom, border.left, border.right].map(univerEdge);
    if (t) bd.t = t;
    if (b) bd.b = b;
    if (l) bd.l = l;
    if (r) bd.r = r;
    if (Object.keys(bd).length > 0) out.bd = bd;
  }
  if (numFmt && numFmt !== 'General') out.n = { pattern: numFmt };
  return out;
}

/** An ExcelJS style for what a cell shows in Univer (a cell whose style changed in the page). */
export function excelStyleOf(s: IStyleData): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (s.ff) font.name = s.ff;
  if (s.fs) font.size = s.fs;
  if (s.bl === BooleanNumber.TRUE) font.bold = true;
  if (s.it === BooleanNumber.TRUE) font.italic = true;
  if (s.ul?.s === BooleanNumber.TRUE) font.underline = true;
  if (s.st?.s === BooleanNumber.TRUE) font.strike = true;
  const color = hexColor(s.cl?.rgb);
  if (color) font.color = argbColor(color);
  if (Object.keys(font).length > 0) style.font = font;
  const bg = hexColor(s.bg?.rgb);
  if (bg) style.fill = { type: 'pattern', pattern: 'solid', fgColor: argbColor(bg) };
  const alignment: Partial<ExcelJS.Alignment> = {};
  const horizontal = s.ht ? EXCEL_HORIZONTAL.get(s.ht) : undefined;
  const vertical = s.vt ? EXCEL_VERTICAL.get(s.vt) : undefined;
  if (horizontal) alignment.horizontal = horizontal;
  if (vertical) alignment.vertical = vertical;
  if (s.tb === WrapStrategy.WRAP) alignment.wrapText = true;
  if (s.tr?.v === BooleanNumber.TRUE) alignment.textRotation = 'vertical';
  else if (s.tr?.a) alignment.textRotation = s.tr.a < 0 ? 90 - s.tr.a : s.tr.a;
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  if (s.bd) {
    const border: Partial<ExcelJS.Borders> = {};
    const [top, bottom, left, right] = [s.bd.t, s.bd.b, s.bd.l, s.bd.r].map(excelEdge);
    if (top) border.top = top;
    if (bottom) border.bottom = bottom;
    if (left) border.left = left;
    if (right) border.right = right;
    if (Object.keys(border).length > 0) style.border = border;
  }
  if (s.n?.pattern) style.numFmt = s.n.pattern;
  return style;
}
