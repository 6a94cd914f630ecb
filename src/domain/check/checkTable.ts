import type { Draft, Finding } from '../findings/finding';
import type { EvaluationTable } from '../model';
import type { Profile } from '../profiles/profile';
import type { Scores } from '../score/scores.types';
import { RULES } from './rules';

/** Row-major order of the cells, findings without a cell first (hot: no regex, no allocation). */
function position(cell: string | null | undefined): number {
  if (!cell) return -1;
  let col = 0;
  let row = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else row = row * 10 + (c - 48);
  }
  return row * 20000 + col;
}

/**
 * Gives drafts their severity (from the profile; 'off' drops them) and their sheet (the table's,
 * unless the draft names another), and sorts them by cell.
 */
export function finalizeFindings(drafts: readonly Draft[], profile: Profile, sheet: string): Finding[] {
  const kept: Finding[] = [];
  const positions: number[] = [];
  for (const d of drafts) {
    const severity = profile.severities[d.code];
    if (severity === 'off') continue;
    kept.push({
      code: d.code,
      severity,
      sheet: d.sheet ?? sheet,
      cell: d.cell ?? null,
      params: d.params,
    } as Finding);
    positions.push(position(d.cell));
  }
  return sortedByCell(kept, positions);
}

/** Row-major by cell (findings without a cell first), keeping the given order among equals. */
export function sortByCell(findings: readonly Finding[]): Finding[] {
  return sortedByCell(
    findings,
    findings.map((f) => position(f.cell)),
  );
}

// Sorts indexes, not wrapper objects: thousands of findings should not feed the garbage collector.
function sortedByCell(findings: readonly Finding[], positions: readonly number[]): Finding[] {
  const order = Array.from(findings.keys()).sort((a, b) => positions[a] - positions[b] || a - b);
  return order.map((i) => findings[i]);
}

/** Runs every rule on a scored table; `extra` are drafts found while reading the sheet. */
export function checkTable(
  table: EvaluationTable,
  scores: Scores,
  profile: Profile,
  extra: readonly Draft[] = [],
): Finding[] {
  const ctx = { table, scores, profile };
  const drafts: Draft[] = [...extra];
  for (const rule of RULES) for (const d of rule(ctx)) drafts.push(d);
  return finalizeFindings(drafts, profile, table.sheet ?? '');
}
