import { COMMON_TEXT } from '../layouts/formText.zh-CN';
import { a1 } from '../a1';
import type { BudgetColumn, BudgetColumnRole, BudgetLayout } from '../layouts/formLayout.types';
import { TABLE_LAST_COLUMN as W } from '../layouts/columns';
import { NUMBER_FORMATS, scoreFormat } from '../layouts/look';
import type { BudgetRowCells } from './cellMap';
import { HEADER_STYLE, inputStyle } from './cellStyles';
import { executionScoreFormula, pointsValue, rateFormula } from './formulas';
import type { ValidRenderOptions } from './options';
import { box, LayoutError, type SheetDraft } from './sheetDraft';
import { amountRule } from './validations';

export interface BudgetResult {
  readonly rows: readonly BudgetRowCells[];
  /** 分值 and 得分 of 执行率, which 总分 adds in. */
  readonly weight: string;
  readonly score: string;
  readonly next: number;
}

/** The 年度预算申请 / 项目资金 block: a header row, then one row per source of funds. */
export function renderBudget(
  d: SheetDraft,
  layout: BudgetLayout,
  top: number,
  o: ValidRenderOptions,
): BudgetResult {
  const last = top + layout.rows.length;
  const column = (role: BudgetColumnRole): BudgetColumn => {
    const found = layout.columns.find((c) => c.role === role);
    if (found === undefined) throw new LayoutError(`budget block has no ${role} column`);
    return found;
  };
  const initial = layout.columns.find((c) => c.role === 'initial');
  const [planned, actual, rate, weight, score, reason] = (
    ['planned', 'actual', 'rate', 'weight', 'score', 'reason'] as const
  ).map(column);

  d.put(box(top, 1, last, 1), layout.label);
  d.put(box(top, 2), layout.sourceHeader);
  for (const c of layout.columns) d.put(box(top, c.from, top, c.to), c.header);
  d.style(box(top, 1, last, 1), HEADER_STYLE);
  d.style(box(top, 2, top, W), HEADER_STYLE);

  const rows = layout.rows.map((spec, i): BudgetRowCells => {
    const r = top + 1 + i;
    const main = i === 0;
    const at = (c: BudgetColumn): string => a1(r, c.from);
    d.put(box(r, 2), spec.label);
    for (const c of layout.columns) {
      const span = box(r, c.from, r, c.to);
      switch (c.role) {
        case 'initial':
        case 'planned':
        case 'actual':
        case 'reason':
          d.put(span, null);
          break;
        case 'rate':
          d.put(span, { formula: rateFormula(at(planned), at(actual)) });
          break;
        case 'weight':
          d.put(span, main ? pointsValue(o.profile.weights.budget) : COMMON_TEXT.notApplicable);
          break;
        case 'score':
          d.put(
            span,
            main
              ? { formula: executionScoreFormula(at(rate), at(weight), o.profile.scoreDecimals) }
              : COMMON_TEXT.notApplicable,
          );
          break;
      }
    }
    return {
      key: spec.key,
      label: spec.label,
      row: r,
      ...(initial ? { initial: at(initial) } : {}),
      planned: at(planned),
      actual: at(actual),
      rate: at(rate),
      ...(main ? { weight: at(weight), score: at(score) } : {}),
      reason: at(reason),
    };
  });

  for (const c of [initial, planned, actual]) {
    if (c === undefined) continue;
    const range = box(top + 1, c.from, last, c.to);
    d.style(range, { ...inputStyle('number'), numberFormat: NUMBER_FORMATS.amount });
    d.validate(amountRule(range));
  }
  d.style(box(top + 1, rate.from, last, rate.to), { numberFormat: NUMBER_FORMATS.rate });
  d.style(box(top + 1, score.from), { numberFormat: scoreFormat(o.profile.scoreDecimals) });
  d.style(box(top + 1, reason.from, last, reason.to), inputStyle('text'));

  return { rows, weight: a1(top + 1, weight.from), score: a1(top + 1, score.from), next: last + 1 };
}
