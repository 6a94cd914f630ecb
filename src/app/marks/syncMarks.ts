import type { RangeBox } from '../../templates/a1';
import type { CellFormat, SheetHost } from '../../hosts/sheetHost';
import { MARKS_KEY, parseMarkRecords, serializeMarkRecords, type MarkRecord } from './markRecords';
import { planMarks, scopeMarks, type WantedMark } from './planMarks';

/** The marks one sheet (or one table on it, when `area` is set) should carry after the sync. */
export interface SheetMarks {
  readonly sheet: string;
  /** Only marks inside it are touched (a live re-check of one table); null: the whole sheet. */
  readonly area: RangeBox | null;
  readonly wanted: readonly WantedMark[];
}

/**
 * The one implementation of marking and clearing, for every host: stale marks are restored to the
 * exact format the cell had before, new ones save that format first, unchanged ones are not written.
 * Round trips: one store read, then per sheet one format read and at most one format write, and at
 * most one store write — whatever the number of cells.
 */
export async function syncMarks(host: SheetHost, sheets: readonly SheetMarks[]): Promise<void> {
  const records = parseMarkRecords(await host.readStore(MARKS_KEY));
  await apply(host, records, sheets);
}

/**
 * Clears every mark we made (or those of one sheet), restoring each cell. Marks on a sheet that is gone
 * (deleted or renamed by the user) cannot be restored and are forgotten.
 */
export async function clearMarks(host: SheetHost, sheet?: string): Promise<void> {
  const records = parseMarkRecords(await host.readStore(MARKS_KEY));
  if (records.length === 0) return;
  const present = new Set((await host.listSheets()).map((s) => s.name));
  const targets = [...new Set(records.map((r) => r.sheet))].filter((s) => sheet === undefined || s === sheet);
  const live = records.filter((r) => present.has(r.sheet) || !targets.includes(r.sheet));
  await apply(
    host,
    live,
    targets.filter((s) => present.has(s)).map((s) => ({ sheet: s, area: null, wanted: [] })),
    records,
  );
}

async function apply(
  host: SheetHost,
  records: readonly MarkRecord[],
  sheets: readonly SheetMarks[],
  stored: readonly MarkRecord[] = records,
): Promise<void> {
  let next = [...records];
  for (const { sheet, area, wanted } of sheets) {
    const scope = scopeMarks(next, sheet, area, wanted);
    if (scope.cellsToRead.length === 0) continue;
    const formats = await host.readFormats(sheet, scope.cellsToRead);
    const current = new Map<string, CellFormat>(scope.cellsToRead.map((c, i) => [c, formats[i]]));
    const planned = planMarks(sheet, scope, wanted, current);
    if (planned.writes.length > 0) await host.writeFormats(sheet, planned.writes);
    next = planned.records;
  }
  const after = serializeMarkRecords(next);
  if (after !== serializeMarkRecords(stored)) await host.writeStore(MARKS_KEY, after);
}
