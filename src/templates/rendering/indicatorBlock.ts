import { COMMON_TEXT } from '../layouts/formText.zh-CN';
import { a1, rangeA1 } from '../a1';
import type { IndicatorHeaders } from '../layouts/formLayout.types';
import { INDICATOR_COLUMNS as C, TABLE_LAST_COLUMN as W } from '../layouts/columns';
import { LEVEL1_GROUPS } from '../layouts/indicatorGroups';
import { NUMBER_FORMATS, ROW_HEIGHTS, scoreFormat } from '../layouts/look';
import type { BudgetResult } from './budgetBlock';
import type { FormCellMap, IndicatorRowCells, SubtotalCells } from './cellMap';
import { BOLD_STYLE, HEADER_STYLE, inputStyle } from './cellStyles';
import { gradeFormula, pointsText, sumOrBlankFormula } from './formulas';
import type { ValidRenderOptions } from './options';
import { box, type SheetDraft } from './sheetDraft';
import { scoreRule, weightRule } from './validations';

export interface IndicatorResult {
  readonly headerRow: number;
  readonly indicators: readonly IndicatorRowCells[];
  readonly subtotals: readonly SubtotalCells[];
  readonly totals: { readonly gradeRow: number; readonly cells: FormCellMap['totals'] };
}

/** The 绩效指标 block: header, blank 三级 rows under each 二级, a 小计 per 一级, then 总分 and 评价等级. */
export function renderIndicators(
  d: SheetDraft,
  headers: IndicatorHeaders,
  headerRow: number,
  o: ValidRenderOptions,
  budget: BudgetResult,
): IndicatorResult {
  const perLevel2 = o.blankRowsPerLevel2;
  const scoreFmt = scoreFormat(o.profile.scoreDecimals);
  for (const key of ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score', 'reason'] as const) {
    d.put(box(headerRow, C[key]), headers[key]);
  }
  d.style(box(headerRow, C.level1, headerRow, W), HEADER_STYLE);
  d.height(headerRow, ROW_HEIGHTS.header);

  const indicators: IndicatorRowCells[] = [];
  const subtotals: SubtotalCells[] = [];
  let r = headerRow + 1;
  for (const group of LEVEL1_GROUPS) {
    const groupTop = r;
    const level1 = group.label(pointsText(o.profile.weights[group.key]));
    for (const level2 of group.level2) {
      d.put(box(r, C.level2, r + perLevel2 - 1, C.level2), level2);
      for (let k = 0; k < perLevel2; k++, r++) {
        for (let col = C.name; col <= C.reason; col++) d.put(box(r, col), null);
        indicators.push({
          row: r,
          level1Key: group.key,
          level1,
          level2,
          name: a1(r, C.name),
          target: a1(r, C.target),
          actual: a1(r, C.actual),
          weight: a1(r, C.weight),
          score: a1(r, C.score),
          reason: a1(r, C.reason),
        });
      }
    }
    const groupLast = r - 1;
    const weights = box(groupTop, C.weight, groupLast, C.weight);
    const scores = box(groupTop, C.score, groupLast, C.score);

    d.put(box(groupTop, C.level1, r, C.level1), level1);
    d.put(box(r, C.level2, r, C.actual), COMMON_TEXT.subtotal);
    d.put(box(r, C.weight), { formula: sumOrBlankFormula([rangeA1(weights)]) });
    d.put(box(r, C.score), { formula: sumOrBlankFormula([rangeA1(scores)]) });
    d.style(box(r, C.level2, r, C.actual), BOLD_STYLE);
    subtotals.push({ level1Key: group.key, row: r, weight: a1(r, C.weight), score: a1(r, C.score) });

    d.style(box(groupTop, C.name, groupLast, C.reason), inputStyle('centered'));
    d.style(box(groupTop, C.name, groupLast, C.name), { horizontal: 'left' });
    d.style(box(groupTop, C.reason, groupLast, C.reason), { horizontal: 'left' });
    d.style(box(groupTop, C.weight, r, C.weight), { numberFormat: NUMBER_FORMATS.weight });
    d.style(box(groupTop, C.score, r, C.score), { numberFormat: scoreFmt });
    d.validate(weightRule(weights));
    d.validate(scoreRule(scores, C.weight));
    r++;
  }
  d.put(box(headerRow, 1, r - 1, 1), headers.block);
  d.style(box(headerRow, 1, r - 1, 1), HEADER_STYLE);

  const totalRow = r;
  const gradeRow = r + 1;
  const total = { weight: a1(totalRow, C.weight), score: a1(totalRow, C.score) };
  d.put(box(totalRow, C.level1, totalRow, C.actual), COMMON_TEXT.total);
  d.put(box(totalRow, C.weight), {
    formula: sumOrBlankFormula([budget.weight, ...subtotals.map((s) => s.weight)]),
  });
  d.put(box(totalRow, C.score), {
    formula: sumOrBlankFormula([budget.score, ...subtotals.map((s) => s.score)]),
  });
  d.put(box(gradeRow, C.level1, gradeRow, C.actual), COMMON_TEXT.grade);
  d.put(box(gradeRow, C.score), { formula: gradeFormula(total.score, o.profile.grades) });
  d.reach(gradeRow);
  d.style(box(totalRow, C.level1, gradeRow, C.actual), BOLD_STYLE);
  d.style(box(totalRow, C.weight), { numberFormat: NUMBER_FORMATS.weight });
  d.style(box(totalRow, C.score), { numberFormat: scoreFmt });
  d.style(box(totalRow, C.weight, gradeRow, C.score), BOLD_STYLE);

  return {
    headerRow,
    indicators,
    subtotals,
    totals: { gradeRow, cells: { row: totalRow, ...total, grade: a1(gradeRow, C.score) } },
  };
}
