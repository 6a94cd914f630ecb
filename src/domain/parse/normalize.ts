/**
 * Folding of what Chinese input methods type into the ASCII forms the parsers match:
 * full-width digits, signs, point, percent and comma (`１０３６．０３`, `％`, `－`, `，`), the
 * ideographic and non-breaking spaces, the Unicode minus, and the invisible characters that
 * copy-paste from Word or web pages leaves behind. Other characters are kept as they are.
 */

// U+FF01..U+FF5E mirror ASCII U+0021..U+007E at a fixed offset.
const FULL_WIDTH_OFFSET = 0xfee0;
const FOLDABLE = /[\uFF01-\uFF5E\u3000\u00A0\u2007\u202F\u2212\u2266\u2267\u200B-\u200D\u2060\uFEFF]/g;

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - FULL_WIDTH_OFFSET);
  switch (ch) {
    case '\u2212':
      return '-';
    // ≦ ≧ are the JIS forms of ≤ ≥ that some IMEs offer first.
    case '\u2266':
      return '≤';
    case '\u2267':
      return '≥';
    case '\u200B':
    case '\u200C':
    case '\u200D':
    case '\u2060':
    case '\uFEFF':
      return '';
    default:
      return ' ';
  }
}

/** Folds full-width forms to ASCII and odd spaces to ' ', drops zero-width characters, then trims. */
export function normalize(text: string): string {
  return text.replace(FOLDABLE, foldChar).trim();
}
