import type { Decimal } from '../domain/decimal';
import type { Finding } from '../domain/findings/finding';
import { numberOf, textOf } from '../domain/score/cellNumbers';
import { scoreText } from '../domain/score/rounding';
import type { Grade } from '../domain/score/scores.types';
import { cellName, findingMessage, findingValues } from '../i18n/findings.zh-CN';
import { findingsOf, type CheckedTable } from './checkWorkbook';

/** One table as reviewers and the JSON output see it: exact figures as strings, null when unknown. */
export interface TableSummary {
  readonly sheet: string;
  readonly kind: 'overall' | 'project';
  readonly unit: string;
  readonly year: number | null;
  readonly profile: string;
  readonly budget: {
    readonly planned: string | null;
    readonly actual: string | null;
    /** 执行率 in percent, e.g. "57.59". */
    readonly rate: string | null;
    readonly weight: string | null;
    /** 执行率得分 by the profile's rule, e.g. "5.76". */
    readonly score: string | null;
    readonly enteredScore: string | null;
  };
  readonly totals: {
    readonly weights: string;
    readonly enteredScore: string;
    /** null when a block of the table could not be read (see `budget-unreadable`, `indicators-unreadable`). */
    readonly ruleScore: string | null;
    /** null when a block could not be read, or a number cell stores NaN or ±Infinity: no grade then. */
    readonly grade: Grade | null;
  };
  /** Absent values are null (not missing keys), so that every JSON finding has the same keys. */
  readonly findings: readonly {
    readonly code: Finding['code'];
    readonly severity: Finding['severity'];
    readonly cell: string | null;
    readonly message: string;
    readonly expected: string | null;
    readonly actual: string | null;
  }[];
  readonly errors: number;
  readonly warnings: number;
}

const str = (d: Decimal | null, fixed?: number): string | null =>
  d === null ? null : fixed === undefined ? d.toString() : d.toFixed(fixed);

export function summarize(t: CheckedTable): TableSummary {
  const { table, scores } = t.evaluation;
  const main = table.budget.find((b) => b.key === 'total') ?? table.budget[0];
  const year = numberOf(table.meta.year);
  const b = scores.budget;
  const all = findingsOf(t);
  return {
    sheet: t.sheet,
    kind: table.kind,
    unit: textOf(table.meta.unit),
    year: year && year.isInteger() ? year.toNumber() : null,
    profile: t.profile.id,
    budget: {
      planned: str(numberOf(main?.planned), 2),
      actual: str(numberOf(main?.actual), 2),
      rate: b.main?.ratePercent ? b.main.ratePercent.toFixed(t.profile.rateDecimals) : null,
      weight: str(b.weight),
      score: b.ruleScore === null ? null : scoreText(b.ruleScore, t.profile),
      enteredScore: str(b.enteredScore),
    },
    totals: {
      weights: scores.totals.weight.toString(),
      enteredScore: scores.totals.enteredScore.toString(),
      ruleScore: scores.totals.complete ? scoreText(scores.totals.ruleScore, t.profile) : null,
      grade: scores.totals.complete ? scores.totals.grade : null,
    },
    findings: all.map((f) => ({
      code: f.code,
      severity: f.severity,
      cell: cellName(f, t.sheet) ?? null,
      message: findingMessage(f, t.sheet),
      ...findingValues(f),
    })),
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length,
  };
}
