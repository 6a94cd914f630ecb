import { COMMON_TEXT, PROJECT_TEXT as T, SHEET_NAMES } from './formText.zh-CN';
import { cols } from './columns';
import type { FormLayout } from './formLayout.types';

/** 项目支出绩效自评表, the central form of 财预〔2020〕10号: note 分值 comes before 执行率 here. */
export const PROJECT_LAYOUT: FormLayout = {
  kind: 'project',
  title: T.title,
  sheetName: SHEET_NAMES.project,
  identityRows: [
    [
      { kind: 'label', text: T.unit, ...cols('A') },
      { kind: 'input', meta: 'unit', numeric: false, ...cols('B:I') },
    ],
    [
      { kind: 'label', text: T.supervisor, ...cols('A') },
      { kind: 'input', meta: 'supervisor', numeric: false, ...cols('B:E') },
      { kind: 'label', text: T.implementer, ...cols('F:G') },
      { kind: 'input', meta: 'implementer', numeric: false, ...cols('H:I') },
    ],
  ],
  budget: {
    label: T.budgetBlock,
    sourceHeader: COMMON_TEXT.budgetSource,
    columns: [
      { role: 'initial', header: T.initial, ...cols('C') },
      { role: 'planned', header: T.planned, ...cols('D') },
      { role: 'actual', header: T.actual, ...cols('E') },
      { role: 'weight', header: T.weight, ...cols('F') },
      { role: 'rate', header: T.rate, ...cols('G') },
      { role: 'score', header: T.score, ...cols('H') },
      { role: 'reason', header: T.reason, ...cols('I') },
    ],
    rows: [
      { key: 'total', label: T.rows.total },
      { key: 'fiscal', label: T.rows.fiscal },
      { key: 'carryover', label: T.rows.carryover },
      { key: 'other', label: T.rows.other },
    ],
  },
  functionsLabel: null,
  goals: { label: COMMON_TEXT.goals, planned: T.goalPlanned, achieved: T.goalAchieved },
  indicators: T.indicators,
  signature: false,
};
