import type { Report } from '../../src/domain/report/report.types';
import { toMarkdown } from '../../src/domain/report/render/toMarkdown';
import { toSheetPlan } from '../../src/templates/rendering/reportSheet';
import { toText } from '../../src/domain/report/render/toText';
import { decodeTag } from '../../src/templates/tag';
import { referenceReport } from './helpers';

const tiny: Report = {
  kind: 'overall',
  title: [{ text: '2020年度某局部门整体支出绩效自评报告' }],
  preamble: [
    [
      { text: '根据' },
      { text: '【请填写：评价依据（文件名与文号）】', placeholder: true },
      { text: '的要求。' },
    ],
  ],
  sections: [
    { heading: '一、单位基本情况', level: 1, paragraphs: [] },
    { heading: '（一）单位职能', level: 2, paragraphs: [[{ text: '1. 受理信访*事项*；#2' }]] },
    {
      heading: '五、下一步改进措施',
      level: 1,
      paragraphs: [[{ text: '加强预算执行管理。', editable: true }]],
    },
  ],
};

describe('toText', () => {
  test('title, blank line, then indented headings and paragraphs; placeholders visible', () => {
    expect(toText(tiny)).toBe(
      [
        '2020年度某局部门整体支出绩效自评报告',
        '',
        '　　根据【请填写：评价依据（文件名与文号）】的要求。',
        '　　一、单位基本情况',
        '　　（一）单位职能',
        '　　1. 受理信访*事项*；#2',
        '　　五、下一步改进措施',
        '　　加强预算执行管理。',
        '',
      ].join('\n'),
    );
  });
});

describe('toMarkdown', () => {
  test('headings by level, placeholders visible, user text escaped, suggested measures in italics', () => {
    expect(toMarkdown(tiny)).toBe(
      [
        '# 2020年度某局部门整体支出绩效自评报告',
        '根据【请填写：评价依据（文件名与文号）】的要求。',
        '## 一、单位基本情况',
        '### （一）单位职能',
        '1\\. 受理信访\\*事项\\*；\\#2',
        '## 五、下一步改进措施',
        '*加强预算执行管理。*',
        '',
      ]
        .join('\n\n')
        .replace(/\n\n$/, '\n'),
    );
  });

  test('the reference report in Markdown shows its placeholders', () => {
    const md = toMarkdown(referenceReport().report);
    expect(md).toContain('【请填写：评价依据（文件名与文号）】');
    expect(md).toContain('## 四、存在的问题及原因分析');
    expect(md).toContain('### （二）产出指标（50分）');
  });
});

describe('toSheetPlan', () => {
  const { report } = referenceReport();
  const plan = toSheetPlan(report);
  const column = plan.blocks[0].values.map((r) => r[0]);

  test('a new sheet 自评报告, one paragraph a row in one wide column', () => {
    expect(plan.sheetName).toBe('自评报告');
    expect(plan.blocks).toHaveLength(1);
    expect(plan.blocks[0]).toMatchObject({ top: 1, left: 1 });
    for (const row of plan.blocks[0].values) expect(row).toHaveLength(1);
    const paragraphs =
      report.preamble.length + report.sections.reduce((n, s) => n + 1 + s.paragraphs.length, 0);
    expect(column).toHaveLength(2 + paragraphs);
    expect(column[0]).toBe('2020年度长沙市望城区信访局部门整体支出绩效自评报告');
    expect(column[1]).toBeNull();
    expect(column).toContain('　　一、单位基本情况');
    expect(plan.columnWidths).toContainEqual({ col: 1, width: 80 });
  });

  test('wrapped body, bold headings, a centred title; placeholder rows filled yellow', () => {
    expect(plan.styles[0]).toMatchObject({
      range: { top: 1, left: 1, bottom: column.length, right: 1 },
      style: { wrap: true, vertical: 'top' },
    });
    const styleAt = (row: number) => plan.styles.filter((s) => s.range.top === row).map((s) => s.style);
    expect(styleAt(1)).toContainEqual(
      expect.objectContaining({ horizontal: 'center', font: expect.objectContaining({ bold: true }) }),
    );
    const heading = column.indexOf('　　四、存在的问题及原因分析') + 1;
    expect(styleAt(heading)).toContainEqual({ font: { name: '宋体', size: 12, bold: true } });
    expect(styleAt(3)).toContainEqual({ fill: '#FFF9E5' });
  });

  test('row heights grow with the text', () => {
    const height = (row: number) => plan.rowHeights.find((h) => h.row === row)?.height ?? 0;
    const long = column.findIndex((v) => typeof v === 'string' && v.length > 200) + 1;
    const short = column.indexOf('　　（一）单位职能') + 1;
    expect(height(long)).toBeGreaterThan(3 * height(short));
  });

  test('A4 portrait, one page wide, official-document margins; a hidden tag no form reader mistakes', () => {
    expect(plan.print).toMatchObject({
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      area: { top: 1, left: 1, bottom: column.length, right: 1 },
    });
    expect(plan.hiddenColumns).toEqual([plan.tag.col]);
    expect(plan.tag.text.startsWith('JXZP:')).toBe(true);
    expect(decodeTag(plan.tag.text)).toBeNull();
  });
});
