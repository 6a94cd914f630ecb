import type { BudgetRowKey, TableKind } from '../../domain/model';
import { afterLabel } from './text';

/**
 * The labels of the two forms, compared as keys (see text.ts). A mark names what a label cell is;
 * labels that may carry their value in the same cell (`填报人：徐海燕`) need a separator after them,
 * so that an indicator called `填报及时率` is not taken for the 填报人 label.
 */
export type MetaField =
  'unit' | 'supervisor' | 'implementer' | 'independentUnits' | 'functions' | 'preparer' | 'phone' | 'date';

export type Mark =
  | MetaField
  | 'budgetBlock'
  | 'goalsBlock'
  | 'goalPlanned'
  | 'goalAchieved'
  | 'indicatorBlock'
  | 'total'
  | 'grade';

interface LabelSpec {
  readonly mark: Mark;
  /** Longest first. */
  readonly labels: readonly string[];
  readonly valueInCell: boolean;
}

const SPECS: readonly LabelSpec[] = [
  {
    mark: 'unit',
    labels: ['部门(单位)名称', '单位(部门)名称', '部门名称', '单位名称', '项目名称'],
    valueInCell: true,
  },
  { mark: 'supervisor', labels: ['主管部门'], valueInCell: true },
  { mark: 'implementer', labels: ['实施单位'], valueInCell: true },
  {
    mark: 'independentUnits',
    labels: ['所属独立核算单位(个)', '所属独立核算单位', '所属独立核算'],
    valueInCell: true,
  },
  {
    mark: 'functions',
    labels: ['部门(单位)职能职责概述', '部门职能职责概述', '职能职责概述', '部门职能职责', '职能职责'],
    valueInCell: true,
  },
  { mark: 'budgetBlock', labels: ['年度预算申请', '项目资金'], valueInCell: false },
  { mark: 'goalsBlock', labels: ['年度总体目标', '总体目标'], valueInCell: false },
  { mark: 'goalPlanned', labels: ['年初设定目标', '预期目标'], valueInCell: false },
  { mark: 'goalAchieved', labels: ['目标完成情况', '实际完成情况'], valueInCell: false },
  { mark: 'indicatorBlock', labels: ['年度绩效指标', '绩效指标'], valueInCell: false },
  { mark: 'total', labels: ['总分'], valueInCell: false },
  { mark: 'grade', labels: ['评价等级', '自评等级'], valueInCell: false },
  { mark: 'date', labels: ['填报日期', '填表日期'], valueInCell: true },
  { mark: 'preparer', labels: ['填报人', '填表人', '填报'], valueInCell: true },
  { mark: 'phone', labels: ['联系电话'], valueInCell: true },
];

const FIRST_CHARS = new Set(SPECS.flatMap((s) => s.labels.map((l) => l[0])));
/** What may follow a label that holds no value: a unit or a weight in brackets, a colon. */
const LABEL_SUFFIX = /^(?:[(:[【].{0,10})?$/;

export interface LabelMatch {
  readonly mark: Mark;
  /** Text after the label in the same cell ('' when none). */
  readonly value: string;
}

/** What the cell (its raw text and key) labels, or null when it is no label of the forms. */
export function matchLabel(raw: string, key: string): LabelMatch | null {
  if (key === '' || !FIRST_CHARS.has(key[0])) return null;
  for (const spec of SPECS) {
    for (const label of spec.labels) {
      if (!key.startsWith(label)) continue;
      const rest = key.slice(label.length);
      if (rest === '') return { mark: spec.mark, value: '' };
      if (!spec.valueInCell) {
        if (LABEL_SUFFIX.test(rest)) return { mark: spec.mark, value: '' };
        continue;
      }
      const after = afterLabel(raw, label);
      if (after?.separated) return { mark: spec.mark, value: after.text };
    }
  }
  return null;
}

const TITLE_MAX = 40;

/** `部门（单位）整体支出绩效自评表` → overall, `项目支出绩效自评表` → project. */
export function titleKind(key: string): TableKind | null {
  if (key.length > TITLE_MAX) return null;
  if (key.includes('整体支出绩效自评表')) return 'overall';
  if (key.includes('项目支出绩效自评表')) return 'project';
  return null;
}

const YEAR = /((?:19|20)\d{2})年/;

/** `（2020 年度）`, `2020年度…` → 2020. */
export function yearIn(key: string): number | null {
  if (key.length > TITLE_MAX) return null;
  const m = YEAR.exec(key);
  return m ? Number(m[1]) : null;
}

const LEVEL1 = /^(?:产出|效益|满意度)指标(?:\(.*\))?$/;
const LEVEL2 = new Set([
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
]);
const WEIGHT_SUFFIX = /\(.*\)$/;

/** 产出指标（50分）, 效益指标（30分）, 满意度指标（10分）. */
export function isLevel1Label(key: string): boolean {
  return LEVEL1.test(key);
}

/** 数量指标 … 服务对象满意度指标, with or without a weight in brackets. */
export function isLevel2Label(key: string): boolean {
  return LEVEL2.has(key) || (key.endsWith(')') && LEVEL2.has(key.replace(WEIGHT_SUFFIX, '')));
}

/** The budget row a 资金来源 label names, or null. */
export function budgetKeyOf(key: string): BudgetRowKey | null {
  if (key.includes('财政拨款')) return 'fiscal';
  if (key.includes('事业收入')) return 'business';
  if (key.includes('结转')) return 'carryover';
  if (key.includes('其他资金') || key === '其他' || key === '其中:其他') return 'other';
  if (key.includes('总预算') || key.includes('资金总额') || key.includes('预算总额')) return 'total';
  return null;
}

export function isSubtotalLabel(key: string): boolean {
  return key.includes('小计') || key.includes('合计');
}
