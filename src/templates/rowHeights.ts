import type { RangeBox } from './a1';
import { styleAt, type CellStyle, type SheetPlan } from './plan';

/**
 * Heights for rows whose wrapped text needs more than one line, computed once for every host. Excel fits such rows itself when it
 * opens a file (rows without a height are "auto"), but LibreOffice keeps them one line tall and clips
 * the text, on screen and on paper. So, as a spreadsheet app would on typing, we size them —
 * with an estimate generous enough for both: 宋体 in Excel, Noto CJK (line height ≈ 1.45 em) in LibreOffice.
 * Rows the plan gives a height keep it; text in cells merged over several rows is left alone.
 */

/** Excel's column unit: the width of '0' in Calibri 11, 7 px at 96 dpi, plus 5 px of padding per column. */
const PX_PER_WIDTH_UNIT = 7;
const COLUMN_PADDING_PX = 5;
const PX_PER_PT = 96 / 72;
const LINE_HEIGHT_EM = 1.45;
const ROW_PADDING_PT = 4;
const DEFAULT_COLUMN_WIDTH = 8.43;
const DEFAULT_FONT_SIZE = 11;

/** CJK ideographs, kana, hangul, full-width forms and CJK punctuation: one em wide (two terminal columns). */
export function isWideChar(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

/** Width of a character in em in a CJK font: wide characters and typographic quotes are square. */
function charEm(ch: string): number {
  if (isWideChar(ch.codePointAt(0) ?? 0)) return 1;
  if (ch === '“' || ch === '”' || ch === '‘' || ch === '’' || ch === '—' || ch === '…') return 1;
  return 0.6;
}

/** Lines a text takes in a box `widthPx` wide, breaking anywhere (as CJK text does). */
export function lineCount(text: string, widthPx: number, fontSizePt: number): number {
  const em = fontSizePt * PX_PER_PT;
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let used = 0;
    let count = 1;
    for (const ch of paragraph) {
      const w = charEm(ch) * em;
      if (used + w > widthPx && used > 0) {
        count++;
        used = 0;
      }
      used += w;
    }
    lines += count;
  }
  return lines;
}

export function rowHeightFor(lines: number, fontSizePt: number): number {
  return Math.ceil(lines * fontSizePt * LINE_HEIGHT_EM + ROW_PADDING_PT);
}

interface WrappedText {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly style: CellStyle;
}

/** Estimated heights (points) for the rows of the plan whose wrapped text overflows one line. */
export function estimatedRowHeights(plan: SheetPlan, texts: readonly WrappedText[]): Map<number, number> {
  const fixed = new Set(plan.rowHeights.map((h) => h.row));
  const hidden = new Set(plan.hiddenColumns);
  const widths = new Map(plan.columnWidths.map((c) => [c.col, c.width]));
  const mergeOf = new Map<string, RangeBox>();
  for (const m of plan.merges) mergeOf.set(`${m.top}:${m.left}`, m);
  const heights = new Map<number, number>();
  for (const { row, col, text, style } of texts) {
    if (fixed.has(row) || hidden.has(col) || !style.wrap) continue;
    const merge = mergeOf.get(`${row}:${col}`);
    if (merge && merge.bottom > merge.top) continue;
    const right = merge ? merge.right : col;
    let widthPx = 0;
    for (let c = col; c <= right; c++)
      widthPx += (widths.get(c) ?? DEFAULT_COLUMN_WIDTH) * PX_PER_WIDTH_UNIT + COLUMN_PADDING_PX;
    widthPx -= COLUMN_PADDING_PX + 2; // the cell's own inner padding
    const size = style.font?.size ?? DEFAULT_FONT_SIZE;
    const lines = lineCount(text, widthPx, size);
    if (lines <= 1) continue;
    heights.set(row, Math.max(heights.get(row) ?? 0, rowHeightFor(lines, size)));
  }
  return heights;
}

/**
 * The plan with its rows sized for their wrapped text, as it goes to a host (after any filling, so that
 * typed texts are measured too). Later blocks win over earlier ones, as hosts write them.
 */
export function withEstimatedRowHeights(plan: SheetPlan): SheetPlan {
  const texts = new Map<string, { row: number; col: number; text: string }>();
  for (const block of plan.blocks) {
    block.values.forEach((values, i) =>
      values.forEach((value, j) => {
        const row = block.top + i;
        const col = block.left + j;
        if (typeof value === 'string') texts.set(`${row}:${col}`, { row, col, text: value });
        else if (value !== null) texts.delete(`${row}:${col}`);
      }),
    );
  }
  const wrapped = [...texts.values()]
    .map((t) => ({ ...t, style: styleAt(plan, t.row, t.col) }))
    .filter((t) => t.style.wrap);
  const heights = estimatedRowHeights(plan, wrapped);
  if (heights.size === 0) return plan;
  return {
    ...plan,
    rowHeights: [...plan.rowHeights, ...[...heights].map(([row, height]) => ({ row, height }))],
  };
}
