import type { ScoreChange } from '../app/suggestScores';

/** What the use cases say to a person (pane, page, WPS, CLI): their own words, not the findings'. */
export const APP_TEXT = {
  cancelled: '校验已取消。',
  staleScores: (cells: readonly string[]) =>
    `单元格 ${cells.join('、')} 在建议得分算出后已被修改，未写入任何内容。请重新计算后再填入。`,
  noTable: '工作簿中未找到绩效自评表。',
  tableGone: '该表格已不在工作簿中（工作表被删除、改名或表格被移动），请重新校验。',
  hostError: (detail: string) => `表格程序返回错误：${detail}`,
} as const;

/** 执行率 of 年度总预算 / 执行率得分 / 指标“…”得分 / 总分 / 评价等级. */
export function scoreChangeLabel(c: Pick<ScoreChange, 'field' | 'name'>): string {
  switch (c.field) {
    case 'rate':
      return `${c.name}执行率`;
    case 'budgetScore':
      return '执行率得分';
    case 'indicatorScore':
      return `指标“${c.name}”得分`;
    case 'total':
      return '总分';
    case 'grade':
      return '评价等级';
  }
}

/** A value as the change list shows it: empty cells as （空）. */
export function changeValueText(v: string | number | boolean | null): string {
  return v === null || v === '' ? '（空）' : String(v);
}
