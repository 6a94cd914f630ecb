/**
 * What people type for "not applicable" (the reference form fills whole rows with `/` and its
 * 分值/得分 cells with `--`). Compared after folding, without spaces, case-insensitively.
 */
const PLACEHOLDERS: ReadonlySet<string> = new Set([
  '-',
  '--',
  '---',
  '—',
  '——',
  '–',
  '––',
  '—/—',
  '-/-',
  '/',
  '//',
  '\\',
  '无',
  'n/a',
  '不适用',
]);

const SPACES = /\s+/g;

/** `text` must already be normalised (see normalize.ts). */
export function isPlaceholder(text: string): boolean {
  // Placeholders are short; skip the allocation for real content.
  if (text.length > 12) return false;
  return PLACEHOLDERS.has(text.replace(SPACES, '').toLowerCase());
}
