import { TAG_PREFIX } from '../tag';
import { titleKind } from './labels';
import { labelKey } from './text';

/**
 * Whether a cell text is one by which the reader finds a table: a form's title, the indicator header
 * (三级指标) or block (绩效指标), a budget header (全年预算数, 全年执行数, 年度预算, 项目资金), or our tag.
 * A big sheet holding none of them is left unread when only reading (xlsxPackage), so this errs on the
 * side of yes: a label-like text costs reading a sheet, never a missed table.
 */
export function isFormLabel(text: string): boolean {
  if (text.startsWith(TAG_PREFIX)) return true;
  if (text.length > 200) return false;
  const key = labelKey(text);
  return (
    titleKind(key) !== undefined ||
    key.includes('三级指标') ||
    key.includes('绩效指标') ||
    key.includes('全年预算') ||
    key.includes('全年执行') ||
    key.includes('年度预算') ||
    key.includes('项目资金')
  );
}
