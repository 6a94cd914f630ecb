import type { Finding } from '../domain/findings/finding';
import type { Severity } from '../domain/profiles/profile';
import type { SheetHost } from '../hosts/sheetHost';
import { findingMessage } from '../i18n/findings.zh-CN';
import type { RangeBox } from '../templates/a1';
import { fitCellText } from '../templates/cellText';
import { findingsOf, type CheckedTable } from './checkWorkbook';
import { syncMarks, type SheetMarks } from './marks/syncMarks';
import type { WantedMark } from './marks/planMarks';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * The marks a set of checked tables asks for, per sheet: several findings on one cell become one mark
 * with every message, at the most severe level. `area` limits a sheet's sync to one table's rectangle.
 */
export function wantedMarks(
  tables: readonly CheckedTable[],
  scope: 'sheets' | 'tables' = 'sheets',
  alsoSheets: readonly string[] = [],
): SheetMarks[] {
  const bySheet = new Map<string, { area: RangeBox | null; cells: Map<string, WantedMark> }>();
  const entry = (sheet: string, area: RangeBox | null) => {
    let e = bySheet.get(sheet);
    if (!e) bySheet.set(sheet, (e = { area, cells: new Map() }));
    return e;
  };
  for (const s of alsoSheets) entry(s, null);
  for (const t of tables) {
    entry(t.sheet, scope === 'tables' ? t.area : null);
    for (const f of findingsOf(t))
      add(entry(f.sheet, f.sheet === t.sheet && scope === 'tables' ? t.area : null), f, t);
  }
  return [...bySheet].map(([sheet, { area, cells }]) => ({ sheet, area, wanted: [...cells.values()] }));
}

function add(e: { cells: Map<string, WantedMark> }, f: Finding, t: CheckedTable): void {
  if (f.cell === null) return;
  const message = findingMessage(f, t.sheet);
  const m = e.cells.get(f.cell);
  if (!m) e.cells.set(f.cell, { cell: f.cell, severity: f.severity, note: fitCellText(message) });
  else
    e.cells.set(f.cell, {
      cell: f.cell,
      severity: RANK[f.severity] > RANK[m.severity] ? f.severity : m.severity,
      // A note holds what a cell holds: messages quoting a long cell are cut with a visible mark.
      note: fitCellText(`${m.note}\n${message}`),
    });
}

/**
 * Marks the findings' cells and clears stale marks of an earlier check on the same sheets (also on the
 * sheets in `alsoSheets`, e.g. a 报告要素 sheet with nothing to mark any more). Returns the cells marked.
 */
export async function markFindings(
  host: SheetHost,
  tables: readonly CheckedTable[],
  alsoSheets: readonly string[] = [],
): Promise<number> {
  const sheets = wantedMarks(tables, 'sheets', alsoSheets);
  await syncMarks(host, sheets);
  return sheets.reduce((n, s) => n + s.wanted.length, 0);
}
