import type { Draft } from '../domain/findings/finding';

/** `D5` → ` D5 的`: names the table cell a report finding compares with, when known. */
function tableCellText(cell: string): string {
  return cell === '' ? '' : ` ${cell} 的`;
}

/**
 * The zh-CN sentence of every finding code. The switch has no default branch: a new code without a
 * message does not compile. The cell address is put in front by `findingMessage`.
 */
function sentence(d: Draft): string {
  switch (d.code) {
    case 'table-not-found':
      return `工作表“${d.params.sheet}”中未找到绩效自评表（应有“年度绩效指标”或“绩效指标”等栏目）`;
    case 'row-unreadable':
      return `第 ${d.params.row} 行无法识别为指标行（“${d.params.text}”），请按表格栏目填写`;
    case 'row-shifted':
      return `本行疑似错位：三级指标为“${d.params.name}”，指标值为“${d.params.target}”，请把各项移回对应栏目`;
    case 'not-a-number':
      return `${d.params.field}应为数字，实际为“${d.params.text}”`;
    case 'formula-error':
      return `${d.params.field}的公式出错（${d.params.error}），请检查公式引用的单元格`;
    case 'negative-amount':
      return `${d.params.field} ${d.params.value} 不能为负数`;
    case 'unit-missing':
      return '未填写部门（单位）或项目名称';
    case 'year-missing':
      return '未填写年度';
    case 'budget-parts-sum':
      return `${d.params.field}各分项合计 ${d.params.parts} 万元，与总数 ${d.params.total} 万元不符`;
    case 'budget-actual-over-planned':
      return `${d.params.label}全年执行数 ${d.params.actual} 万元超过全年预算数 ${d.params.planned} 万元，请核实`;
    case 'rate-mismatch':
      return `${d.params.label}执行率填为 ${d.params.entered}，按执行数 ÷ 预算数应为 ${d.params.computed}`;
    case 'rate-should-be-blank':
      return `${d.params.label}无预算数，执行率应留空，而不是 ${d.params.entered}`;
    case 'execution-score-missing':
      return `执行率 ${d.params.rate} 已有，但执行率得分未填写`;
    case 'execution-score-mismatch':
      return `执行率得分填为 ${d.params.entered}，按执行率 ${d.params.rate} × 分值 ${d.params.weight} 应为 ${d.params.computed}`;
    case 'execution-low-no-reason':
      return `预算执行率 ${d.params.rate} 低于 ${d.params.threshold}（未执行 ${d.params.unspent} 万元），须说明原因`;
    case 'weight-missing':
      return `指标“${d.params.name}”未填写分值`;
    case 'score-missing':
      return `指标“${d.params.name}”未填写得分`;
    case 'score-negative':
      return `得分 ${d.params.score} 不能为负数`;
    case 'score-exceeds-weight':
      return `得分 ${d.params.score} 超过分值 ${d.params.weight}`;
    case 'score-mismatch':
      return `指标“${d.params.name}”得分填为 ${d.params.entered}，按${d.params.method}计分应为 ${d.params.computed}`;
    case 'qualitative-score-out-of-band':
      return `指标“${d.params.name}”完成情况为“${d.params.level}”，得分应在 ${d.params.min}–${d.params.max} 之间，实际为 ${d.params.score}`;
    case 'scored-without-actual':
      return `指标“${d.params.name}”未填写完成值，却得分 ${d.params.score}`;
    case 'target-copies-name':
      return `指标值照抄了三级指标“${d.params.text}”，请填写可衡量的指标值（如“≥95%”“127批”）`;
    case 'target-not-measurable':
      return `指标“${d.params.name}”的指标值“${d.params.text}”不是可衡量的目标，请填写数值及单位或定性标准`;
    case 'actual-not-measurable':
      return `指标“${d.params.name}”的完成值“${d.params.text}”无法与指标值比较，请填写数值及单位`;
    case 'unit-mismatch':
      return `指标“${d.params.name}”的完成值单位“${d.params.actualUnit}”与指标值单位“${d.params.targetUnit}”不一致`;
    case 'reason-missing':
      return `指标“${d.params.name}”得分 ${d.params.score} 低于分值 ${d.params.weight}，须填写未完成原因及改进措施`;
    case 'over-completion-no-reason':
      return `指标“${d.params.name}”完成值 ${d.params.actual} 达指标值 ${d.params.target} 的 ${d.params.percent}，目标可能设置偏低，须说明原因`;
    case 'level1-weight-sum':
      return `${d.params.level1}标明 ${d.params.declared} 分，其下三级指标分值合计 ${d.params.sum} 分`;
    case 'level1-weight-profile':
      return `${d.params.level1}标明 ${d.params.declared} 分，评分标准规定为 ${d.params.expected} 分`;
    case 'weights-total':
      return `全表分值合计 ${d.params.total} 分，应为 ${d.params.expected} 分`;
    case 'score-total-over-max':
      return `全表得分合计 ${d.params.total} 分，超过满分 ${d.params.max} 分`;
    case 'total-mismatch':
      return `${d.params.field}填为 ${d.params.entered}，按各项合计应为 ${d.params.computed}`;
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

/** A cell as a person names it: `H23`, or `报告要素!B7` on another sheet. */
export function cellName(d: Pick<Draft, 'sheet' | 'cell'>): string | undefined {
  if (!d.cell) return undefined;
  return d.sheet ? `${d.sheet}!${d.cell}` : d.cell;
}

export function findingMessage(d: Draft): string {
  const text = sentence(d);
  const where = cellName(d);
  return where ? `${where}：${text}` : text;
}
