/// <reference types="office-js" />
import type { XComment, XNote, XRange, XRequestContext, XWorksheet } from './excelApi';
import type { CellFormat, FormatWrite, NativeFormat } from '../sheetHost';

/**
 * Cell formats as marks use them: fill, font colour, note. Fill and font colour are read and written
 * per cell with `getCellProperties` / `setCellProperties` (ExcelApi 1.9), which give the fill's pattern
 * and tint as well as its colour, so that what was read is given back exactly. Notes are Excel notes
 * (ExcelApi 1.18, Microsoft 365); where Excel has none, threaded comments (1.10) stand in for them.
 */
export const KIND = 'excel';

interface ExcelNative {
  readonly fill: Excel.CellPropertiesFill;
  readonly fontColor: string;
  readonly note: string | null;
}

const FILL_PROPERTIES = {
  color: true,
  pattern: true,
  patternColor: true,
  tintAndShade: true,
  patternTintAndShade: true,
};
/** Excel reads "automatic" as black; both mean no font colour of our own. */
const AUTOMATIC_FONT = '#000000';

export type NoteKind = 'notes' | 'comments';

/** Notes or comments of a sheet's cells, by A1 address: what a read or a write needs to know first. */
export interface NoteReader {
  queue(cells: readonly string[]): void;
  /** After the sync(s): the note of a cell, null when none. */
  note(cell: string): { readonly text: string; readonly item: XNote | XComment } | null;
  /** Syncs needed beyond the caller's own (comments: their locations). */
  finish(context: XRequestContext): Promise<void>;
}

function notesOf(sheet: XWorksheet): NoteReader {
  const found = new Map<string, XNote>();
  return {
    queue: (cells) => cells.forEach((c) => found.set(c, sheet.notes.getItemOrNullObject(c).load('content'))),
    note: (cell) => {
      const n = found.get(cell);
      return n && !n.isNullObject ? { text: n.content, item: n } : null;
    },
    finish: async () => undefined,
  };
}

/** Comments have no address: their locations come in a second request, for every comment of the sheet. */
function commentsOf(sheet: XWorksheet): NoteReader {
  const comments = sheet.comments;
  const byCell = new Map<string, XComment>();
  return {
    queue: () => void comments.load('items/id,items/content'),
    note: (cell) => {
      const c = byCell.get(cell);
      return c ? { text: c.content, item: c } : null;
    },
    finish: async (context) => {
      if (comments.items.length === 0) return;
      const where = comments.items.map((c) => ({ c, at: c.getLocation().load('address') }));
      await context.sync();
      for (const { c, at } of where) byCell.set(at.address.slice(at.address.lastIndexOf('!') + 1), c);
    },
  };
}

export function noteReader(sheet: XWorksheet, kind: NoteKind): NoteReader {
  return kind === 'notes' ? notesOf(sheet) : commentsOf(sheet);
}

/** A cell's note as a read found it: its text, and the comment's id (a note is found by its cell). */
export interface KnownNote {
  readonly text: string;
  readonly commentId: string | null;
}

/** What a read of these cells found, so that a write right after it needs no second look (see ExcelHost). */
export function knownNotes(
  reader: NoteReader,
  kind: NoteKind,
  cells: readonly string[],
): Map<string, KnownNote | null> {
  return new Map(
    cells.map((cell) => {
      const note = reader.note(cell);
      const commentId = note && kind === 'comments' ? (note.item as XComment).id : null;
      return [cell, note && { text: note.text, commentId }];
    }),
  );
}

/** A reader answering from what a previous read found, at no cost; a stale answer fails at sync. */
export function rememberedNotes(sheet: XWorksheet, known: ReadonlyMap<string, KnownNote | null>): NoteReader {
  return {
    queue: () => undefined,
    note: (cell) => {
      const note = known.get(cell);
      if (!note) return null;
      const item =
        note.commentId === null ? sheet.notes.getItem(cell) : sheet.comments.getItem(note.commentId);
      return { text: note.text, item };
    },
    finish: async () => undefined,
  };
}

export function queueFormatRead(
  sheet: XWorksheet,
  cells: readonly string[],
  notes: NoteReader,
): () => CellFormat[] {
  const props = cells.map((c) =>
    sheet.getRange(c).getCellProperties({ format: { fill: FILL_PROPERTIES, font: { color: true } } }),
  );
  notes.queue(cells);
  return () =>
    cells.map((cell, i) => {
      const format = props[i].value[0][0].format ?? {};
      const fill = format.fill ?? { pattern: 'None' };
      const font = format.font?.color ?? AUTOMATIC_FONT;
      const note = notes.note(cell)?.text ?? null;
      const native: ExcelNative = { fill, fontColor: font, note };
      return {
        fill: fill.pattern === 'None' || fill.color === undefined ? null : fill.color.toUpperCase(),
        fontColor: font.toUpperCase() === AUTOMATIC_FONT ? null : font.toUpperCase(),
        note,
        native: { host: KIND, data: native as unknown as NativeFormat },
      };
    });
}

function setFill(range: XRange, fill: Excel.CellPropertiesFill | string | null): void {
  if (
    fill === null ||
    (typeof fill === 'object' && (fill.pattern === 'None' || fill.pattern === undefined))
  ) {
    range.format.fill.clear();
  } else if (typeof fill === 'string') range.format.fill.color = fill;
  else range.setCellProperties([[{ format: { fill } }]]);
}

function setNote(
  sheet: XWorksheet,
  kind: NoteKind,
  cell: string,
  now: ReturnType<NoteReader['note']>,
  text: string | null,
): void {
  // An unchanged note is left alone: rewriting it would make us its author.
  if ((now?.text ?? null) === text) return;
  if (text === null) now?.item.delete();
  else if (now) now.item.content = text;
  else if (kind === 'notes') sheet.notes.add(cell, text);
  else sheet.comments.add(cell, text);
}

/** Queues the writes; `notes` must have been read (when a write changes a note). Only fields present change. */
export function queueFormatWrites(
  sheet: XWorksheet,
  kind: NoteKind,
  writes: readonly FormatWrite[],
  notes: NoteReader,
): void {
  for (const { cell, format } of writes) {
    const exact = format.native?.host === KIND ? (format.native.data as unknown as ExcelNative) : null;
    const range = sheet.getRange(cell);
    if (format.fill !== undefined) setFill(range, exact ? exact.fill : format.fill);
    if (format.fontColor !== undefined)
      range.format.font.color = exact ? exact.fontColor : (format.fontColor ?? AUTOMATIC_FONT);
    if (format.note !== undefined)
      setNote(sheet, kind, cell, notes.note(cell), exact ? exact.note : format.note);
  }
}
