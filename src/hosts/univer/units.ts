import type { IRange } from '@univerjs/core';
import type { RangeBox } from '../../templates/a1';

/**
 * Excel measures columns in characters of the default font and rows in points; Univer in CSS pixels.
 * Column widths follow Excel's own rule for a maximum digit width of 7 px (Calibri 11, also what WPS and
 * LibreOffice assume for a file without one), so that a width survives the trip through the page.
 */
const DIGIT_PX = 7;
const PADDING_PX = 5;

export function columnPx(widthChars: number): number {
  return Math.trunc(((256 * widthChars + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);
}

/** The width in characters, to two decimals, that gives `px` back. */
export function columnChars(px: number): number {
  return Math.round(((px - PADDING_PX) / DIGIT_PX) * 100) / 100;
}

export function rowPx(heightPt: number): number {
  return Math.round((heightPt * 4) / 3);
}

export function rowPt(px: number): number {
  return Math.round(px * 75) / 100;
}

/** A range of ours (1-based, inclusive) in Univer's terms (0-based, inclusive). */
export function univerRange(box: RangeBox): IRange {
  return {
    startRow: box.top - 1,
    endRow: box.bottom - 1,
    startColumn: box.left - 1,
    endColumn: box.right - 1,
  };
}
