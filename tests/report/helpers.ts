import { evaluate } from '../../src/domain/evaluate';
import type { TableInput } from '../../src/domain/model';
import type { Profile } from '../../src/domain/profiles/profile';
import { STANDARD_2020 } from '../../src/domain/profiles/standard2020';
import { narrate } from '../../src/domain/report/narrate';
import type { Report } from '../../src/domain/report/report.types';
import { createReportInputs, type ReportInputsInput } from '../../src/domain/report/reportInputs';
import { toText } from '../../src/domain/report/render/toText';
import { REFERENCE_TABLE } from '../fixtures/referenceTable';
import { REFERENCE_INPUTS } from './referenceInputs';

export function reportOf(
  table: TableInput,
  inputs: ReportInputsInput | null,
  profile: Profile = STANDARD_2020,
): { report: Report; text: string } {
  const report = narrate(evaluate(table, profile), inputs ? createReportInputs(inputs) : null, profile);
  return { report, text: toText(report) };
}

export function referenceReport(profile: Profile = STANDARD_2020) {
  return reportOf(REFERENCE_TABLE, REFERENCE_INPUTS, profile);
}

/** An empty overall template as read from a freshly inserted sheet: every input cell blank. */
export function emptyTemplate(kind: 'overall' | 'project' = 'overall'): TableInput {
  const blank = (cell: string) => ({ raw: null, cell });
  const groups: [string, string[]][] = [
    ['产出指标（50分）', ['数量指标', '质量指标', '时效指标', '成本指标']],
    ['效益指标（30分）', ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标']],
    ['满意度指标（10分）', ['服务对象满意度指标']],
  ];
  let row = 13;
  const indicators = groups.flatMap(([level1, level2s]) => {
    const top = row;
    return level2s.flatMap((level2) =>
      [0, 1].map(() => {
        const r = row++;
        return {
          level1: { raw: level1, cell: `B${top}` },
          level2: { raw: level2, cell: `C${r}` },
          name: blank(`D${r}`),
          target: blank(`E${r}`),
          actual: blank(`F${r}`),
          weight: blank(`G${r}`),
          score: blank(`H${r}`),
          reason: blank(`I${r}`),
          row: r,
        };
      }),
    );
  });
  const budgetRow = (key: 'total' | 'fiscal' | 'business' | 'other', label: string, r: number) => ({
    key,
    label,
    planned: blank(`C${r}`),
    actual: blank(`D${r}`),
    rate: blank(`E${r}`),
    weight: key === 'total' ? { raw: 10, cell: `F${r}` } : { raw: '--', cell: `F${r}` },
    score: key === 'total' ? blank(`G${r}`) : { raw: '--', cell: `G${r}` },
    reason: blank(`H${r}`),
  });
  return {
    kind,
    meta: {
      unit: blank('B3'),
      year: blank('A2'),
      functions: blank('B9'),
      supervisor: kind === 'project' ? blank('B4') : undefined,
      implementer: kind === 'project' ? blank('H4') : undefined,
    },
    budget: [
      budgetRow('total', kind === 'project' ? '年度资金总额' : '年度总预算', 5),
      budgetRow('fiscal', '其中：财政拨款', 6),
      budgetRow('business', '事业收入', 7),
      budgetRow('other', '其他资金', 8),
    ],
    goals: [{ planned: blank('B11'), achieved: blank('F11') }],
    indicators,
  };
}
