import { evaluate } from '../../src/domain/evaluate';
import { shown } from '../fixtures/shown';
import { findingMessage, findingValues } from '../../src/i18n/findings.zh-CN';
import { FINDING_CODES } from '../../src/domain/findings/codes';
import { STANDARD_2020 } from '../../src/domain/profiles/standard2020';
import { checkReport } from '../../src/domain/report/checkReport';
import { createReportInputs, type ReportInputsInput } from '../../src/domain/report/reportInputs';
import { keyWords, numbersInText } from '../../src/domain/report/textNumbers';
import { REFERENCE_TABLE } from '../fixtures/referenceTable';
import { REFERENCE_INPUTS } from './referenceInputs';

const evaluation = evaluate(REFERENCE_TABLE, STANDARD_2020);
const check = (inputs: ReportInputsInput) =>
  checkReport(evaluation, createReportInputs(inputs), STANDARD_2020);

describe('the report against the table (the reference)', () => {
  const findings = check(REFERENCE_INPUTS);

  test('基本支出 parts 488.6 + 153.6 + 13.5 = 655.70 ≠ 596.68, on the 基本支出 cell', () => {
    expect(
      shown(
        findings.find((f) => f.code === 'report-basic-parts-sum'),
        '自评表',
      ),
    ).toMatchObject({
      cell: 'B7',
      severity: 'error',
      params: { parts: '655.70', total: '596.68' },
      expected: '596.68',
      actual: '655.70',
      message:
        '报告要素!B7：报告要素中工资福利支出、商品和服务支出、对个人和家庭的补助合计 655.70 万元，与基本支出 596.68 万元不符',
    });
  });

  test('基本支出 + 项目支出 = 596.68 + 156.50 = 753.18 ≠ the table’s 全年执行数 596.68 (D5)', () => {
    expect(
      shown(
        findings.find((f) => f.code === 'report-expenditure-total'),
        '自评表',
      ),
    ).toMatchObject({
      cell: 'B7',
      severity: 'error',
      params: { basic: '596.68', project: '156.50', sum: '753.18', actual: '596.68', tableCell: 'D5' },
      message:
        '报告要素!B7：报告要素中基本支出 596.68 万元与项目支出 156.50 万元合计 753.18 万元，与自评表 D5 的全年执行数 596.68 万元不符',
    });
  });

  test('37 件 积案 in 工作成绩 against 32件 in the table is a warning', () => {
    const f = findings.filter((x) => x.code === 'report-number-differs');
    expect(f).toHaveLength(1);
    expect(shown(f[0], '自评表')).toMatchObject({
      cell: 'B12',
      severity: 'warning',
      params: { name: '化解信访积案', text: '37 件', table: '32件', tableCell: 'F14' },
    });
    expect(findingValues(f[0])).toEqual({ expected: '32件', actual: '37 件' });
    expect(findingMessage(f[0], '自评表')).toBe(
      '报告要素!B12：工作成绩中“化解信访积案”写为 37 件，与自评表 F14 的完成值 32件 不一致，请核对',
    );
  });

  test('exactly these three findings, in cell order', () => {
    expect(findings.map((f) => `${f.code}@${f.cell}`)).toEqual([
      'report-basic-parts-sum@B7',
      'report-expenditure-total@B7',
      'report-number-differs@B12',
    ]);
  });

  test('the codes are registered', () => {
    for (const code of [
      'report-basic-parts-sum',
      'report-expenditure-total',
      'report-number-differs',
    ] as const) {
      expect(FINDING_CODES).toContain(code);
    }
  });
});

describe('checkReport, valid cases report nothing', () => {
  test('no inputs, no findings', () => {
    expect(checkReport(evaluation, null, STANDARD_2020)).toEqual([]);
  });

  test('parts that add up, a total that matches, a text that agrees with the table', () => {
    expect(
      check({
        basicExpense: { raw: 440.18, cell: 'B7' },
        salaries: { raw: 300, cell: 'B8' },
        goodsAndServices: { raw: '126.68', cell: 'B9' },
        householdSubsidies: { raw: '13.5万元', cell: 'B10' },
        projectExpense: { raw: 156.5, cell: 'B11' },
        achievements: {
          raw: '使 32 件信访积案得到彻底解决。梳理重点信访问题 63 件，目前已化解 28 件。投入积案化解资金 380 余万元。',
          cell: 'B12',
        },
      }),
    ).toEqual([]);
  });

  test('missing figures are not compared', () => {
    expect(check({ basicExpense: { raw: 596.68, cell: 'B7' } })).toEqual([]);
    expect(check({ salaries: { raw: 1, cell: 'B8' }, projectExpense: { raw: 2, cell: 'B11' } })).toEqual([]);
  });

  test('a number with another unit, or in a clause not naming the indicator, is not compared', () => {
    expect(check({ achievements: { raw: '全年化解积案 37 件。', cell: 'B12' } })).toEqual([
      expect.objectContaining({ code: 'report-number-differs' }),
    ]);
    expect(
      check({
        achievements: { raw: '区领导批示积案多达 37 件次；全区化解矛盾 37 件，积案另计。', cell: 'B12' },
      }),
    ).toEqual([]);
  });
});

describe('numbers in text and key words', () => {
  test('numbers with units, approximations left out', () => {
    const found = numbersInText('投入资金 380 余万元，使 37 件积案解决，办结率达到 98.5%，共２０件；2020年');
    expect(found.map((n) => `${n.value.toString()}|${n.unit}`)).toEqual([
      '37|件',
      '98.5|%',
      '20|件',
      '2020|年',
    ]);
  });

  test('key words: the name and its head word', () => {
    expect(keyWords('化解信访积案')).toEqual(['化解信访积案', '积案']);
    expect(keyWords('按期办结率')).toEqual(['按期办结率', '办结率']);
    expect(keyWords('办结率')).toEqual(['办结率', '结率']);
    expect(keyWords('完成数量指标')).toEqual(['完成数量指标']);
  });
});
