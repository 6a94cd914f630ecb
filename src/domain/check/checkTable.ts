import type { Draft, Finding } from '../findings/finding';
import type { EvaluationTable } from '../model';
import type { Profile } from '../profiles/profile';
import type { Scores } from '../score/scores.types';
import { findingMessage } from '../../i18n/findings.zh-CN';
import { parseA1 } from '../../templates/a1';
import { RULES } from './rules';

/** Row-major order of the cells, findings without a cell first. */
function position(cell: string | undefined): number {
  const p = cell ? parseA1(cell) : null;
  return p ? p.row * 20000 + p.col : -1;
}

/**
 * Gives drafts their severity (from the profile; 'off' drops them) and their zh-CN message,
 * removes duplicates (the reader and a rule may both see a shifted row) and sorts by cell.
 */
export function finalizeFindings(drafts: readonly Draft[], profile: Profile): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const d of drafts) {
    const key = `${d.code}@${d.cell ?? ''}`;
    const severity = profile.severities[d.code];
    if (seen.has(key) || severity === 'off') continue;
    seen.add(key);
    out.push({ ...d, severity, message: findingMessage(d) } as Finding);
  }
  return out
    .map((f, i) => ({ f, i, p: position(f.cell) }))
    .sort((a, b) => a.p - b.p || a.i - b.i)
    .map((x) => x.f);
}

/** Runs every rule on a scored table; `extra` are drafts found while reading the sheet. */
export function checkTable(
  table: EvaluationTable,
  scores: Scores,
  profile: Profile,
  extra: readonly Draft[] = [],
): Finding[] {
  const ctx = { table, scores, profile };
  return finalizeFindings([...extra, ...RULES.flatMap((rule) => rule(ctx))], profile);
}
