import type { Decimal } from '../domain/decimal';
import { numberOf, textOf } from '../domain/score/cellNumbers';
import { scoreText } from '../domain/score/rounding';
import type { Finding } from '../domain/findings/finding';
import { findingMessage } from '../i18n/findings.zh-CN';
import { findingsOf, type CheckedTable } from './checkWorkbook';
import type { FindingView, ProfileChoice, TableView } from './session.types';

const str = (d: Decimal | null, fixed?: number): string | null =>
  d === null ? null : fixed === undefined ? d.toString() : d.toFixed(fixed);

export function findingView(f: Finding, homeSheet?: string): FindingView {
  return { finding: f, message: findingMessage(f, homeSheet), target: { sheet: f.sheet, cell: f.cell } };
}

/** A checked table as the pane shows it: exact figures as strings, findings with their sentences. */
export function tableView(t: CheckedTable): TableView {
  const { table, scores } = t.evaluation;
  const main = table.budget.find((b) => b.key === 'total') ?? table.budget[0];
  const year = numberOf(table.meta.year);
  const b = scores.budget;
  const findings = findingsOf(t).map((f) => findingView(f, t.sheet));
  const count = (s: Finding['severity']) => findings.filter((f) => f.finding.severity === s).length;
  const profile: ProfileChoice = { id: t.profile.id, name: t.profile.name };
  return {
    ref: { sheet: t.sheet, area: t.area },
    kind: table.kind,
    unit: textOf(table.meta.unit),
    year: year && year.isInteger() ? year.toNumber() : null,
    profile,
    budget: {
      planned: str(numberOf(main?.planned), 2),
      actual: str(numberOf(main?.actual), 2),
      rate: b.main?.ratePercent ? b.main.ratePercent.toFixed(t.profile.rateDecimals) : null,
      weight: str(b.weight),
      ruleScore: b.ruleScore === null ? null : scoreText(b.ruleScore, t.profile),
      enteredScore: str(b.enteredScore),
    },
    level1: scores.level1.map((g) => ({
      label: g.label.replace(/\s+/g, ''),
      declaredWeight: str(g.declaredWeight),
      weight: g.weight.toString(),
      enteredScore: g.enteredScore.toString(),
      ruleScore: scoreText(g.ruleScore, t.profile),
    })),
    totals: {
      weight: scores.totals.weight.toString(),
      enteredScore: scores.totals.enteredScore.toString(),
      ruleScore: scoreText(scores.totals.ruleScore, t.profile),
      grade: scores.totals.grade,
      enteredGrade: scores.totals.enteredGrade,
    },
    readable: table.indicators.length > 0 || table.budget.length > 0,
    findings,
    counts: { error: count('error'), warning: count('warning'), info: count('info') },
  };
}
