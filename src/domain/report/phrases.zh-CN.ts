import { t, type Part } from './runs';

/**
 * Every user-facing sentence of the generated 自评报告 (zh-CN). Values come in as parts (a formatted
 * number, a cell's text, or a placeholder run); nothing here states a fact by itself. Improvement
 * measures (`MEASURES`) are suggestions the user adapts: the report marks them editable.
 * Punctuation is full-width throughout; numbers carry their unit after a space (`1036.03 万元`).
 */

/** The sheet the report is written to. */
export const REPORT_SHEET_NAME = '自评报告';

/** What a placeholder asks for: 【请填写：…】, or 【请核对：…】 for something to check on the table. */
export const PLACEHOLDER = {
  fill: (what: string): string => `【请填写：${what}】`,
  check: (what: string): string => `【请核对：${what}】`,
} as const;

/** The names inside placeholders. */
export const MISSING = {
  year: '年度',
  unit: '部门（单位）名称',
  projectName: '项目名称',
  supervisor: '主管部门',
  implementer: '实施单位',
  basis: '评价依据（文件名与文号）',
  functions: '部门职能职责概述',
  departments: '内设机构',
  staffQuota: '人员编制人数',
  staffActual: '实有人数',
  achievements: '工作成绩',
  basicExpense: '基本支出金额',
  salaries: '工资福利支出金额',
  goodsAndServices: '商品和服务支出金额',
  householdSubsidies: '对个人和家庭的补助金额',
  projectExpense: '项目支出金额',
  projectExpenseUse: '项目支出的主要用途',
  projectContent: '项目立项依据及主要内容',
  fundManagement: '项目资金管理及使用情况',
  budgetFigures: '全年预算数和全年执行数',
  budgetPlanned: '全年预算数',
  budgetActual: '全年执行数',
  goalPlanned: '年度总体目标',
  goalAchieved: '目标完成情况',
  indicatorName: '三级指标名称',
  target: '指标值',
  actual: '完成值',
  weight: '分值',
  score: '得分',
  totalScore: '自评得分（请先在自评表中填写分值和得分）',
  grade: '评价等级',
  executionReason: '预算执行率偏低的原因',
  indicators: (group: string): string => `${group}的各项指标、指标值、完成值、分值和得分`,
  notMetReason: (name: string): string => `“${name}”未完全达成的原因`,
  overReason: (name: string): string => `“${name}”超额完成的原因（指标值是否设置偏低）`,
  cause: '原因分析',
  problems: '存在的问题及原因分析',
  measures: '下一步改进措施',
  shiftedRow: '本行三级指标、指标值等栏目错位，请移回对应栏目',
} as const;

export const TITLE = {
  overall: (year: Part, unit: Part): Part[] => t`${year}年度${unit}部门整体支出绩效自评报告`,
  /** A project name that already ends in 项目 is not doubled (`…项目项目支出`). */
  project: (year: Part, name: Part, nameText: string): Part[] =>
    nameText.endsWith('项目')
      ? t`${year}年度${name}支出绩效自评报告`
      : t`${year}年度${name}项目支出绩效自评报告`,
} as const;

export const HEADINGS = {
  overall: {
    basics: '一、单位基本情况',
    functions: '（一）单位职能',
    situation: '（二）单位基本情况',
    achievements: '（三）工作成绩',
    budget: '二、单位整体预算支出情况',
    basicExpense: '（一）基本支出情况',
    projectExpense: '（二）项目支出情况',
    performance: '三、单位整体支出绩效情况',
    problems: '四、存在的问题及原因分析',
    measures: '五、下一步改进措施',
  },
  project: {
    overview: '一、项目概况',
    funds: '二、项目资金使用及管理情况',
    performance: '三、项目绩效目标完成情况',
    problems: '四、存在的问题及原因分析',
    measures: '五、下一步改进措施',
  },
  /** Level-2 headings of the performance part, numbered （一）（二）… */
  execution: '预算执行情况',
  otherLevel1: '其他指标',
} as const;

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (1–99). */
export function chineseNumeral(n: number): string {
  if (n < 10) return NUMERALS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : NUMERALS[tens]}十${NUMERALS[n % 10]}`;
}

export function level2Heading(n: number, title: string): string {
  return `（${chineseNumeral(n)}）${title}`;
}

export const OPENING = {
  overall: (basis: Part, unit: Part, year: Part): Part[] =>
    t`根据${basis}的要求，${unit}对${year}年度部门整体支出开展了绩效自评，现将自评情况报告如下。`,
  project: (basis: Part, implementer: Part, year: Part, name: Part): Part[] =>
    t`根据${basis}的要求，${implementer}对${year}年度“${name}”项目支出开展了绩效自评，现将自评情况报告如下。`,
} as const;

export const SCORE_STATEMENT = {
  total: (total: Part, grade: Part, profile: Part): Part[] =>
    t`经自评，按“${profile}”计分，自评得分为 ${total} 分，评价等级为“${grade}”。`,
  enteredTotal: (entered: Part, total: Part): Part[] =>
    t`自评表填报的得分合计为 ${entered} 分，与按评分规则计算的 ${total} 分不一致。`,
  partsLead: '其中：',
  execution: (rate: Part, score: Part, weight: Part): Part[] =>
    t`预算执行率 ${rate}，得分 ${score} 分（分值 ${weight} 分）`,
  level1: (label: Part, score: Part, weight: Part): Part[] =>
    t`${label}得分 ${score} 分（分值 ${weight} 分）`,
  level1Declared: (label: Part, score: Part, declared: Part, sum: Part): Part[] =>
    t`${label}得分 ${score} 分（标明分值 ${declared} 分，所列三级指标分值合计 ${sum} 分）`,
  separator: '；',
  end: '。',
} as const;

export const BASICS = {
  departments: (unit: Part, departments: Part): Part[] => t`${unit}内设机构：${departments}。`,
  staff: (quota: Part, actual: Part): Part[] => t`单位人员编制 ${quota}，实有人数 ${actual}。`,
  independentUnits: (n: Part): Part[] => t`所属独立核算单位 ${n} 个。`,
} as const;

export const BUDGET = {
  summary: (year: Part, unit: Part, planned: Part, actual: Part, rate: Part): Part[] =>
    t`${year}年度，${unit}全年预算数 ${planned}，全年执行数 ${actual}，预算执行率 ${rate}`,
  unspent: (unspent: Part): Part[] => t`，未执行资金 ${unspent}`,
  end: '。',
  sourcesLead: '其中：',
  source: (label: Part, planned: Part, actual: Part, rate: Part | null): Part[] =>
    rate === null
      ? t`${label}全年预算数 ${planned}，全年执行数 ${actual}`
      : t`${label}全年预算数 ${planned}，全年执行数 ${actual}，执行率 ${rate}`,
  projectInitial: (initial: Part): Part[] => t`项目年初预算数 ${initial}。`,
  basic: (year: Part, basic: Part, salaries: Part, goods: Part, household: Part): Part[] =>
    t`${year}年度基本支出 ${basic}，其中：工资福利支出 ${salaries}，商品和服务支出 ${goods}，对个人和家庭的补助 ${household}。`,
  project: (year: Part, project: Part, use: Part): Part[] =>
    t`${year}年度项目支出 ${project}，主要用于${use}。`,
  fundManagement: (text: Part): Part[] => t`资金管理情况：${text}`,
  separator: '；',
} as const;

export const PROJECT = {
  overview: (name: Part, supervisor: Part, implementer: Part): Part[] =>
    t`“${name}”的主管部门为${supervisor}，实施单位为${implementer}。`,
  content: (text: Part): Part[] => t`项目立项依据及主要内容：${text}`,
} as const;

export const PERFORMANCE = {
  goalPlanned: (text: Part): Part[] => t`年初设定的年度总体目标：${text}`,
  goalAchieved: (text: Part): Part[] => t`目标完成情况：${text}`,
  lead: '各项绩效指标完成情况如下。',
  execution: (rate: Part, weight: Part, score: Part): Part[] =>
    t`预算执行率 ${rate}，分值 ${weight} 分，得分 ${score} 分`,
  entered: (entered: Part): Part[] => t`（自评表填报 ${entered} 分）`,
  executionLow: (threshold: Part, reason: Part): Part[] => t`执行率低于 ${threshold}，原因：${reason}`,
  indicator: (level2: Part, name: Part): Part[] => (level2 === '' ? t`“${name}”：` : t`${level2}“${name}”：`),
  targetActual: (target: Part, actual: Part): Part[] => t`指标值${target}，完成值${actual}`,
  weightScore: (weight: Part, score: Part): Part[] => t`，分值 ${weight} 分，得分 ${score} 分`,
  noWeight: (weight: Part): Part[] => t`，分值${weight}`,
  noActualScored: '完成值未填写，按评分规则不得分',
  notMet: (reason: Part): Part[] => t`未完成原因：${reason}`,
  overCompleted: (percent: Part, threshold: Part, reason: Part): Part[] =>
    t`完成值为指标值的 ${percent}，达到或超过 ${threshold}，原因：${reason}`,
  sentenceEnd: '。',
  clauseSeparator: '；',
} as const;

export const PROBLEMS = {
  execution: (planned: Part, actual: Part, rate: Part, threshold: Part, unspent: Part): Part[] =>
    t`预算执行率偏低。全年预算数 ${planned}，全年执行数 ${actual}，预算执行率 ${rate}，低于 ${threshold}，未执行资金 ${unspent}。`,
  notMet: (name: Part, target: Part, actual: Part, score: Part, weight: Part): Part[] =>
    t`“${name}”未完全达成。指标值${target}，完成值${actual}，得分 ${score} 分（分值 ${weight} 分）。`,
  overCompleted: (name: Part, target: Part, actual: Part, percent: Part): Part[] =>
    t`“${name}”超额完成较多。指标值${target}，完成值${actual}，为指标值的 ${percent}，指标值可能设置偏低。`,
  targetsLead: '绩效指标设置不够细化、量化：',
  targetNotMeasurable: (names: Part): Part[] => t`${names}的指标值未设置为可衡量的数值或标准`,
  targetCopiesName: (names: Part): Part[] => t`${names}的指标值照抄了三级指标内容`,
  actualNotMeasurable: (names: Part): Part[] => t`${names}的完成值无法与指标值比较`,
  unitMismatch: (names: Part): Part[] => t`${names}的完成值与指标值单位不一致`,
  rowShifted: (names: Part): Part[] => t`${names}所在行各栏目错位`,
  weightsLead: '指标分值设置不规范：',
  level1WeightSum: (label: Part, declared: Part, sum: Part): Part[] =>
    t`${label}标明 ${declared} 分，其下三级指标分值合计 ${sum} 分`,
  level1WeightProfile: (label: Part, declared: Part, expected: Part): Part[] =>
    t`${label}标明 ${declared} 分，评分标准规定为 ${expected} 分`,
  weightsTotal: (total: Part, expected: Part): Part[] => t`全表分值合计 ${total} 分，应为 ${expected} 分`,
  scoringLead: '自评打分不够严谨：',
  executionScore: (entered: Part, computed: Part): Part[] =>
    t`预算执行率得分填为 ${entered} 分，按评分规则应为 ${computed} 分`,
  scoreMismatch: (name: Part, entered: Part, computed: Part): Part[] =>
    t`“${name}”得分填为 ${entered} 分，按评分规则应为 ${computed} 分`,
  scoredWithoutActual: (name: Part, score: Part): Part[] => t`“${name}”未填写完成值，却计 ${score} 分`,
  qualitativeBand: (name: Part, score: Part, min: Part, max: Part): Part[] =>
    t`“${name}”得分 ${score} 分，不在其完成等级对应的 ${min}–${max} 分之间`,
  scoreOverMax: (total: Part, max: Part): Part[] => t`得分合计 ${total} 分，超过满分 ${max} 分`,
  totalField: { weight: '总分栏的分值合计', score: '总分' },
  totalMismatch: (field: Part, entered: Part, computed: Part): Part[] =>
    t`${field}填为 ${entered}，按各项合计应为 ${computed}`,
  gradeMismatch: (entered: Part, computed: Part): Part[] => t`评价等级填为“${entered}”，应为“${computed}”`,
  cause: (reason: Part): Part[] => t`原因：${reason}`,
  listSeparator: '；',
  /** Quoted items in a row take no 顿号 between them (GB/T 15834): “甲”“乙”. */
  namesSeparator: '',
  end: '。',
  quoted: (name: string): string => `“${name}”`,
} as const;

/** Suggested measures, one per kind of problem found; the report marks them editable. */
export const MEASURES = {
  execution:
    '加强预算执行管理。建立预算执行进度定期分析和通报机制，对执行进度滞后的资金及时查明原因、督促支出，对确实无法执行的资金按程序及时调整，提高预算执行率。',
  notMet:
    '强化绩效运行监控。对未完全达成的指标逐项分析原因，明确责任和整改时限，跟踪整改落实，确保年度绩效目标按期完成。',
  overCompleted:
    '科学设定绩效目标。结合以前年度完成情况和本年度工作计划测算指标值，避免目标设置偏低，使绩效指标与工作任务、预算资金相匹配。',
  targets:
    '细化量化绩效指标。按照绩效目标管理要求，将指标值设置为可衡量的数量、质量、时效、成本指标或明确的定性标准，不照抄三级指标名称，完成值如实填写并与指标值口径一致。',
  weights:
    '规范指标分值设置。严格按照评分规则设置一级指标分值，确保各三级指标分值之和与所属一级指标分值一致、全表分值合计等于满分。',
  scoring:
    '严格按照评分规则自评打分。对照指标值和完成值逐项计分，未填写完成值的指标不得计分，得分不超过分值，确保自评结果真实、准确。',
} as const;

export type MeasureKey = keyof typeof MEASURES;
