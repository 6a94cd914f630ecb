import type { BudgetRowKey, TableKind } from '../../domain/model';
import { afterLabel } from './text';

/**
 * The labels of the two forms, compared as keys (see text.ts). A mark names what a label cell is;
 * labels that may carry their value in the same cell (`填报人：徐海燕`) need a separator after them,
 * so that an indicator called `填报及时率` is not taken for the 填报人 label.
 */
export type MetaField =
  | 'unit'
  | 'project'
  | 'supervisor'
  | 'implementer'
  | 'independentUnits'
  | 'functions'
  | 'preparer'
  | 'phone'
  | 'date';

export type Mark =
  | MetaField
  | 'budgetBlock'
  | 'goalsBlock'
  | 'goalPlanned'
  | 'goalAchieved'
  | 'indicatorBlock'
  | 'total'
  | 'grade'
  | 'footer';

interface LabelSpec {
  readonly mark: Mark;
  /** Longest first. */
  readonly labels: readonly string[];
  readonly valueInCell: boolean;
}

const SPECS: readonly LabelSpec[] = [
  {
    mark: 'unit',
    labels: ['部门(单位)名称', '单位(部门)名称', '部门名称', '单位名称'],
    valueInCell: true,
  },
  { mark: 'project', labels: ['项目名称'], valueInCell: true },
  { mark: 'supervisor', labels: ['主管部门'], valueInCell: true },
  { mark: 'implementer', labels: ['项目实施单位', '实施单位(盖章)', '实施单位'], valueInCell: true },
  {
    mark: 'independentUnits',
    labels: ['所属独立核算单位(个)', '所属独立核算单位', '所属独立核算'],
    valueInCell: true,
  },
  {
    mark: 'functions',
    labels: [
      '部门(单位)职能职责概述',
      '部门职能职责概述',
      '职能职责概述',
      '部门职能职责',
      '职能职责',
      '2.项目实施内容及过程概述',
      '项目实施内容及过程概述',
    ],
    valueInCell: true,
  },
  {
    mark: 'budgetBlock',
    labels: ['年度预算申请', '项目资金', '部门预算执行情况', '预算执行情况', '资金情况'],
    valueInCell: false,
  },
  {
    mark: 'goalsBlock',
    labels: ['年度总体目标', '总体目标', '当年绩效目标', '项目基本情况'],
    valueInCell: false,
  },
  {
    mark: 'goalPlanned',
    labels: ['年初设定目标', '预期目标', '项目年度目标', '年初绩效目标'],
    valueInCell: false,
  },
  {
    mark: 'goalAchieved',
    labels: [
      '年度总体目标完成情况综述',
      '全年目标实际完成情况',
      '全年实际完成情况',
      '年度目标完成情况',
      '目标完成情况',
      '实际完成情况',
    ],
    valueInCell: false,
  },
  { mark: 'indicatorBlock', labels: ['年度绩效指标', '绩效指标', '年度绩效目标'], valueInCell: false },
  { mark: 'total', labels: ['自评总分', '总分', '合计', '总计'], valueInCell: false },
  { mark: 'grade', labels: ['评价等级', '自评等级'], valueInCell: false },
  { mark: 'date', labels: ['填报日期', '填表日期'], valueInCell: true },
  { mark: 'preparer', labels: ['填报人', '填表人', '部门联系人', '填报'], valueInCell: true },
  { mark: 'phone', labels: ['联系电话'], valueInCell: true },
  // Below the table of 四川 and 湖北 forms: never indicators.
  {
    mark: 'footer',
    labels: [
      '偏差大或目标未完成原因分析',
      '改进措施及结果应用方案',
      '评价结论',
      '存在问题',
      '改进措施',
      '项目负责人',
      '财务负责人',
      '注:',
    ],
    valueInCell: false,
  },
];

const FIRST_CHARS = new Set(SPECS.flatMap((s) => s.labels.map((l) => l[0])));
/** What may follow a label that holds no value: a unit or a weight in brackets, a colon, a stray stop. */
const LABEL_SUFFIX = /^(?:[(:[【].{0,10}|[,;.。、]+)?$/;
/** Labels whatever follows them: a form's note (`注：1.一级指标分值统一设置为…`). */
const OPEN_ENDED: ReadonlySet<string> = new Set(['注:']);

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
        if (OPEN_ENDED.has(label) || LABEL_SUFFIX.test(rest)) return { mark: spec.mark, value: '' };
        continue;
      }
      const after = afterLabel(raw, label);
      if (after?.separated) return { mark: spec.mark, value: after.text };
    }
  }
  return null;
}

const TITLE_MAX = 40;
const TITLE = /绩效(?:目标)?自评(?:表|情况表)$|绩效自评表/;

/**
 * A title and the kind it names: `部门（单位）整体支出绩效自评表`, `部门整体绩效自评表` → overall;
 * `项目支出绩效自评表`, `2020年度水土保持监测项目绩效自评表` → project; `绩效目标自评表` → null (a
 * title that leaves the kind to the blocks). undefined when `key` is no title.
 */
export function titleKind(key: string): TableKind | null | undefined {
  if (key.length > TITLE_MAX || !TITLE.test(key)) return undefined;
  if (key.includes('整体')) return 'overall';
  if (key.includes('项目')) return 'project';
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
  const label = key.replace(/^其中:?/, '').replace(/:$/, '');
  if (label.includes('财政专户')) return 'special';
  if (label.includes('财政拨款') || label === '财政资金' || label === '财政性资金') return 'fiscal';
  if (label.includes('事业收入')) return 'business';
  if (label.includes('结转')) return 'carryover';
  if (label === '单位资金' || label === '单位自有资金') return 'own';
  if (label === '基本支出') return 'basic';
  if (label === '项目支出') return 'project';
  if (label.includes('其他资金') || label === '其他') return 'other';
  if (
    label.includes('总预算') ||
    label.includes('资金总额') ||
    label.includes('预算总额') ||
    label === '总额' ||
    label === '合计' ||
    label === '总计'
  )
    return 'total';
  return null;
}

export function isSubtotalLabel(key: string): boolean {
  return key.includes('小计');
}

const WEIGHT_ONLY = /^\(\d+(?:\.\d+)?分\)$/;

/** A 一级 cell that holds only a weight, `（30分）`: the rest of a label split over two cells. */
export function isWeightOnlyLabel(key: string): boolean {
  return WEIGHT_ONLY.test(key);
}
