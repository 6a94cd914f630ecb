import type { Draft } from '../../findings/finding';
import type { Indicator } from '../../model';
import { holdsNonFinite, textOf } from '../../score/cellNumbers';
import type { Rule } from '../rule';
import { indicatorName, isUnused } from './indicatorName';

const TRAILING_PUNCTUATION = /[。.；;，,\s]+$/;

function sameText(a: string, b: string): boolean {
  return a !== '' && a.replace(TRAILING_PUNCTUATION, '') === b.replace(TRAILING_PUNCTUATION, '');
}

/**
 * The one row-shifted detector: the reader could not fit the row under its headers, or 三级指标 holds a
 * bare number and 指标值 a sentence — the row slid one column (the reference's 成本指标).
 */
function isShifted(ind: Indicator): boolean {
  return ind.misfit === true || (ind.name.value.kind === 'number' && ind.target.expr.kind === 'text');
}

/**
 * 指标值 and 完成值 must be comparable: not a copy of the 三级指标 sentence, a measurable target,
 * a 完成值 in the same unit, and a 完成值 that is a measured value — `≥266米` copies the target's
 * operator and says nothing of what was done.
 */
export const expressionsRule: Rule = ({ table, scores }) => {
  const out: Draft[] = [];
  table.indicators.forEach((ind, i) => {
    if (isUnused(ind)) return;
    const name = indicatorName(ind);
    const target = textOf(ind.target);
    const why = scores.indicators[i].method;
    if (isShifted(ind)) {
      out.push({ code: 'row-shifted', cell: ind.name.cell, params: { name, target } });
      return;
    }
    // NaN or Infinity stored in 指标值 / 完成值 is reported as such (numberCells), not as a sentence.
    const storedNumber = holdsNonFinite(ind.target);
    if (!storedNumber && sameText(target, textOf(ind.name))) {
      out.push({ code: 'target-copies-name', cell: ind.target.cell, params: { text: target } });
    } else if (!storedNumber && why.kind === 'unscorable' && why.why === 'target-not-measurable') {
      out.push({ code: 'target-not-measurable', cell: ind.target.cell, params: { name, text: target } });
    }
    const typed = ind.actual.expr;
    if (typed.kind === 'quantitative' && typed.explicit && typed.comparator !== 'eq') {
      out.push({
        code: 'actual-copies-target',
        cell: ind.actual.cell,
        params: { name, text: textOf(ind.actual) },
      });
    }
    if (why.kind === 'unscorable' && why.why === 'actual-not-measurable' && !holdsNonFinite(ind.actual)) {
      out.push({
        code: 'actual-not-measurable',
        cell: ind.actual.cell,
        params: { name, text: textOf(ind.actual) },
      });
    }
    const t = ind.target.expr;
    const b = ind.actual.expr;
    if (
      why.kind === 'unscorable' &&
      why.why === 'unit-mismatch' &&
      t.kind === 'quantitative' &&
      b.kind === 'quantitative'
    ) {
      const units = (q: typeof t.quantities) => q.map((x) => x.unit ?? '');
      out.push({
        code: 'unit-mismatch',
        cell: ind.actual.cell,
        params: { name, targetUnits: units(t.quantities), actualUnits: units(b.quantities) },
      });
    }
  });
  return out;
};
