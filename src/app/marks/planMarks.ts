import type { Severity } from '../../domain/profiles/profile';
import type { CellFormat, FormatWrite } from '../../hosts/sheetHost';
import type { RangeBox } from '../../templates/a1';
import { parseA1 } from '../../templates/a1';
import type { MarkRecord } from './markRecords';

/** Excel's own "bad / neutral" highlight colours, and a light blue for information. */
export const MARK_FILLS: Readonly<Record<Severity, string>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

/** One cell we want marked: the most severe level among its findings, and all their messages. */
export interface WantedMark {
  readonly cell: string;
  readonly severity: Severity;
  readonly note: string;
}

/** What a sync will do on one sheet, before any format is read. */
export interface MarkSyncScope {
  /** Records of this sheet inside the scope: the marks this sync owns. */
  readonly owned: readonly MarkRecord[];
  /** Records it leaves alone (other sheets, other tables). */
  readonly kept: readonly MarkRecord[];
  /** Cells whose current format must be read: every owned mark and every new one. */
  readonly cellsToRead: readonly string[];
}

function inside(cell: string, area: RangeBox | null): boolean {
  if (area === null) return true;
  const p = parseA1(cell);
  return p !== null && p.row >= area.top && p.row <= area.bottom && p.col >= area.left && p.col <= area.right;
}

export function scopeMarks(
  records: readonly MarkRecord[],
  sheet: string,
  area: RangeBox | null,
  wanted: readonly WantedMark[],
): MarkSyncScope {
  const owned: MarkRecord[] = [];
  const kept: MarkRecord[] = [];
  for (const r of records) (r.sheet === sheet && inside(r.cell, area) ? owned : kept).push(r);
  const cells = new Set(owned.map((r) => r.cell));
  for (const w of wanted) cells.add(w.cell);
  return { owned, kept, cellsToRead: [...cells] };
}

/**
 * The writes that bring one sheet's marks from what the records say to `wanted`, and the records after.
 * A property the user changed after our mark is theirs: a cleared mark leaves it as they set it, and a
 * renewed mark takes their value as the one to restore later. What we never touched is restored
 * exactly (with the host's native format when nothing was changed since).
 */
export function planMarks(
  sheet: string,
  scope: MarkSyncScope,
  wanted: readonly WantedMark[],
  current: ReadonlyMap<string, CellFormat>,
): { writes: FormatWrite[]; records: MarkRecord[] } {
  const want = new Map(wanted.map((w) => [w.cell, w]));
  const owned = new Map(scope.owned.map((r) => [r.cell, r]));
  const writes: FormatWrite[] = [];
  const records: MarkRecord[] = [...scope.kept];
  for (const [cell, record] of owned) {
    if (want.has(cell)) continue;
    const now = current.get(cell);
    const restore = restoring(record, now);
    if (restore) writes.push({ cell, format: restore });
  }
  for (const [cell, w] of want) {
    const applied = { fill: MARK_FILLS[w.severity], note: w.note };
    const record = owned.get(cell);
    const now = current.get(cell) ?? { fill: null, fontColor: null, note: null };
    const previous = record ? adopted(record, now) : now;
    const sameAsNow = now.fill === applied.fill && now.note === applied.note;
    if (!sameAsNow) writes.push({ cell, format: applied });
    records.push({ sheet, cell, previous, applied });
  }
  return { writes, records };
}

/** How to clear one mark: each property still as we applied it goes back; a changed one stays. */
function restoring(record: MarkRecord, now: CellFormat | undefined): Partial<CellFormat> | null {
  const fillOurs = now === undefined || now.fill === record.applied.fill;
  const noteOurs = now === undefined || now.note === record.applied.note;
  // Font colour is never ours to restore: marks do not change it.
  const { fill, note, native } = record.previous;
  if (fillOurs && noteOurs) return native ? { fill, note, native } : { fill, note };
  const out: { fill?: string | null; note?: string | null } = {};
  if (fillOurs) out.fill = fill;
  if (noteOurs) out.note = note;
  return fillOurs || noteOurs ? out : null;
}

/** The format to restore after a renewed mark: the user's own changes since our last mark win. */
function adopted(record: MarkRecord, now: CellFormat): CellFormat {
  const fillChanged = now.fill !== record.applied.fill;
  const noteChanged = now.note !== record.applied.note;
  if (!fillChanged && !noteChanged) return record.previous;
  // The native copy described the old format as a whole: with a property of it replaced it would lie.
  return {
    fill: fillChanged ? now.fill : record.previous.fill,
    fontColor: record.previous.fontColor,
    note: noteChanged ? now.note : record.previous.note,
  };
}
