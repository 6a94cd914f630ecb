import type { Decimal } from './decimal';

/** A raw cell value as a host reads it (Excel, WPS, Univer, ExcelJS all reduce to these). */
export type RawValue = string | number | boolean | null;

/**
 * What one cell says, parsed once where the grid is read.
 * - `empty`: nothing typed;
 * - `na`: an explicit "not applicable" placeholder (`--`, `/`, `—`, `无`…);
 * - `number`: an exact number with its unit (`%`, `‰`, `万元`, `件`…, or null when none);
 * - `text`: anything that is not a number (kept verbatim, trimmed).
 */
export type ParsedValue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'na'; readonly text: string }
  | { readonly kind: 'number'; readonly value: Decimal; readonly unit: string | null }
  | { readonly kind: 'text'; readonly text: string };
