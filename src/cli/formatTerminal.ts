import type { TableSummary } from '../app/summarize';
import { CLI_TEXT as T } from '../i18n/cli.zh-CN';
import { displayWidth, padEnd } from './textWidth';

/** The findings of one table as a readable terminal table: cell, severity, message. */
export function formatTable(file: string, s: TableSummary): string {
  const lines = [
    T.tableHeading(file, s.sheet, s.unit, s.year === null ? '' : `${s.year}年度`),
    T.tableFigures(
      s.budget.rate === null ? T.blank : `${s.budget.rate}%`,
      s.budget.score ?? T.blank,
      s.totals.ruleScore ?? T.blank,
      s.totals.grade ?? T.blank,
      s.profile,
    ),
  ];
  if (s.findings.length === 0) return [...lines, T.noFindings, ''].join('\n');
  const rows = s.findings.map((f) => [
    f.cell ?? T.blank,
    T.severity[f.severity],
    f.cell && f.message.startsWith(`${f.cell}：`) ? f.message.slice(f.cell.length + 1) : f.message,
  ]);
  const header = [T.columns.cell, T.columns.severity, T.columns.message];
  const w0 = Math.max(displayWidth(header[0]), ...rows.map((r) => displayWidth(r[0])));
  const w1 = Math.max(displayWidth(header[1]), ...rows.map((r) => displayWidth(r[1])));
  const line = (r: readonly string[]) => `${padEnd(r[0], w0)}  ${padEnd(r[1], w1)}  ${r[2]}`;
  const infos = s.findings.filter((f) => f.severity === 'info').length;
  return [...lines, line(header), ...rows.map(line), T.counts(s.errors, s.warnings, infos), ''].join('\n');
}
