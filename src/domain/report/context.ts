import { Decimal } from '../decimal';
import type { Evaluation } from '../evaluate';
import type { FindingCode } from '../findings/codes';
import type { Finding } from '../findings/finding';
import type { Indicator } from '../model';
import type { Profile } from '../profiles/profile';
import { MISSING } from './phrases.zh-CN';
import { fill, labelText, yearOf } from './format';
import type { ReportInputs } from './reportInputs';
import type { Part } from './runs';

/** What every section of the report reads: the evaluation, the 报告要素, the profile, and a few shared parts. */
export interface NarrateContext {
  readonly evaluation: Evaluation;
  readonly inputs: ReportInputs;
  readonly profile: Profile;
  /** `2020`, or a placeholder. */
  readonly year: Part;
  /** The unit (整体) or project name, or a placeholder. */
  readonly unit: Part;
  readonly findings: <C extends FindingCode>(code: C) => Extract<Finding, { code: C }>[];
  /** The profile's thresholds as Decimals: 执行率 needing a reason, over-completion needing one. */
  readonly executionReasonBelow: Decimal;
  readonly overCompletionAtLeast: Decimal;
  /** No indicator carries a weight and 执行率 cannot be scored: the table is not filled in yet. */
  readonly nothingScored: boolean;
  /** The indicator a cell belongs to (any of its cells), to name the indicator a finding points at. */
  readonly indicatorAt: (cell: string | null) => Indicator | undefined;
  /** Cells (三级指标 or 指标值) of rows the checks found shifted. */
  readonly shiftedCells: ReadonlySet<string>;
}

/** The indicator owning each cell a finding points at (only those cells: a table may have thousands of rows). */
function indicatorsByFindingCell(evaluation: Evaluation): Map<string, Indicator> {
  const wanted = new Set<string>();
  for (const f of evaluation.findings) if (f.cell !== null) wanted.add(f.cell);
  const byCell = new Map<string, Indicator>();
  if (wanted.size === 0) return byCell;
  const note = (ind: Indicator, cell: string | undefined) => {
    if (cell !== undefined && wanted.has(cell) && !byCell.has(cell)) byCell.set(cell, ind);
  };
  for (const ind of evaluation.table.indicators) {
    note(ind, ind.name.cell);
    note(ind, ind.target.cell);
    note(ind, ind.actual.cell);
    note(ind, ind.weight.cell);
    note(ind, ind.score.cell);
    note(ind, ind.reason.cell);
    note(ind, ind.level2.cell);
  }
  return byCell;
}

export function createContext(
  evaluation: Evaluation,
  inputs: ReportInputs | null,
  profile: Profile,
): NarrateContext {
  const { meta, kind } = evaluation.table;
  const byCode = new Map<FindingCode, Finding[]>();
  for (const f of evaluation.findings) {
    const list = byCode.get(f.code);
    if (list) list.push(f);
    else byCode.set(f.code, [f]);
  }
  const unitText = labelText(meta.unit);
  const byCell = indicatorsByFindingCell(evaluation);
  return {
    evaluation,
    inputs: inputs ?? {},
    profile,
    year: yearOf(meta.year) ?? fill(MISSING.year),
    unit: unitText !== '' ? unitText : fill(kind === 'project' ? MISSING.projectName : MISSING.unit),
    findings: <C extends FindingCode>(code: C) => (byCode.get(code) ?? []) as Extract<Finding, { code: C }>[],
    nothingScored:
      !evaluation.scores.totals.complete ||
      (evaluation.scores.level1.every((g) => g.weight.isZero()) &&
        evaluation.scores.budget.ruleScore === null),
    executionReasonBelow: new Decimal(profile.executionReasonBelow),
    overCompletionAtLeast: new Decimal(profile.overCompletionAtLeast),
    indicatorAt: (cell) => (cell === null ? undefined : byCell.get(cell)),
    shiftedCells: new Set((byCode.get('row-shifted') ?? []).flatMap((f) => (f.cell ? [f.cell] : []))),
  };
}
