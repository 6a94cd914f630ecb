import type { ICellData, IColorStyle, IStyleData, Nullable } from '@univerjs/core';
import type { FWorksheet } from '@univerjs/sheets/facade';
import type { ISheetNote } from '@univerjs/sheets-note';
import type { CellFormat, NativeFormat } from '../sheetHost';
import { hexColor } from './cellStyle';

export const KIND = 'univer';

/** Univer's size for a new note (its note editor's default). */
const NOTE_SIZE = { width: 160, height: 72 } as const;

/** What a note is beyond its text: its box and whether it stays shown. */
type NoteBox = Pick<ISheetNote, 'note' | 'width' | 'height'> & { readonly show?: boolean };

/** A cell's exact fill, font colour and note, as Univer holds them (theme colours included). */
interface UniverNative {
  readonly bg: IColorStyle | null;
  readonly cl: IColorStyle | null;
  readonly note: NoteBox | null;
}

export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

function copy<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

function noteBox(note: ISheetNote): NoteBox {
  return {
    note: note.note,
    width: note.width,
    height: note.height,
    ...(note.show === undefined ? {} : { show: note.show }),
  };
}

/** The notes of a sheet by 'row:col' (0-based): one lookup for any number of cells. */
export function notesOf(ws: FWorksheet): Map<string, ISheetNote> {
  return new Map(ws.getNotes().map((n) => [`${n.row}:${n.col}`, n]));
}

export function formatOf(style: Nullable<IStyleData>, note: ISheetNote | undefined): CellFormat {
  const native: UniverNative = {
    bg: style?.bg ? copy(style.bg) : null,
    cl: style?.cl ? copy(style.cl) : null,
    note: note ? noteBox(note) : null,
  };
  return {
    fill: hexColor(style?.bg?.rgb),
    fontColor: hexColor(style?.cl?.rgb),
    note: note ? note.note : null,
    native: { host: KIND, data: native as unknown as NativeFormat },
  };
}

function nativeOf(format: Partial<CellFormat>): UniverNative | null {
  return format.native?.host === KIND ? (format.native.data as unknown as UniverNative) : null;
}

/**
 * The value write that changes a cell's fill and font colour and nothing else: null removes a colour.
 * The cell's type and formula go along: without its type Univer re-types a text such as '596.68' as a
 * number, and without its formula Univer's formula plugin takes the write for a value typed over it.
 */
export function styleWrite(format: Partial<CellFormat>, current: Nullable<ICellData>): ICellData | null {
  const exact = nativeOf(format);
  const s: IStyleData = {};
  if (format.fill !== undefined) s.bg = exact ? exact.bg : format.fill === null ? null : { rgb: format.fill };
  if (format.fontColor !== undefined)
    s.cl = exact ? exact.cl : format.fontColor === null ? null : { rgb: format.fontColor };
  if (Object.keys(s).length === 0) return null;
  const write: ICellData = { s };
  if (current?.t != null) write.t = current.t;
  if (current?.f) write.f = current.f;
  if (current?.si) write.si = current.si;
  return write;
}

/** The note a write asks for: undefined leaves it, null removes it. */
export function noteWrite(
  format: Partial<CellFormat>,
  current: ISheetNote | undefined,
): NoteBox | null | undefined {
  if (format.note === undefined) return undefined;
  const exact = nativeOf(format);
  if (exact) return exact.note;
  if (format.note === null) return null;
  return {
    note: format.note,
    width: current?.width ?? NOTE_SIZE.width,
    height: current?.height ?? NOTE_SIZE.height,
    ...(current?.show === undefined ? {} : { show: current.show }),
  };
}
