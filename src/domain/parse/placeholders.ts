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

/**
 * The rows the national 项目支出 form prints under every 二级指标 for the user to fill: `指标1：`,
 * `指标2：`, `……` (also typed `...`, `…`, `。。。`). Compared after folding (see normalize.ts).
 */
const PRINTED_ROW_NAME = /^(?:指标\s*\d+\s*:?|[.…·。]{2,}|…)$/;
/** `指标1：养护里程`: the printed number the user typed after (folded or as typed). */
const PRINTED_PREFIX = /^指标\s*[0-9０-９]+\s*[:：]\s*/;

/** A 三级指标 cell still as the form printed it: `指标1：`, `……`. `text` must already be normalised. */
export function isPrintedRowName(text: string): boolean {
  return PRINTED_ROW_NAME.test(text);
}

/** An indicator's name without the printed `指标1：` before it (as typed or folded). */
export function withoutPrintedPrefix(text: string): string {
  const rest = text.replace(PRINTED_PREFIX, '');
  return rest === '' ? text : rest;
}

/**
 * Instructions a form prints in the cells the user should fill (`（100字以内）`, `请填写…`, 四川's
 * note "1.预算执行率=预算执行数/调整后预算数…"): left as printed, they are no answer.
 */
const INSTRUCTION = /\d+\s*字以内|^\(?请(?:填写|说明|简述|简要|在此)|^1\.预算执行率=/;

/** Whether `text` (already normalised) is a form's printed instruction rather than what a user wrote. */
export function isInstruction(text: string): boolean {
  return INSTRUCTION.test(text);
}
