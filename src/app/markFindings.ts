import type { Severity } from '../domain/profiles/profile';
import type { SheetHost } from '../hosts/sheetHost';
import { findingsOf, type CheckedTable } from './checkWorkbook';

/**
 * Marks the cells of the findings on their sheets, one host call per sheet. Several findings on one
 * cell become one mark with every message, at the most severe level.
 */
export async function markFindings(host: SheetHost, tables: readonly CheckedTable[]): Promise<number> {
  const bySheet = new Map<string, Map<string, { severity: Severity; messages: string[] }>>();
  const rank = { error: 3, warning: 2, info: 1 } as const;
  for (const t of tables) {
    for (const f of findingsOf(t)) {
      if (!f.cell) continue;
      const sheet = f.sheet ?? t.sheet;
      let cells = bySheet.get(sheet);
      if (!cells) bySheet.set(sheet, (cells = new Map()));
      const m = cells.get(f.cell);
      if (!m) cells.set(f.cell, { severity: f.severity, messages: [f.message] });
      else {
        m.messages.push(f.message);
        if (rank[f.severity] > rank[m.severity]) m.severity = f.severity;
      }
    }
  }
  let count = 0;
  for (const [sheet, cells] of bySheet) {
    const marks = [...cells.entries()].map(([cell, m]) => ({
      cell,
      severity: m.severity,
      message: m.messages.join('\n'),
    }));
    count += marks.length;
    if (marks.length) await host.mark(sheet, marks);
  }
  return count;
}
