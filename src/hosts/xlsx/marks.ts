import type ExcelJS from 'exceljs';
import type { CellMark } from '../sheetHost';
import { a1, parseA1 } from '../../templates/a1';
import { BadAddressError, MARK_FILLS } from '../shared';
import { solidFill } from './cellStyle';
import { removeNote } from './exceljsInternals';
import { readEntries, findStore, type SavedCellFormat, writeEntries, type XlsxMarkEntry } from './markStore';

type ExcelNote = string | ExcelJS.Comment;

export function canonicalCell(ref: string): string {
  const pos = parseA1(ref);
  if (pos === null) throw new BadAddressError(ref);
  return a1(pos.row, pos.col);
}

/** A deep copy through JSON: what is saved is exactly what the store will give back after a reopen. */
function copy<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/** '#RRGGBB' of a solid fill with an RGB colour, else null (themes, gradients, patterns: the exact copy covers them). */
export function portableFill(fill: ExcelJS.Fill | undefined): string | null {
  if (fill?.type !== 'pattern' || fill.pattern !== 'solid') return null;
  const color = fill.fgColor?.argb;
  return typeof color === 'string' && /^[0-9A-Fa-f]{8}$/.test(color)
    ? `#${color.slice(2).toUpperCase()}`
    : null;
}

export function portableNote(note: ExcelNote | undefined): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

function savedFormat(cell: ExcelJS.Cell): SavedCellFormat {
  const fill = cell.style.fill;
  const note: ExcelNote | undefined = cell.note;
  return {
    fill: portableFill(fill),
    note: portableNote(note),
    xlsx: { fill: fill ? copy(fill) : null, note: note === undefined ? null : copy(note) },
  } as SavedCellFormat;
}

function restore(cell: ExcelJS.Cell, previous: SavedCellFormat): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  delete style.fill;
  // A store written by another host has only the portable form.
  const exact = previous.xlsx;
  const fill = exact
    ? (exact.fill as ExcelJS.Fill | null)
    : previous.fill === null
      ? null
      : solidFill(previous.fill);
  cell.style = fill === null ? style : { ...style, fill };
  const note = exact ? (exact.note as ExcelNote | null) : previous.note;
  if (note === null) removeNote(cell);
  else cell.note = note;
}

/**
 * Fills each cell by severity and sets its note to the message. Only a cell's first mark saves its
 * format (a second would save the first mark's fill). Every address is checked before anything changes.
 */
export function markCells(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, marks: readonly CellMark[]): void {
  const targets = marks.map((m) => ({ mark: m, ref: canonicalCell(m.cell) }));
  if (targets.length === 0) return;
  const store = findStore(wb);
  const entries: XlsxMarkEntry[] = store ? readEntries(store) : [];
  const saved = new Set(entries.filter((e) => e.sheet === ws.name).map((e) => e.cell));
  for (const { mark, ref } of targets) {
    const cell = ws.getCell(ref);
    if (!saved.has(ref)) {
      entries.push({ sheet: ws.name, cell: ref, previous: savedFormat(cell) });
      saved.add(ref);
    }
    // A new style object: after a load ExcelJS shares one style object between cells of the same format.
    cell.style = { ...cell.style, fill: solidFill(MARK_FILLS[mark.severity]) };
    cell.note = mark.message;
  }
  writeEntries(wb, entries);
}

/** Restores the fill and note each marked cell of the sheet had before; no-op when nothing is marked. */
export function clearCellMarks(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  const store = findStore(wb);
  if (store === undefined) return;
  const entries = readEntries(store);
  const mine = entries.filter((e) => e.sheet === ws.name);
  if (mine.length === 0) return;
  for (const entry of mine) restore(ws.getCell(canonicalCell(entry.cell)), entry.previous);
  writeEntries(
    wb,
    entries.filter((e) => e.sheet !== ws.name),
  );
}
