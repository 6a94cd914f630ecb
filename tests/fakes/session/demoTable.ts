import type { FindingView, ScoreChange, TableView } from '../../../src/app/session.types';
import type { Finding } from '../../../src/domain/findings/finding';
import type { Report } from '../../../src/domain/report/report.types';

const SHEET = '部门整体支出绩效自评表';

function view(finding: Finding, sentence: string): FindingView {
  return {
    finding,
    message: finding.cell ? `${finding.cell}：${sentence}` : sentence,
    target: { sheet: finding.sheet, cell: finding.cell },
  };
}

/** The reference table's shape and mistakes, as the draft seam types describe a checked table. */
export function demoTable(cells: ReadonlyMap<string, string | number | null>): TableView {
  const executionScore = String(cells.get('G7') ?? 6);
  const findings: FindingView[] = [];
  if (executionScore !== '5.76')
    findings.push(
      view(
        {
          code: 'execution-score-mismatch',
          severity: 'error',
          cell: 'G7',
          params: { entered: executionScore, computed: '5.76', rate: '57.59%', weight: '10' },
          sheet: SHEET,
        },
        `执行率得分填为 ${executionScore}，按执行率 57.59% × 分值 10 应为 5.76`,
      ),
    );
  findings.push(
    view(
      {
        code: 'execution-low-no-reason',
        severity: 'error',
        cell: 'H7',
        params: { rate: '57.59%', threshold: '90%', unspent: '439.35' },
        sheet: SHEET,
      },
      '预算执行率 57.59% 低于 90%（未执行 439.35 万元），须说明原因',
    ),
    view(
      {
        code: 'scored-without-actual',
        severity: 'warning',
        cell: 'G31',
        params: { name: '进京“非访”率同比下降。', score: '10' },
        sheet: SHEET,
      },
      '指标“进京“非访”率同比下降。”未填写完成值，却得分 10',
    ),
    view(
      {
        code: 'target-copies-name',
        severity: 'info',
        cell: 'D24',
        params: { text: '全年未发生维稳事件。' },
        sheet: SHEET,
      },
      '指标值照抄了三级指标“全年未发生维稳事件。”，请填写可衡量的指标值（如“≥95%”“127批”）',
    ),
  );
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.finding.severity]++;
  return {
    ref: { sheet: SHEET, area: { top: 1, left: 1, bottom: 40, right: 8 } },
    kind: 'overall',
    unit: '长沙市望城区信访局',
    year: 2020,
    profile: { id: 'standard-2020', name: '财预〔2020〕10号（得分保留两位小数）' },
    budget: {
      planned: '1036.03',
      actual: '596.68',
      rate: '57.59',
      weight: '10',
      ruleScore: '5.76',
      enteredScore: executionScore,
    },
    level1: [
      { label: '产出指标（50分）', declaredWeight: '50', weight: '50', enteredScore: '50', ruleScore: '50' },
      { label: '效益指标（30分）', declaredWeight: '30', weight: '40', enteredScore: '40', ruleScore: '30' },
      {
        label: '满意度指标（10分）',
        declaredWeight: '10',
        weight: '10',
        enteredScore: '10',
        ruleScore: '10',
      },
    ],
    totals: { weight: '110', enteredScore: '106', ruleScore: '95.76', grade: '优', enteredGrade: '优' },
    readable: true,
    findings,
    counts,
  };
}

export const DEMO_CHANGES: readonly ScoreChange[] = [
  { sheet: SHEET, cell: 'G7', before: 6, after: 5.76, label: '执行率得分' },
];

export const DEMO_REPORT: Report = {
  kind: 'overall',
  title: [{ text: '长沙市望城区信访局2020年度部门整体支出绩效自评报告' }],
  preamble: [
    [
      { text: '根据' },
      { text: '【请填写：评价依据（文件名与文号）】', placeholder: true },
      { text: '的要求，我单位对2020年度部门整体支出开展了绩效自评。自评得分 95.76 分，等级为“优”。' },
    ],
  ],
  sections: [
    {
      heading: '一、单位基本情况',
      level: 1,
      paragraphs: [
        [{ text: '人员编制 ' }, { text: '【请填写：人员编制】', placeholder: true }, { text: ' 人。' }],
      ],
    },
    {
      heading: '二、存在的问题及改进措施',
      level: 1,
      paragraphs: [[{ text: '加强预算执行管理，提高资金使用效益。', editable: true }]],
    },
  ],
};
