import type { FindingView } from '../../app/session.types';

export type Severity = FindingView['finding']['severity'];

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface FindingGroup {
  readonly severity: Severity;
  readonly findings: readonly FindingView[];
}

/** Findings by severity, most severe first, each group in the session's (cell) order; empty groups left out. */
export function groupBySeverity(findings: readonly FindingView[]): readonly FindingGroup[] {
  return SEVERITIES.map((severity) => ({
    severity,
    findings: findings.filter((f) => f.finding.severity === severity),
  })).filter((g) => g.findings.length > 0);
}

/** Where a finding points, as the list shows it: `H23`, or `报告要素!B7` off the table's sheet. */
export function placeOf(view: FindingView, tableSheet: string | null): string | null {
  const { sheet, cell } = view.target;
  if (cell === null) return null;
  return sheet === tableSheet ? cell : `${sheet}!${cell}`;
}

/** The message without its leading `H23：` when the list already shows the cell beside it. */
export function messageBody(view: FindingView): string {
  const cell = view.target.cell;
  if (cell === null) return view.message;
  for (const prefix of [`${view.target.sheet}!${cell}：`, `${cell}：`]) {
    if (view.message.startsWith(prefix)) return view.message.slice(prefix.length);
  }
  return view.message;
}
