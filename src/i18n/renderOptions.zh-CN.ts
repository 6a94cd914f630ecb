import type { RenderOptionField } from '../templates/rendering/options';

/** Messages for bad render options; an exhaustive switch, so a new field without a message does not compile. */
export function renderOptionMessage(field: RenderOptionField): string {
  switch (field) {
    case 'options':
      return '插入表格的参数无效。';
    case 'kind':
      return '表格类型须为整体支出自评表、项目支出自评表或报告要素。';
    case 'year':
      return '年度须为 2000 到 2100 之间的整数。';
    case 'unit':
      return '单位或项目名称须为不超过 255 个字符的文本。';
    case 'profile':
      return '评分规则（分值、小数位数、等级）无效。';
    case 'blankRowsPerLevel2':
      return '每个二级指标的空白行数须为 1 到 200 之间的整数。';
  }
}
