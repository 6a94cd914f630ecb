import { a1, rangeA1, type RangeBox } from '../../templates/a1';
import type { FormatWrite, ValueWrite } from '../sheetHost';
import { chunkAreas } from './addresses';
import { positions } from './blockFormats';
import { inputOf } from './cellValues';
import { hexToBgr } from './colors';
import { XL_COLOR_INDEX_AUTOMATIC, XL_PATTERN_NONE } from './constants';
import type { EtWorksheet } from './et';

/** Cells by the value they get, so that one multi-area range sets many of them with one assignment. */
function byValue<V>(entries: readonly { cell: string; value: V }[]): Map<V, string[]> {
  const out = new Map<V, string[]>();
  for (const { cell, value } of entries) out.set(value, [...(out.get(value) ?? []), cell]);
  return out;
}

/**
 * Fills and font colours by value over multi-area ranges; notes as comments. A comment is the one thing
 * ET cannot batch: AddComment fails on a cell that has one, so the cells' comments are cleared first
 * (many cells per call) and each note is then one AddComment.
 */
export function writeFormats(sheet: EtWorksheet, writes: readonly FormatWrite[]): void {
  const at = positions(writes.map((w) => w.cell));
  const cells = at.map((p) => a1(p.row, p.col));
  const fills: { cell: string; value: string | null }[] = [];
  const fonts: { cell: string; value: string | null }[] = [];
  const notes: { cell: string; value: string | null }[] = [];
  writes.forEach((w, i) => {
    if (w.format.fill !== undefined) fills.push({ cell: cells[i], value: w.format.fill });
    if (w.format.fontColor !== undefined) fonts.push({ cell: cells[i], value: w.format.fontColor });
    if (w.format.note !== undefined) notes.push({ cell: cells[i], value: w.format.note });
  });
  for (const [fill, group] of byValue(fills)) {
    for (const address of chunkAreas(group)) {
      const interior = sheet.Range(address).Interior;
      if (fill === null) interior.Pattern = XL_PATTERN_NONE;
      else interior.Color = hexToBgr(fill);
    }
  }
  for (const [color, group] of byValue(fonts)) {
    for (const address of chunkAreas(group)) {
      const font = sheet.Range(address).Font;
      if (color === null) font.ColorIndex = XL_COLOR_INDEX_AUTOMATIC;
      else font.Color = hexToBgr(color);
    }
  }
  const last = new Map(notes.map((n) => [n.cell, n.value]));
  for (const address of chunkAreas([...last.keys()])) sheet.Range(address).ClearComments();
  for (const [cell, note] of last) if (note !== null) sheet.Range(cell).AddComment(note);
}

/**
 * Values in runs: cells one below the other in a column are one block, written with one Value2
 * assignment of a column of rows (a 1-D array would be taken as one row and repeated down).
 */
export function writeValues(sheet: EtWorksheet, writes: readonly ValueWrite[]): void {
  const at = positions(writes.map((w) => w.cell));
  const last = new Map<string, { row: number; col: number; value: string | number | null }>();
  writes.forEach((w, i) => last.set(`${at[i].row},${at[i].col}`, { ...at[i], value: w.value }));
  const sorted = [...last.values()].sort((x, y) => x.col - y.col || x.row - y.row);
  const runs: { box: RangeBox; values: (string | number)[][] }[] = [];
  for (const w of sorted) {
    const run = runs[runs.length - 1];
    if (run && run.box.left === w.col && run.box.bottom === w.row - 1) {
      run.box = { ...run.box, bottom: w.row };
      run.values.push([inputOf(w.value)]);
    } else {
      runs.push({
        box: { top: w.row, left: w.col, bottom: w.row, right: w.col },
        values: [[inputOf(w.value)]],
      });
    }
  }
  for (const run of runs) sheet.Range(rangeA1(run.box)).Value2 = run.values;
}
