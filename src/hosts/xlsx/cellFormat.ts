import type ExcelJS from 'exceljs';
import type { CellFormat, NativeFormat } from '../sheetHost';
import { solidFill } from './cellStyle';
import { removeNote } from './exceljsInternals';

type ExcelNote = string | ExcelJS.Comment;

/** The exact ExcelJS fill and note of a cell, kept so that a restore gives back a theme fill or a rich note. */
interface XlsxNative {
  readonly fill: ExcelJS.Fill | null;
  readonly note: ExcelNote | null;
}

const KIND = 'xlsx';

/** A deep copy through JSON: what is saved is exactly what the store gives back after a reopen. */
function copy<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/** '#RRGGBB' of an ARGB colour, else null (theme and indexed colours: the native copy covers them). */
function hexOf(color: Partial<ExcelJS.Color> | undefined): string | null {
  const argb = color?.argb;
  return typeof argb === 'string' && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null;
}

/** '#RRGGBB' of a solid fill with an RGB colour, else null (patterns, gradients, themes). */
export function portableFill(fill: ExcelJS.Fill | undefined): string | null {
  if (fill?.type !== 'pattern' || fill.pattern !== 'solid') return null;
  return hexOf(fill.fgColor);
}

export function portableNote(note: ExcelNote | undefined): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

export function formatOf(cell: ExcelJS.Cell): CellFormat {
  const fill = cell.style.fill;
  const note: ExcelNote | undefined = cell.note;
  const native: XlsxNative = { fill: fill ? copy(fill) : null, note: note === undefined ? null : copy(note) };
  return {
    fill: portableFill(fill),
    fontColor: hexOf(cell.style.font?.color),
    note: portableNote(note),
    native: { host: KIND, data: native as unknown as NativeFormat },
  };
}

/** Sets the fields present; `native` of this host restores them exactly. */
export function applyFormat(cell: ExcelJS.Cell, format: Partial<CellFormat>): void {
  const exact = format.native?.host === KIND ? (format.native.data as unknown as XlsxNative) : null;
  // A new style object: after a load ExcelJS shares one style object between cells of the same format.
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (format.fill !== undefined) {
    const fill = exact ? exact.fill : format.fill === null ? null : solidFill(format.fill);
    if (fill === null) delete style.fill;
    else style.fill = fill;
  }
  if (format.fontColor !== undefined) {
    const font: Partial<ExcelJS.Font> = { ...style.font };
    if (format.fontColor === null) delete font.color;
    else font.color = { argb: `FF${format.fontColor.slice(1)}` };
    style.font = font;
  }
  cell.style = style;
  if (format.note !== undefined) {
    const note = exact ? exact.note : format.note;
    if (note === null) removeNote(cell);
    else cell.note = note;
  }
}
