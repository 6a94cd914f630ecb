import type { RawValue } from '../../domain/cellValue.types';
import { FOLDABLE_CHARS, normalize } from '../../domain/parse/normalize';

/**
 * Text of cells as the reader compares it. A "key" is the cell's text folded for matching labels:
 * HTML tags of a copied web table dropped, full-width forms folded to ASCII (`（` → `(`, `：` → `:`),
 * every space removed — so `部门（单位）名称`, `部门(单位)名称` and `部 门 名 称` compare alike.
 */

/** Labels sit at the start of a cell: a key never needs more of a long text than this. */
const KEY_PREFIX = 200;
const TAGS = /<[^>]*>/g;
const PARAGRAPH_BREAKS = /<\/p\s*>\s*<p[^>]*>|<br\s*\/?>/gi;
const SPACES = /\s+/g;
const LEADING_SEPARATORS = /^[\s:：]+/;

/** Characters that make a text differ from its key: spaces, tags, forms normalize() folds. */
const NEEDS_FOLDING = new RegExp(`[\\s<${FOLDABLE_CHARS}]`);

export function labelKey(raw: RawValue): string {
  if (raw === null) return '';
  if (typeof raw !== 'string') return String(raw);
  const head = raw.length > KEY_PREFIX ? raw.slice(0, KEY_PREFIX) : raw;
  if (!NEEDS_FOLDING.test(head)) return head;
  return normalize(head.replace(TAGS, '')).replace(SPACES, '');
}

/** The visible text of a cell copied from a web page: paragraphs become line breaks, tags go. */
export function visibleText(raw: string): string {
  return raw.replace(PARAGRAPH_BREAKS, '\n').replace(TAGS, '\n');
}

export interface AfterLabel {
  /** What follows the label in the same cell, trimmed, without a leading colon. */
  readonly text: string;
  /** Whether a colon, a space or a tag separates the label from what follows. */
  readonly separated: boolean;
}

/**
 * What follows `label` (a key, see labelKey) at the start of `raw`. The label is matched character
 * by character on folded text, so `部门（单位）名称：长沙市…` gives `长沙市…`.
 */
export function afterLabel(raw: string, label: string): AfterLabel | null {
  const text = visibleText(raw);
  let matched = 0;
  let i = 0;
  while (i < text.length && matched < label.length) {
    const folded = normalize(text[i]).replace(SPACES, '');
    i += 1;
    if (folded === '') continue;
    if (!label.startsWith(folded, matched)) return null;
    matched += folded.length;
  }
  if (matched < label.length) return null;
  const rest = text.slice(i);
  const value = rest.replace(LEADING_SEPARATORS, '').trim();
  return { text: value, separated: value === '' || rest !== rest.replace(LEADING_SEPARATORS, '') };
}
