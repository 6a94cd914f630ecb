/**
 * Plan sizes in Excel's own units. A plan's column width is the `<col width>` of an .xlsx file (what
 * ExcelJS writes): characters of the default font's digit, padding included. Office.js wants points.
 * Excel turns a file width into pixels as below (maximum digit width 7 px for the default 11-point
 * font, 96 dpi), then pixels into points (¾).
 */
const MAX_DIGIT_WIDTH_PX = 7;
const POINTS_PER_PIXEL = 72 / 96;

export function columnWidthPoints(width: number): number {
  const px = Math.trunc(((256 * width + Math.trunc(128 / MAX_DIGIT_WIDTH_PX)) / 256) * MAX_DIGIT_WIDTH_PX);
  return px * POINTS_PER_PIXEL;
}

export const POINTS_PER_INCH = 72;

/** UTF-8 length of a string: what a text costs in an Office.js request. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes a value adds to a request or a response: its JSON in UTF-8. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? '');
}
