import type { Cell, Indicator } from '../../model';
import { oneLine } from '../../parse/normalize';
import { withoutPrintedPrefix } from '../../parse/placeholders';
import { textOf } from '../../score/cellNumbers';

/**
 * How findings name an indicator: its 三级 name without the form's printed `指标1：`, else its 二级
 * label, on one line.
 */
export function indicatorName(ind: Indicator): string {
  const name = textOf(ind.name);
  const named = name === '' ? '' : withoutPrintedPrefix(oneLine(name));
  return named || oneLine(textOf(ind.level2)) || `第${ind.row ?? '?'}行`;
}

/** A row the user left as a placeholder (`/`, `--`) or entirely empty is not an indicator. */
export function isUnused(ind: Indicator): boolean {
  return (
    blankOrNa(ind.name) &&
    blankOrNa(ind.target) &&
    blankOrNa(ind.actual) &&
    blankOrNa(ind.weight) &&
    blankOrNa(ind.score)
  );
}

function blankOrNa(c: Cell): boolean {
  return c.value.kind === 'empty' || c.value.kind === 'na';
}
