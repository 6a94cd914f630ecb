import { COMMON_TEXT, OVERALL_TEXT as T, SHEET_NAMES } from './formText.zh-CN';
import { cols } from './columns';
import type { FormLayout } from './formLayout.types';

/** 部门（单位）整体支出绩效自评表, the reference layout of the seed (docs/layouts.md). */
export const OVERALL_LAYOUT: FormLayout = {
  kind: 'overall',
  title: T.title,
  sheetName: SHEET_NAMES.overall,
  identityRows: [
    [
      { kind: 'label', text: T.unit, ...cols('A') },
      { kind: 'input', meta: 'unit', numeric: false, ...cols('B:E') },
      { kind: 'label', text: T.independentUnits, ...cols('F:G') },
      { kind: 'input', meta: 'independentUnits', numeric: true, ...cols('H:I') },
    ],
  ],
  budget: {
    label: T.budgetBlock,
    sourceHeader: COMMON_TEXT.budgetSource,
    columns: [
      { role: 'planned', header: T.planned, ...cols('C') },
      { role: 'actual', header: T.actual, ...cols('D') },
      { role: 'rate', header: T.rate, ...cols('E') },
      { role: 'weight', header: T.weight, ...cols('F') },
      { role: 'score', header: T.score, ...cols('G') },
      { role: 'reason', header: T.reason, ...cols('H:I') },
    ],
    rows: [
      { key: 'total', label: T.rows.total },
      { key: 'fiscal', label: T.rows.fiscal },
      { key: 'business', label: T.rows.business },
      { key: 'other', label: T.rows.other },
    ],
  },
  functionsLabel: T.functions,
  goals: { label: COMMON_TEXT.goals, planned: T.goalPlanned, achieved: T.goalAchieved },
  indicators: T.indicators,
  signature: true,
};
