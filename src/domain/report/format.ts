import type { Decimal } from '../decimal';
import type { Cell } from '../model';
import type { Profile } from '../profiles/profile';
import { oneLine } from '../parse/normalize';
import { withoutPrintedPrefix } from '../parse/placeholders';
import { isUnanswered, percentText, textOf } from '../score/cellNumbers';
import { scoreText } from '../score/rounding';
import { PLACEHOLDER } from './phrases.zh-CN';
import { placeholderRun, type Part } from './runs';

/**
 * How the report writes numbers: amounts in 万元 with two decimals (`1036.03 万元`), rates as the
 * table shows them (`57.59%`), scores as the profile rounds them (`95.76`, or `96` in whole points),
 * weights and counts as typed (`10`, `13`).
 */

const AMOUNT_UNIT = '万元';

export function amount(value: Decimal): string {
  return `${value.toFixed(2)} ${AMOUNT_UNIT}`;
}

/** A rate already in percent (57.59) → `57.59%`. */
export function ratePercent(percent: Decimal, profile: Profile): string {
  return `${percent.toFixed(profile.rateDecimals)}%`;
}

/** A fraction (0.9) → `90%`, with as many decimals as it needs. */
export function fractionPercent(fraction: Decimal): string {
  return `${fraction.times(100).toString()}%`;
}

/** A completion ratio (1.5) → `150.00%`. */
export function completionPercent(fraction: Decimal): string {
  return percentText(fraction, 2);
}

export function score(value: Decimal, profile: Profile): string {
  return scoreText(value, profile);
}

export function plain(value: Decimal): string {
  return value.toString();
}

export function fill(what: string): Part {
  return placeholderRun(PLACEHOLDER.fill(what));
}

/**
 * An amount cell of the 报告要素: a number in 万元 (or without unit) → `596.68 万元`; a number in another
 * unit is kept with its unit; text is kept as typed; empty → a placeholder.
 */
export function amountCell(cell: Cell | undefined, what: string): Part {
  const v = cell?.value;
  if (v?.kind === 'number')
    return v.unit === null || v.unit === AMOUNT_UNIT ? amount(v.value) : `${v.value.toString()} ${v.unit}`;
  if (v?.kind === 'text' && cellText(cell) !== '') return v.text;
  return fill(what);
}

/** A head count: `13 人`; another unit kept (`13 名`); text as typed; empty → a placeholder. */
export function countCell(cell: Cell | undefined, what: string, unit = '人'): Part {
  const v = cell?.value;
  if (v?.kind === 'number') return `${v.value.toString()} ${v.unit ?? unit}`;
  if (v?.kind === 'text' && cellText(cell) !== '') return v.text;
  return fill(what);
}

/** A text cell as typed (trimmed), or a placeholder when empty or `/`. */
export function textCell(cell: Cell | undefined, what: string): Part {
  const v = cell?.value;
  const text = cellText(cell);
  if (v === undefined || v.kind === 'empty' || v.kind === 'na' || text === '') return fill(what);
  return text;
}

/** A free-text cell as a whole sentence (one final 。), or a placeholder when empty or `/`. */
export function sentenceCell(cell: Cell | undefined, what: string): Part {
  const text = textCell(cell, what);
  return typeof text === 'string' ? asSentence(text) : text;
}

/**
 * A cell's text as the report quotes it: trimmed, '' for empty — and '' for a non-finite number
 * (NaN, Infinity), which no host should give but which must never reach the report as `NaN`.
 */
export function cellText(cell: Cell | undefined): string {
  if (cell && typeof cell.raw === 'number' && !Number.isFinite(cell.raw)) return '';
  return textOf(cell);
}

/** A label or a name (一级, 二级, a fund row, an indicator, a unit) as a sentence quotes it: on one line, no final stop. */
export function labelText(cell: Cell | undefined): string {
  return withoutStop(oneLine(cellText(cell)));
}

/** An indicator's name as a sentence quotes it: one line, without the form's printed `指标1：`. */
export function nameLabel(cell: Cell | undefined): string {
  const text = labelText(cell);
  return text === '' ? '' : withoutPrintedPrefix(text);
}

/** What the user wrote as a reason, or '' — the form's printed instruction left there is none. */
export function reasonText(cell: Cell | undefined): string {
  if (isUnanswered(cell) || cell?.value.kind === 'na') return '';
  return cellText(cell);
}

const EXCLAIMED = /[！？!?]$/u;
const TRAILING_STOP = /[。．.；;，,、：:\s]+$/u;
const STOP_CHAR = /[。．.；;，,、：:\s]/u;

/** The text without its trailing stops; the regex only when the last character is one (a report of
 * 1,000 indicators asks this thousands of times, and the anchored regex scans the whole text). */
function trimStops(text: string): string {
  return text !== '' && STOP_CHAR.test(text[text.length - 1]) ? text.replace(TRAILING_STOP, '') : text;
}

/**
 * Ends a sentence taken from a cell with one 。: whatever stops and pauses the cell ends with
 * (`。`, `，`, `；`, `，。`) go first, so that none is doubled; a ！ or ？ stays.
 */
export function asSentence(text: string): string {
  const core = trimStops(text);
  return EXCLAIMED.test(core) ? core : `${core}。`;
}

/** A cell sentence quoted inside a report sentence: its final stop removed. */
export function withoutStop(text: string): string {
  return trimStops(text);
}

/**
 * A cell text set inside “…” in a report sentence: its final stop removed, and its own double quotes
 * turned into single ones (`进京“非访”率` → `进京‘非访’率`), as nested quotes are written in Chinese.
 */
export function quotable(text: string): string {
  return withoutStop(text).replace(/“/g, '‘').replace(/”/g, '’');
}

/** Lines of a free-text cell (工作成绩 typed with line breaks), empty lines dropped. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** A four-digit year standing alone (`1900.25` is not one). */
const YEAR = /(?<![\d.])(?:19|20|21)\d{2}(?![\d.])/;

/** The year of the table (`2020`, `（2020 年度）`, `2020年`), or null. */
export function yearOf(cell: Cell | undefined): string | null {
  if (!cell) return null;
  if (cell.value.kind === 'number') {
    const y = cell.value.value;
    return y.isInteger() && y.gte(1900) && y.lte(2199) ? y.toString() : null;
  }
  const m = YEAR.exec(
    cellText(cell).replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
  );
  return m ? m[0] : null;
}
