import { STANDARD_2020, STANDARD_2020_WHOLE_POINTS } from '../../src/domain/profiles/standard2020';
import type { Report } from '../../src/domain/report/report.types';
import { paragraphText } from '../../src/domain/report/runs';
import { emptyTemplate, referenceReport, reportOf } from './helpers';
import { REFERENCE_TABLE } from '../fixtures/referenceTable';
import { tableOf } from '../fixtures/tableBuilder';

const headings = (r: Report) => r.sections.map((s) => s.heading);
const section = (r: Report, heading: string) => {
  const s = r.sections.find((x) => x.heading === heading);
  if (!s) throw new Error(`no section ${heading}`);
  return s.paragraphs.map(paragraphText).join('\n');
};

describe('the reference report (2020, 望城区信访局)', () => {
  const { report, text } = referenceReport();

  test('title and outline as the reference has them', () => {
    expect(paragraphText(report.title)).toBe('2020年度长沙市望城区信访局部门整体支出绩效自评报告');
    expect(headings(report)).toEqual([
      '一、单位基本情况',
      '（一）单位职能',
      '（二）单位基本情况',
      '（三）工作成绩',
      '二、单位整体预算支出情况',
      '（一）基本支出情况',
      '（二）项目支出情况',
      '三、单位整体支出绩效情况',
      '（一）预算执行情况',
      '（二）产出指标（50分）',
      '（三）效益指标（30分）',
      '（四）满意度指标（10分）',
      '四、存在的问题及原因分析',
      '五、下一步改进措施',
    ]);
  });

  test('the opening cites 评价依据 as a placeholder: the reference does not name it', () => {
    const opening = report.preamble[0];
    expect(opening.find((r) => r.placeholder)?.text).toBe('【请填写：评价依据（文件名与文号）】');
  });

  test('states the budget, the rate and the unspent amount', () => {
    expect(text).toContain(
      '全年预算数 1036.03 万元，全年执行数 596.68 万元，预算执行率 57.59%，未执行资金 439.35 万元',
    );
  });

  test('states the total and grade under standard-2020, 执行率 and each 一级 against its weight', () => {
    const statement = paragraphText(report.preamble[1]);
    expect(statement).toContain('自评得分为 95.76 分，评价等级为“优”');
    expect(statement).toContain('财预〔2020〕10号 标准（得分保留两位小数）');
    expect(statement).toContain('预算执行率 57.59%，得分 5.76 分（分值 10 分）');
    expect(statement).toContain('产出指标得分 50.00 分（分值 50 分）');
    expect(statement).toContain('效益指标得分 30.00 分（标明分值 30 分，所列三级指标分值合计 40 分）');
    expect(statement).toContain('自评表填报的得分合计为 106 分');
  });

  test('under whole points the total is 96', () => {
    const whole = referenceReport(STANDARD_2020_WHOLE_POINTS);
    expect(paragraphText(whole.report.preamble[1])).toContain('自评得分为 96 分，评价等级为“优”');
    expect(whole.text).toContain('得分 6 分（分值 10 分）');
  });

  test('单位基本情况 from the 报告要素', () => {
    expect(section(report, '（二）单位基本情况')).toBe(
      '长沙市望城区信访局内设机构：办公室、接访科、办案科。单位人员编制 13 人，实有人数 13 人。所属独立核算单位 1 个。',
    );
    expect(section(report, '（三）工作成绩')).toContain('37 件案情复杂');
  });

  test('基本支出 and 项目支出 in 万元 with two decimals', () => {
    expect(section(report, '（一）基本支出情况')).toBe(
      '2020年度基本支出 596.68 万元，其中：工资福利支出 488.60 万元，商品和服务支出 153.60 万元，对个人和家庭的补助 13.50 万元。',
    );
    expect(section(report, '（二）项目支出情况')).toBe(
      '2020年度项目支出 156.50 万元，主要用于【请填写：项目支出的主要用途】。',
    );
  });

  test('indicator by indicator: target, result, score, and the reason where not met', () => {
    const output = section(report, '（二）产出指标（50分）');
    expect(output).toContain(
      '数量指标“化解信访积案”：指标值“完成信访积案化解案件”，完成值32件，分值 10 分，得分 10.00 分。',
    );
    expect(output).toContain('【请核对：本行三级指标、指标值等栏目错位，请移回对应栏目】');
    expect(output).not.toContain('时效指标');
    const effect = section(report, '（三）效益指标（30分）');
    expect(effect).toContain(
      '可持续影响指标“进京‘非访’率同比下降”：指标值“进京‘非访’率同比下降”，完成值【请填写：完成值】，分值 10 分，得分 0.00 分（自评表填报 10 分）。',
    );
    expect(effect).toContain('未完成原因：【请填写：“进京‘非访’率同比下降”未完全达成的原因】');
    expect(section(report, '（一）预算执行情况')).toBe(
      '预算执行率 57.59%，分值 10 分，得分 5.76 分（自评表填报 6 分）。执行率低于 90%，原因：【请填写：预算执行率偏低的原因】。',
    );
  });

  test('problems derived from the data: execution, the unmet indicator, targets, weights (30 vs 40), scoring', () => {
    const problems = section(report, '四、存在的问题及原因分析');
    expect(problems).toContain(
      '预算执行率偏低。全年预算数 1036.03 万元，全年执行数 596.68 万元，预算执行率 57.59%，低于 90%，未执行资金 439.35 万元。原因：【请填写：预算执行率偏低的原因】。',
    );
    expect(problems).toContain('效益指标标明 30 分，其下三级指标分值合计 40 分');
    expect(problems).toContain('全表分值合计 110 分，应为 100 分');
    expect(problems).toContain('预算执行率得分填为 6 分，按评分规则应为 5.76 分');
    expect(problems).toContain('得分合计 106 分，超过满分 100 分');
    expect(problems).toContain('“接待群众来访”“化解信访积案”的指标值未设置为可衡量的数值或标准');
    expect(problems).toContain('“成本指标”所在行各栏目错位');
  });

  test('each kind of problem gets one editable measure from the phrase bank', () => {
    const measures = report.sections.find((s) => s.heading === '五、下一步改进措施');
    expect(measures?.paragraphs).toHaveLength(5);
    for (const p of measures?.paragraphs ?? []) expect(p.every((r) => r.editable)).toBe(true);
    expect(paragraphText(measures!.paragraphs[0])).toMatch(/^加强预算执行管理。/);
  });

  test('what the user typed as 存在的问题 and 改进措施 comes first, verbatim', () => {
    const { report: r } = reportOf(REFERENCE_TABLE, {
      problems: { raw: '个别时候未严格按照预算指标执行。', cell: 'B13' },
      improvements: { raw: '1、加强学习。\n2、严格管理。', cell: 'B14' },
    });
    expect(
      paragraphText(r.sections.find((s) => s.heading === '四、存在的问题及原因分析')!.paragraphs[0]),
    ).toBe('个别时候未严格按照预算指标执行。');
    const measures = r.sections.find((s) => s.heading === '五、下一步改进措施')!.paragraphs;
    expect(measures.slice(0, 2).map(paragraphText)).toEqual(['1、加强学习。', '2、严格管理。']);
    expect(measures[0].some((run) => run.editable)).toBe(false);
  });

  test('Chinese punctuation: no ASCII comma, colon, semicolon or parenthesis in generated sentences', () => {
    const generated = report.sections
      .filter((s) => s.heading !== '（三）工作成绩')
      .flatMap((s) => s.paragraphs.map(paragraphText));
    for (const p of [...generated, ...report.preamble.map(paragraphText)]) expect(p).not.toMatch(/[,:;()]/);
  });
});

describe('an empty template', () => {
  const { report, text } = reportOf(emptyTemplate(), null);

  test('gives the complete outline, every missing fact a placeholder', () => {
    expect(paragraphText(report.title)).toBe(
      '【请填写：年度】年度【请填写：部门（单位）名称】部门整体支出绩效自评报告',
    );
    expect(headings(report)).toEqual([
      '一、单位基本情况',
      '（一）单位职能',
      '（二）单位基本情况',
      '（三）工作成绩',
      '二、单位整体预算支出情况',
      '（一）基本支出情况',
      '（二）项目支出情况',
      '三、单位整体支出绩效情况',
      '（一）预算执行情况',
      '（二）产出指标（50分）',
      '（三）效益指标（30分）',
      '（四）满意度指标（10分）',
      '四、存在的问题及原因分析',
      '五、下一步改进措施',
    ]);
    for (const s of report.sections) {
      if (s.level === 2 || s.paragraphs.length > 0) {
        expect(s.paragraphs.some((p) => p.some((r) => r.placeholder))).toBe(true);
      }
    }
    expect(text).toContain('【请填写：部门职能职责概述】');
    expect(text).toContain('【请填写：评价依据（文件名与文号）】');
    expect(text).toContain('单位人员编制 【请填写：人员编制人数】');
    expect(text).toContain('【请填写：产出指标的各项指标、指标值、完成值、分值和得分】');
    expect(text).toContain('【请填写：存在的问题及原因分析】');
    expect(text).toContain('【请填写：下一步改进措施】');
    expect(text).toContain('自评得分为 【请填写：自评得分（请先在自评表中填写分值和得分）】 分');
  });

  test('placeholders are runs flagged as such, and say so', () => {
    const runs = [report.title, ...report.preamble, ...report.sections.flatMap((s) => s.paragraphs)].flat();
    for (const r of runs) {
      if (r.placeholder) expect(r.text).toMatch(/^【请(填写|核对)：.+】$/);
      else expect(r.text).not.toMatch(/【请(填写|核对)/);
    }
  });
});

describe('the project form', () => {
  const project = {
    ...emptyTemplate('project'),
    meta: {
      unit: { raw: '信访积案化解专项', cell: 'B3' },
      year: { raw: '2021', cell: 'A2' },
      supervisor: { raw: '长沙市望城区人民政府', cell: 'B4' },
      implementer: { raw: '长沙市望城区信访局', cell: 'H4' },
    },
  };
  const { report, text } = reportOf(project, null, STANDARD_2020);

  test('gets the 项目支出绩效自评报告 outline', () => {
    expect(paragraphText(report.title)).toBe('2021年度信访积案化解专项项目支出绩效自评报告');
    expect(headings(report).filter((h) => /^[一二三四五]、/.test(h))).toEqual([
      '一、项目概况',
      '二、项目资金使用及管理情况',
      '三、项目绩效目标完成情况',
      '四、存在的问题及原因分析',
      '五、下一步改进措施',
    ]);
    expect(text).toContain(
      '“信访积案化解专项”的主管部门为长沙市望城区人民政府，实施单位为长沙市望城区信访局。',
    );
    expect(text).toContain('长沙市望城区信访局对2021年度“信访积案化解专项”项目支出开展了绩效自评');
  });

  test('a name already ending in 项目 is not doubled', () => {
    const named = { ...project, meta: { ...project.meta, unit: { raw: '信访积案化解项目', cell: 'B3' } } };
    expect(paragraphText(reportOf(named, null).report.title)).toBe(
      '2021年度信访积案化解项目支出绩效自评报告',
    );
  });
});

describe('problems from scores', () => {
  const table = tableOf({ planned: 100, actual: 95, score: 9.5 }, [
    { name: '办结率', target: '≥95%', actual: '90%', weight: 20, score: 18.95, reason: '部分案件跨年办理。' },
    { name: '培训人次', target: '100人次', actual: '150人次', weight: 30, score: 30 },
    { level1: '效益指标（30分）', name: '化解率', target: '≥90%', actual: '95%', weight: 30, score: 30 },
    { level1: '满意度指标（10分）', name: '满意率', target: '≥90%', actual: '95%', weight: 10, score: 10 },
  ]);
  const { report, text } = reportOf(table, null);
  const problems = section(report, '四、存在的问题及原因分析');

  test('an indicator not fully met: its score and the reason typed in the table, verbatim', () => {
    expect(problems).toContain(
      '“办结率”未完全达成。指标值≥95%，完成值90%，得分 18.95 分（分值 20 分）。原因：部分案件跨年办理。',
    );
    expect(text).toContain('未完成原因：部分案件跨年办理。');
  });

  test('over-completion at 150% (≥ 130%): target probably too low, reason to fill in', () => {
    expect(problems).toContain(
      '“培训人次”超额完成较多。指标值100人次，完成值150人次，为指标值的 150.00%，指标值可能设置偏低。原因：【请填写：“培训人次”超额完成的原因（指标值是否设置偏低）】。',
    );
    expect(text).toContain('完成值为指标值的 150.00%，达到或超过 130%');
  });

  test('95% execution is not a problem; each problem kind gets its measure', () => {
    expect(problems).not.toContain('预算执行率偏低');
    const measures = report.sections
      .find((s) => s.heading === '五、下一步改进措施')!
      .paragraphs.map(paragraphText);
    expect(measures.map((m) => m.slice(0, m.indexOf('。')))).toEqual([
      '强化绩效运行监控',
      '科学设定绩效目标',
    ]);
  });
});
