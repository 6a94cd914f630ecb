import { Decimal, sum } from '../domain/decimal';
import type { Cell } from '../domain/model';
import { gradeOf } from '../domain/score/grade';
import { fractionOf, numberOf } from '../domain/score/cellNumbers';
import { roundScore } from '../domain/score/rounding';
import { parseA1, type RangeBox } from '../templates/a1';
import type { Grid } from '../templates/grid';
import type { CheckedTable } from './checkWorkbook';

/** Which kind of cell a suggestion fills: 执行率, 执行率得分, an indicator's 得分, 总分, 评价等级. */
export type ScoreField = 'rate' | 'budgetScore' | 'indicatorScore' | 'total' | 'grade';

export interface ScoreChange {
  readonly sheet: string;
  readonly cell: string;
  readonly field: ScoreField;
  /** The budget row's label or the indicator's name, as the sheet has it ('' for 总分 and 等级). */
  readonly name: string;
  /** What the cell holds now (null when empty). */
  readonly before: string | number | boolean | null;
  /** What it gets: a number, a text (a rate typed as text stays text, '57.59%'), or null to empty it. */
  readonly after: string | number | null;
}

function inside(cell: string, area: RangeBox): boolean {
  const p = parseA1(cell);
  return p !== null && p.row >= area.top && p.row <= area.bottom && p.col >= area.left && p.col <= area.right;
}

function formulaAt(grid: Grid, cell: string): boolean {
  const p = parseA1(cell);
  const f = p ? grid.formulas?.[p.row - 1]?.[p.col - 1] : null;
  return f !== null && f !== undefined && f !== '';
}

/** A score as a number for the sheet: exact for the profile's decimals (5.76, or 6). */
const asNumber = (d: Decimal): number => Number(d.toFixed());

/**
 * The cells 填入建议得分 would change so that the table agrees with the rules: each 执行率 typed by
 * hand, 执行率得分, every indicator 得分 the rules can compute, and — when they hold plain values — 总分
 * and 评价等级 after those changes. Never a formula cell (the sheet computes those itself), never a cell
 * outside the table. Pure: the grid is the sheet as read for this check.
 */
export function suggestScores(t: CheckedTable, grid: Grid): ScoreChange[] {
  const { table, scores } = t.evaluation;
  const profile = t.profile;
  const out: ScoreChange[] = [];
  const consider = (c: Cell | undefined, field: ScoreField, name: string, after: string | number | null) => {
    if (!c?.cell || c.formula !== undefined || !inside(c.cell, t.area) || formulaAt(grid, c.cell)) return;
    const before = c.raw;
    if (before === after || (before === null && after === null)) return;
    out.push({ sheet: t.sheet, cell: c.cell, field, name, before: before === '' ? null : before, after });
  };

  table.budget.forEach((row, i) => {
    const computed = scores.budget.rows[i];
    const rate = row.rate;
    if (!rate) return;
    const entered = fractionOf(rate);
    if (computed.ratePercent === null) {
      if (entered !== null && entered.isZero()) consider(rate, 'rate', row.label, null);
      return;
    }
    const enteredPercent = entered?.times(100).toDecimalPlaces(profile.rateDecimals, Decimal.ROUND_HALF_UP);
    if (enteredPercent?.eq(computed.ratePercent)) return;
    const typedAsText = typeof rate.raw === 'string';
    consider(
      rate,
      'rate',
      row.label,
      typedAsText
        ? `${computed.ratePercent.toFixed(profile.rateDecimals)}%`
        : asNumber(computed.ratePercent.div(100)),
    );
  });

  const main = table.budget.find((r) => r.key === 'total') ?? table.budget[0];
  const budgetRule = scores.budget.ruleScore;
  let budgetAfter = scores.budget.enteredScore;
  if (main?.score && budgetRule !== null && !(scores.budget.enteredScore?.eq(budgetRule) ?? false)) {
    consider(main.score, 'budgetScore', main.label, asNumber(budgetRule));
    budgetAfter = budgetRule;
  }

  const indicatorScores = table.indicators.map((ind, i) => {
    const s = scores.indicators[i];
    if (s.ruleScore === null || s.method.kind === 'unscorable') return s.enteredScore;
    if (s.enteredScore?.eq(s.ruleScore)) return s.enteredScore;
    consider(ind.score, 'indicatorScore', indicatorLabel(ind.name, ind.level2), asNumber(s.ruleScore));
    return s.ruleScore;
  });

  if (out.length > 0) {
    const total = roundScore(
      sum([budgetAfter, ...indicatorScores].filter((d): d is Decimal => d !== null)),
      profile,
    );
    const enteredTotal = numberOf(table.totals.score);
    if (enteredTotal !== null && !enteredTotal.eq(total))
      consider(table.totals.score, 'total', '', asNumber(total));
    const grade = gradeOf(total, profile);
    const enteredGrade = table.totals.grade?.raw;
    // No grade is suggested for a table that gets none (a number cell stores NaN or ±Infinity).
    if (
      scores.totals.grade !== null &&
      typeof enteredGrade === 'string' &&
      enteredGrade.trim() !== '' &&
      enteredGrade.trim() !== grade
    )
      consider(table.totals.grade, 'grade', '', grade);
  }
  return out;
}

function indicatorLabel(name: Cell, level2: Cell): string {
  const text = (c: Cell) => (c.raw === null ? '' : String(c.raw).trim());
  return text(name) || text(level2);
}
