import {
  BorderStyleTypes,
  BooleanNumber,
  HorizontalAlign,
  type IBorderStyleData,
  type IStyleData,
  VerticalAlign,
  WrapStrategy,
} from '@univerjs/core';
import type { CellStyle } from '../../templates/plan';

const HORIZONTAL = {
  left: HorizontalAlign.LEFT,
  center: HorizontalAlign.CENTER,
  right: HorizontalAlign.RIGHT,
};
const VERTICAL = { top: VerticalAlign.TOP, middle: VerticalAlign.MIDDLE, bottom: VerticalAlign.BOTTOM };
const THIN: IBorderStyleData = { s: BorderStyleTypes.THIN, cl: { rgb: '#000000' } };

/** A plan style as Univer's style data (what Univer's toolbar would have set). */
export function univerStyle(s: CellStyle): IStyleData {
  const style: IStyleData = {};
  if (s.font?.name !== undefined) style.ff = s.font.name;
  if (s.font?.size !== undefined) style.fs = s.font.size;
  if (s.font?.bold !== undefined) style.bl = s.font.bold ? BooleanNumber.TRUE : BooleanNumber.FALSE;
  if (s.font?.color !== undefined) style.cl = { rgb: s.font.color };
  if (s.fill !== undefined) style.bg = { rgb: s.fill };
  if (s.horizontal !== undefined) style.ht = HORIZONTAL[s.horizontal];
  if (s.vertical !== undefined) style.vt = VERTICAL[s.vertical];
  if (s.wrap !== undefined) style.tb = s.wrap ? WrapStrategy.WRAP : WrapStrategy.OVERFLOW;
  if (s.border === 'thin') style.bd = { t: THIN, b: THIN, l: THIN, r: THIN };
  if (s.numberFormat !== undefined) style.n = { pattern: s.numberFormat };
  return style;
}

/**
 * '#RRGGBB' upper case for the colours Univer's colour picker and our own code write ('#abc', '#aabbcc',
 * 'rgb(…)', 'rgba(…)' when opaque); null for anything else (a theme colour: the native copy keeps it).
 */
export function hexColor(color: unknown): string | null {
  if (typeof color !== 'string') return null;
  const c = color.trim();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  if (/^#[0-9a-f]{6}$/i.test(c)) return c.toUpperCase();
  const rgb = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*(1|1\.0+)\s*)?\)$/i.exec(c);
  if (!rgb) return null;
  const parts = [rgb[1], rgb[2], rgb[3]].map(Number);
  if (parts.some((n) => n > 255)) return null;
  return `#${parts.map((n) => n.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}
