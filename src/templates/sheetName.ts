/** Excel's rules for sheet names, which WPS and Univer share: ≤ 31 characters, none of []:*?/\ , unique ignoring case. */
export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function truncate(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

export function cleanSheetName(wanted: string): string {
  // Excel also refuses a leading or trailing apostrophe and the reserved name History.
  let name = wanted.replace(FORBIDDEN, '_').trim();
  if (name === '') name = 'Sheet';
  if (name.toLowerCase() === 'history') name = `${name}_`;
  return truncate(name, MAX_SHEET_NAME_LENGTH).replace(/^'|'$/g, '_');
}

/** `名称`, else `名称 (2)`, `名称 (3)`…, the base cut so that the suffix always fits. */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = cleanSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${truncate(base, MAX_SHEET_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
