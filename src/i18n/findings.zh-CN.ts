import type {
  AmountColumn,
  IndicatorColumnKey,
  MethodKey,
  NonFinite,
  NumberField,
} from '../domain/findings/codes';
import type { Finding } from '../domain/findings/finding';
import type { QualitativeLevel } from '../domain/expression.types';

const FIELDS: Record<NumberField, (label: string) => string> = {
  'budget.initial': (label) => `${label}年初预算数`,
  'budget.planned': (label) => `${label}全年预算数`,
  'budget.actual': (label) => `${label}全年执行数`,
  'budget.weight': (label) => `${label}分值`,
  'budget.score': (label) => `${label}得分`,
  'indicator.weight': (name) => `指标“${name}”的分值`,
  'indicator.score': (name) => `指标“${name}”的得分`,
  'indicator.target': (name) => `指标“${name}”的指标值`,
  'indicator.actual': (name) => `指标“${name}”的完成值`,
};

const NON_FINITE: Record<NonFinite, string> = {
  nan: '非数字',
  infinity: '无穷大',
  'negative-infinity': '负无穷大',
};

const COLUMNS: Record<AmountColumn, string> = {
  initial: '年初预算数',
  planned: '全年预算数',
  actual: '全年执行数',
};

const METHODS: Record<MethodKey, string> = {
  positive: '正向指标（完成值 ÷ 指标值 × 分值）',
  reverse: '反向指标（指标值 ÷ 完成值 × 分值）',
  'reverse-linear': '反向指标（(2 − 完成值 ÷ 指标值) × 分值）',
  equal: '等于型指标',
};

/** The three completion levels of a qualitative indicator, as the form's 完成值 says them. */
export const LEVELS: Record<QualitativeLevel, string> = {
  achieved: '达成年度指标',
  partial: '部分达成年度指标并具有一定效果',
  notAchieved: '未达成年度指标且效果较差',
};

const TOTAL_FIELDS = { weight: '总分栏的分值合计', score: '总分' } as const;

const INDICATOR_COLUMNS: Record<IndicatorColumnKey, string> = {
  name: '三级指标（指标名称）',
  target: '指标值',
  actual: '完成值',
  weight: '分值（权重）',
  score: '得分',
};

const SCORE_FIELDS = { weight: '分值', score: '得分' } as const;

const unitList = (units: readonly string[]): string => units.map((u) => u || '无单位').join('、');

/** `D5` → ` D5 的`: names the table cell a report finding compares with, when known. */
function tableCellText(cell: string): string {
  return cell === '' ? '' : ` ${cell} 的`;
}

/**
 * The zh-CN sentence of every finding code. The switch has no default branch: a new code without a
 * message does not compile. The cell address is put in front by `findingMessage`.
 */
function sentence(d: Finding): string {
  switch (d.code) {
    case 'table-not-found':
      return `工作表“${d.params.sheet}”中未找到绩效自评表（应有“年度绩效指标”或“绩效指标”等栏目）`;
    case 'sheet-read-in-part':
      return `工作表的内容一直延伸到 ${d.params.farCell}，超出了读取范围（A1:${d.params.readTo}）；范围以外的单元格没有检查。远处的内容多半是误填或误粘贴的，请删除后再检查`;
    case 'row-unreadable':
      return `第 ${d.params.row} 行无法识别为指标行（“${d.params.text}”），请按表格栏目填写`;
    case 'row-shifted':
      return `本行疑似错位：三级指标为“${d.params.name}”，指标值为“${d.params.target}”，请把各项移回对应栏目`;
    case 'not-a-number':
      return `${FIELDS[d.params.field](d.params.label)}应为数字，实际为“${d.params.text}”`;
    case 'number-not-finite':
      return `${FIELDS[d.params.field](d.params.label)}在文件中存的是无效数值（${NON_FINITE[d.params.stored]}），通常由其他软件写入；它不会被当作空白或 0，请重新输入这个数`;
    case 'formula-error':
      return `${FIELDS[d.params.field](d.params.label)}的公式出错（${d.params.error}），请检查公式引用的单元格`;
    case 'negative-amount':
      return `${FIELDS[d.params.field](d.params.label)} ${d.params.value} 不能为负数`;
    case 'header-unknown':
      return `未能识别栏目“${d.params.text}”，该列内容未读取；请使用自评表规定的栏目名称`;
    case 'value-unlabelled':
      return `此列没有栏目名称，所填“${d.params.text}”未读取；请写明栏目或把内容移到对应栏目`;
    case 'budget-unreadable':
      return d.params.header
        ? '未能读取预算执行情况：表头下没有可识别的资金行（如“年度资金总额”“合计”），执行率得分、总分和等级均未计算'
        : '未能读取预算执行情况：未找到含预算数与执行数的表头，执行率得分、总分和等级均未计算';
    case 'indicators-unreadable':
      return d.params.header
        ? `未能读取绩效指标：表头缺少${d.params.missing.map((m) => `“${INDICATOR_COLUMNS[m]}”`).join('、')}栏，指标得分、总分和等级均未计算`
        : '未能读取绩效指标：未找到含三级指标、指标值、完成值、分值、得分的表头，总分和等级均未计算';
    case 'unit-missing':
      return '未填写部门（单位）或项目名称';
    case 'year-missing':
      return '未填写年度';
    case 'budget-parts-sum':
      return `${COLUMNS[d.params.column]}各分项合计 ${d.params.parts} 万元，与总数 ${d.params.total} 万元不符`;
    case 'budget-actual-over-planned':
      return `${d.params.label}全年执行数 ${d.params.actual} 万元超过全年预算数 ${d.params.planned} 万元，请核实`;
    case 'rate-mismatch':
      return `${d.params.label}执行率填为 ${d.params.entered}%，按执行数 ÷ 预算数应为 ${d.params.computed === null ? '空' : `${d.params.computed}%`}`;
    case 'rate-should-be-blank':
      return `${d.params.label}无预算数，执行率应留空，而不是 ${d.params.entered}%`;
    case 'execution-score-missing':
      return `执行率 ${d.params.rate}% 已有，但执行率得分未填写`;
    case 'execution-score-mismatch':
      return `执行率得分填为 ${d.params.entered}，按执行率 ${d.params.rate}% × 分值 ${d.params.weight} 应为 ${d.params.computed}`;
    case 'execution-low-no-reason':
      return `预算执行率 ${d.params.rate}% 低于 ${d.params.threshold}%（未执行 ${d.params.unspent} 万元），须说明原因`;
    case 'budget-subrow-scored':
      return `“${d.params.label}”行填了${SCORE_FIELDS[d.params.field]} ${d.params.value}；执行率的分值和得分只填在总额（合计）行`;
    case 'weight-missing':
      return `指标“${d.params.name}”未填写分值`;
    case 'score-missing':
      return `指标“${d.params.name}”未填写得分`;
    case 'score-negative':
      return `得分 ${d.params.score} 不能为负数`;
    case 'score-exceeds-weight':
      return `得分 ${d.params.score} 超过分值 ${d.params.weight}`;
    case 'score-mismatch':
      return `指标“${d.params.name}”得分填为 ${d.params.entered}，按${METHODS[d.params.method]}计分应为 ${d.params.computed}`;
    case 'qualitative-score-out-of-band':
      return `指标“${d.params.name}”完成情况为“${LEVELS[d.params.level]}”，得分应在 ${d.params.min}–${d.params.max} 之间，实际为 ${d.params.score}`;
    case 'scored-without-actual':
      return `指标“${d.params.name}”未填写完成值，却得分 ${d.params.score}`;
    case 'target-copies-name':
      return `指标值照抄了三级指标“${d.params.text}”，请填写可衡量的指标值（如“≥95%”“127批”）`;
    case 'target-not-measurable':
      return `指标“${d.params.name}”的指标值“${d.params.text}”不是可衡量的目标，请填写数值及单位或定性标准`;
    case 'actual-not-measurable':
      return `指标“${d.params.name}”的完成值“${d.params.text}”无法与指标值比较，请填写数值及单位`;
    case 'unit-mismatch':
      return `指标“${d.params.name}”的完成值单位“${unitList(d.params.actualUnits)}”与指标值单位“${unitList(d.params.targetUnits)}”不一致`;
    case 'reason-missing':
      return `指标“${d.params.name}”得分 ${d.params.score} 低于分值 ${d.params.weight}，须填写未完成原因及改进措施`;
    case 'deviation-no-reason':
      return `指标“${d.params.name}”完成值未达指标值（按规则得分 ${d.params.computed}，分值 ${d.params.weight}），须填写偏差原因分析及改进措施`;
    case 'actual-copies-target':
      return `指标“${d.params.name}”的完成值“${d.params.text}”带比较符号，照抄了指标值，不是实际完成的数值；请填写实际完成值`;
    case 'coefficient-mismatch':
      return `指标“${d.params.name}”得分系数填为 ${d.params.entered}%，按完成值与指标值应为 ${d.params.computed}%`;
    case 'coefficient-score-mismatch':
      return `指标“${d.params.name}”得分填为 ${d.params.entered}，按得分系数 ${d.params.coefficient}% × 权重 ${d.params.weight} 应为 ${d.params.computed}`;
    case 'level1-weight-only':
      return `一级指标单元格只写了分值“${d.params.weight}”，已按上方“${d.params.level1}”的分值读取；请把一级指标名称与分值写在同一单元格`;
    case 'level1-empty':
      return `一级指标“${d.params.level1}”下没有填写任何指标，其分值未计入`;
    case 'over-completion-no-reason':
      return `指标“${d.params.name}”完成值 ${d.params.actual} 达指标值 ${d.params.target} 的 ${d.params.percent}%，目标可能设置偏低，须说明原因`;
    case 'level1-weight-sum':
      return `${d.params.level1}标明 ${d.params.declared} 分，其下三级指标分值合计 ${d.params.sum} 分`;
    case 'level1-weight-profile':
      return `${d.params.level1}标明 ${d.params.declared} 分，评分标准规定为 ${d.params.expected} 分`;
    case 'weights-total':
      return `全表分值合计 ${d.params.total} 分，应为 ${d.params.expected} 分`;
    case 'score-total-over-max':
      return `全表得分合计 ${d.params.total} 分，超过满分 ${d.params.max} 分`;
    case 'total-mismatch':
      return `${TOTAL_FIELDS[d.params.field]}填为 ${d.params.entered}，按各项合计应为 ${d.params.computed}`;
    case 'grade-mismatch':
      return `评价等级填为“${d.params.entered}”，总分 ${d.params.total} 对应的等级应为“${d.params.computed}”`;
    case 'report-basic-parts-sum':
      return `报告要素中工资福利支出、商品和服务支出、对个人和家庭的补助合计 ${d.params.parts} 万元，与基本支出 ${d.params.total} 万元不符`;
    case 'report-expenditure-total':
      return `报告要素中基本支出 ${d.params.basic} 万元与项目支出 ${d.params.project} 万元合计 ${d.params.sum} 万元，与自评表${tableCellText(d.params.tableCell)}全年执行数 ${d.params.actual} 万元不符`;
    case 'report-number-differs':
      return `工作成绩中“${d.params.name}”写为 ${d.params.text}，与自评表${tableCellText(d.params.tableCell)}完成值 ${d.params.table} 不一致，请核对`;
  }
}

/**
 * A cell as a person names it: `H23` on the table's own sheet (`homeSheet`), `报告要素!B7` on another;
 * undefined when the finding has no cell.
 */
export function cellName(f: Pick<Finding, 'sheet' | 'cell'>, homeSheet?: string): string | undefined {
  if (f.cell === null) return undefined;
  return homeSheet === undefined || f.sheet === homeSheet || f.sheet === '' ? f.cell : `${f.sheet}!${f.cell}`;
}

/** The finding's sentence, its cell first: `H23：得分 12 超过分值 10`. */
export function findingMessage(f: Finding, homeSheet?: string): string {
  const text = sentence(f);
  const where = cellName(f, homeSheet);
  return where ? `${where}：${text}` : text;
}

/**
 * The two values a finding compares, as the JSON output gives them (null where it compares none).
 * Made from the params, so that they can never disagree with the message.
 */
export function findingValues(f: Finding): { expected: string | null; actual: string | null } {
  const pair = (expected: string, actual: string) => ({ expected, actual });
  switch (f.code) {
    case 'budget-parts-sum':
      return pair(f.params.total, f.params.parts);
    case 'budget-actual-over-planned':
      return pair(f.params.planned, f.params.actual);
    case 'rate-mismatch':
      return pair(f.params.computed === null ? '' : `${f.params.computed}%`, `${f.params.entered}%`);
    case 'rate-should-be-blank':
      return pair('', `${f.params.entered}%`);
    case 'execution-score-mismatch':
    case 'score-mismatch':
    case 'coefficient-score-mismatch':
      return pair(f.params.computed, f.params.entered);
    case 'coefficient-mismatch':
      return pair(`${f.params.computed}%`, `${f.params.entered}%`);
    case 'score-exceeds-weight':
      return pair(f.params.weight, f.params.score);
    case 'qualitative-score-out-of-band':
      return pair(`${f.params.min}–${f.params.max}`, f.params.score);
    case 'scored-without-actual':
      return pair('0', f.params.score);
    case 'unit-mismatch':
      return pair(unitList(f.params.targetUnits), unitList(f.params.actualUnits));
    case 'level1-weight-sum':
      return pair(f.params.declared, f.params.sum);
    case 'level1-weight-profile':
      return pair(f.params.expected, f.params.declared);
    case 'weights-total':
      return pair(f.params.expected, f.params.total);
    case 'score-total-over-max':
      return pair(`≤ ${f.params.max}`, f.params.total);
    case 'total-mismatch':
      return pair(f.params.computed, f.params.entered);
    case 'grade-mismatch':
      return pair(f.params.computed, f.params.entered);
    case 'report-basic-parts-sum':
      return pair(f.params.total, f.params.parts);
    case 'report-expenditure-total':
      return pair(f.params.actual, f.params.sum);
    case 'report-number-differs':
      return pair(f.params.table, f.params.text);
    default:
      return { expected: null, actual: null };
  }
}
