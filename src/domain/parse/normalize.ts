/**
 * Folding of what Chinese input methods type into the ASCII forms the parsers match:
 * full-width digits, signs, point, percent and comma (`１０３６．０３`, `％`, `－`, `，`), the small
 * and slanted comparison signs (`﹦`, `﹥`, `﹤`, `⩾`, `⩽`, `≧`, `≦`, `≮`, `≯`), the ideographic and
 * non-breaking spaces, the Unicode minus, and the invisible characters that copy-paste from Word or
 * web pages leaves behind. Other characters are kept as they are.
 */

// U+FF01..U+FF5E mirror ASCII U+0021..U+007E at a fixed offset.
const FULL_WIDTH_OFFSET = 0xfee0;
export const FOLDABLE_CHARS = String.raw`\uFF01-\uFF5E\u3000\u00A0\u2007\u202F\u2212\u2266\u2267\u226E\u226F\u2A7D\u2A7E\uFE64-\uFE66\u200B-\u200D\u2060\uFEFF`;
const FOLDABLE = new RegExp(`[${FOLDABLE_CHARS}]`, 'g');

/** Comparison signs of other blocks, and what they mean in ASCII or the common mathematical form. */
const SIGNS: Readonly<Record<string, string>> = {
  // ≦ ≧ are the JIS forms of ≤ ≥ that some IMEs offer first; ⩽ ⩾ the slanted ones of Word's symbols.
  '\u2266': '≤',
  '\u2267': '≥',
  '\u2A7D': '≤',
  '\u2A7E': '≥',
  // ≮ "not less than", ≯ "not greater than".
  '\u226E': '≥',
  '\u226F': '≤',
  // The small forms ﹤ ﹥ ﹦ (CJK compatibility) of < > =.
  '\uFE64': '<',
  '\uFE65': '>',
  '\uFE66': '=',
};

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - FULL_WIDTH_OFFSET);
  const sign = SIGNS[ch];
  if (sign !== undefined) return sign;
  switch (ch) {
    case '\u2212':
      return '-';
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

const LINE_BREAKS = /\s*[\r\n]+\s*/g;

/** A label as one line: a merged label's line breaks (`产出\n指标`, `绩\n效\n指\n标`) carry no meaning. */
export function oneLine(text: string): string {
  return text.includes('\n') || text.includes('\r') ? text.replace(LINE_BREAKS, '') : text;
}
