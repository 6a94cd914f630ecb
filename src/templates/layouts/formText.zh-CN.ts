/**
 * The printed text of the forms we insert: labels, headers, hints, validation prompts and errors. It is
 * the layouts' content (the reader recognises these labels), so it lives with them; it must stay
 * exactly as in docs/layouts.md.
 */

export const SHEET_NAMES = {
  overall: (year: number): string => `整体支出自评表${year}`,
  project: (year: number): string => `项目支出自评表${year}`,
  reportInputs: (): string => '报告要素',
} as const;

export const COMMON_TEXT = {
  yearLine: (year: number): string => `（${year}年度）`,
  notApplicable: '--',
  subtotal: '小计',
  total: '总分',
  grade: '评价等级',
  preparer: '填报人：',
  phone: '联系电话：',
  date: '填报日期：',
  budgetSource: '资金来源',
  goals: '年度总体目标',
} as const;

export const OVERALL_TEXT = {
  title: '部门（单位）整体支出绩效自评表',
  unit: '部门（单位）名称',
  independentUnits: '所属独立核算单位（个）',
  budgetBlock: '年度预算申请（万元）',
  planned: '全年预算数',
  actual: '全年执行数',
  rate: '执行率',
  weight: '分值',
  score: '得分',
  reason: '执行率偏低原因',
  rows: { total: '年度总预算', fiscal: '其中：财政拨款', business: '事业收入', other: '其他资金' },
  functions: '部门职能职责概述',
  goalPlanned: '年初设定目标',
  goalAchieved: '目标完成情况',
  indicators: {
    block: '年度绩效指标',
    level1: '一级指标',
    level2: '二级指标',
    name: '三级指标',
    target: '指标值',
    actual: '完成值',
    weight: '分值',
    score: '得分',
    reason: '未完成原因及拟改进措施',
  },
} as const;

export const PROJECT_TEXT = {
  title: '项目支出绩效自评表',
  unit: '项目名称',
  supervisor: '主管部门',
  implementer: '实施单位',
  budgetBlock: '项目资金（万元）',
  initial: '年初预算数',
  planned: '全年预算数',
  actual: '全年执行数',
  weight: '分值',
  rate: '执行率',
  score: '得分',
  reason: '偏差原因',
  rows: { total: '年度资金总额', fiscal: '其中：当年财政拨款', carryover: '上年结转资金', other: '其他资金' },
  goalPlanned: '预期目标',
  goalAchieved: '实际完成情况',
  indicators: {
    block: '绩效指标',
    level1: '一级指标',
    level2: '二级指标',
    name: '三级指标',
    target: '年度指标值',
    actual: '实际完成值',
    weight: '分值',
    score: '得分',
    reason: '偏差原因分析及改进措施',
  },
} as const;

/** 一级指标 labels carry their weight from the profile, e.g. 产出指标（50分）. */
export const LEVEL1_TEXT = {
  output: (weight: string): string => `产出指标（${weight}分）`,
  effect: (weight: string): string => `效益指标（${weight}分）`,
  satisfaction: (weight: string): string => `满意度指标（${weight}分）`,
} as const;

export const LEVEL2_TEXT = {
  output: ['数量指标', '质量指标', '时效指标', '成本指标'],
  effect: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  satisfaction: ['服务对象满意度指标'],
} as const;

export const REPORT_INPUTS_TEXT = {
  title: '自评报告要素',
  headers: { label: '要素', value: '内容', hint: '说明' },
  facts: {
    basis: { label: '评价依据（文件名与文号）', hint: '开展自评所依据的文件名称与文号，多个用“；”分隔' },
    staffQuota: { label: '人员编制（人）', hint: '年末编制数' },
    staffActual: { label: '实有人数（人）', hint: '年末实有人数' },
    departments: { label: '内设机构', hint: '内设机构名称或个数' },
    basicExpense: { label: '基本支出（万元）', hint: '应等于下面三项之和' },
    salaries: { label: '其中：工资福利支出（万元）', hint: '' },
    goodsAndServices: { label: '商品和服务支出（万元）', hint: '' },
    householdSubsidies: { label: '对个人和家庭的补助（万元）', hint: '' },
    projectExpense: { label: '项目支出（万元）', hint: '全年项目支出执行数' },
    achievements: { label: '工作成绩', hint: '主要工作成绩与效益，可分条填写' },
    problems: { label: '存在的问题', hint: '自评发现的问题及原因' },
    improvements: { label: '改进措施', hint: '下一步的改进措施' },
  },
} as const;

/** Native data-validation texts. Excel caps titles at 32 and texts at 255 characters. */
export const VALIDATION_TEXT = {
  amount: {
    prompt: { title: '金额（万元）', text: '请输入不小于 0 的金额，单位万元。' },
    error: { title: '金额无效', text: '金额须为不小于 0 的数字（单位万元）。' },
  },
  count: {
    prompt: { title: '数量', text: '请输入不小于 0 的数。' },
    error: { title: '数量无效', text: '数量须为不小于 0 的数。' },
  },
  weight: {
    prompt: { title: '分值', text: '请输入 0 到 100 之间的分值。' },
    error: { title: '分值无效', text: '分值须为 0 到 100 之间的数字。' },
  },
  score: {
    prompt: { title: '得分', text: '得分在 0 与本行分值之间，请先填写分值。' },
    error: { title: '得分无效', text: '得分须在 0 与本行分值之间（不能超过分值）。' },
  },
} as const;
