import type ExcelJS from 'exceljs';
import type { RawValue } from '../../domain/cellValue.types';

const pad = (n: number): string => String(n).padStart(2, '0');

/** A date as an ISO date (`2020-12-31`), with the time only when it has one. ExcelJS dates are UTC. */
export function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h === 0 && m === 0 && s === 0 ? date : `${date}T${pad(h)}:${pad(m)}:${pad(s)}`;
}

function richText(parts: readonly ExcelJS.RichText[]): string {
  return parts.map((p) => p.text).join('');
}

/**
 * An ExcelJS value (or a formula's cached result) as a raw cell value: numbers, strings, booleans as
 * they are (NaN and ±Infinity included); rich text flattened; dates as ISO strings; errors as their text (`#DIV/0!`); hyperlinks
 * as their text; a formula without a cached result as null.
 */
export function rawValue(v: ExcelJS.CellValue | ExcelJS.CellFormulaValue['result']): RawValue {
  if (v === null || v === undefined) return null;
  // NaN or ±Infinity stored in the file (`<v>NaN</v>`, `<v>1e309</v>`) is handed on: the core reports it.
  if (typeof v === 'number') return v;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return isoDate(v);
  if ('error' in v) return v.error;
  if ('richText' in v) return richText(v.richText);
  if ('formula' in v || 'sharedFormula' in v) return rawValue(v.result);
  if ('text' in v) {
    const text: unknown = v.text;
    if (typeof text === 'string') return text;
    if (typeof text === 'object' && text !== null && 'richText' in text && Array.isArray(text.richText)) {
      return richText(text.richText as ExcelJS.RichText[]);
    }
  }
  return null;
}
