import { Decimal } from '../decimal';
import type { Cell } from '../model';
import { normalize } from '../parse/normalize';
import { isInstruction } from '../parse/placeholders';

/** The number a cell holds, whatever its unit; null for empty, placeholders and text. */
export function numberOf(cell: Cell | undefined): Decimal | null {
  return cell?.value.kind === 'number' ? cell.value.value : null;
}

/**
 * A rate cell as a fraction: `57.59%` → 0.5759, `5‰` → 0.005; a bare number is already a fraction
 * (a percent-formatted cell stores 0.5759), unless its header says it is in percent (`执行率（%）`).
 */
export function fractionOf(cell: Cell | undefined, bareIsPercent = false): Decimal | null {
  if (cell?.value.kind !== 'number') return null;
  const { value, unit } = cell.value;
  if (unit === '%' || (unit === null && bareIsPercent)) return value.div(100);
  if (unit === '‰') return value.div(1000);
  return value;
}

/**
 * A number cell whose file stores no number: NaN or ±Infinity (`<v>NaN</v>`, `<v>1e309</v>`), which
 * another program wrote. Never read as blank, never as 0: a finding, and the table gets no grade.
 */
export function holdsNonFinite(cell: Cell | undefined): boolean {
  return typeof cell?.raw === 'number' && !Number.isFinite(cell.raw);
}

/** Nothing typed: a formula waiting to be calculated is not blank. */
export function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || (cell.value.kind === 'empty' && cell.formula === undefined);
}

/**
 * A cell where the user should have written something and did not: blank, or still holding the
 * instruction the form printed there (四川's `1.预算执行率=…（100字以内）`).
 */
export function isUnanswered(cell: Cell | undefined): boolean {
  if (isBlank(cell)) return true;
  return cell?.value.kind === 'text' && isInstruction(normalize(cell.value.text));
}

export function isPlaceholder(cell: Cell | undefined): boolean {
  return cell?.value.kind === 'na';
}

/** The cell's text as the user sees it (trimmed), '' for empty. */
export function textOf(cell: Cell | undefined): string {
  if (!cell || cell.raw === null) return '';
  return String(cell.raw).trim();
}

export function percentText(fraction: Decimal, decimals: number): string {
  return `${percentNumber(fraction, decimals)}%`;
}

/** A fraction in percent as a decimal string, e.g. 0.575929 → "57.59". */
export function percentNumber(fraction: Decimal, decimals: number): string {
  return fraction.times(100).toFixed(decimals, Decimal.ROUND_HALF_UP);
}
