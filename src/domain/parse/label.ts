/**
 * The name people write before a target (`满意率≥95%`, `群众理解及满意率97%`). A label is a short
 * noun phrase: CJK or latin words, digits after the first character, quotes and brackets, no
 * sentence punctuation. A trailing colon (`满意率：95%`) is dropped.
 */
export const MAX_LABEL_LENGTH = 20;

const LABEL_CHARS =
  /^[\p{Script=Han}\p{Script=Latin}][\p{Script=Han}\p{Script=Latin}\d ·“”‘’"'《》〈〉「」『』()[\]【】]*$/u;
const TRAILING_COLON = /\s*:$/;

/**
 * A label ending in one of these makes the number something other than a level to reach:
 * a change (`非访数量减少45%`), an approximation (`约100件`) or a rank (`排名第1`).
 */
const NOT_A_TARGET_ENDING =
  /(?:减少|下降|降低|减|降|增加|增长|提高|提升|上升|增|升|缩短|缩减|压缩|节约|节省|约|近|将近|接近|超|第|前|后)了?$/u;

/** `Label` when `text` names a target, `null` when there is no label, `undefined` when it is not a label. */
export function labelOf(text: string): string | null | undefined {
  const label = text.replace(TRAILING_COLON, '').trim();
  if (label === '') return text.trim() === '' ? null : undefined;
  if (label.length > MAX_LABEL_LENGTH) return undefined;
  if (!LABEL_CHARS.test(label) || NOT_A_TARGET_ENDING.test(label)) return undefined;
  return label;
}
