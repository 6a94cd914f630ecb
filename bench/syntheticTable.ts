import type { RawValue } from '../src/domain/cellValue.types';
import type { TableInput } from '../src/domain/model';
import { indicatorRow } from '../tests/fixtures/tableBuilder';

const TARGETS: RawValue[] = [
  '≥95%',
  '不低于98%',
  '127批 600人',
  '≤1036.03万元',
  '32件',
  '达成年度指标',
  '100%',
  '全年未发生维稳事件。',
  '/',
];
const ACTUALS: RawValue[] = [
  '96.5%',
  '97%',
  '130批 580人',
  '596.68万元',
  '30件',
  '部分达成年度指标并具有一定效果',
  1,
  '100%',
  '/',
];
const LEVEL1 = ['产出指标（50分）', '效益指标（30分）', '满意度指标（10分）'];

/** A table of n indicators with the mix of cell texts real tables have (numbers, units, sentences, placeholders). */
export function syntheticTable(n: number): TableInput {
  const rows = Array.from({ length: n }, (_, i) => ({
    level1: LEVEL1[Math.floor((i * 3) / n)],
    level2: `二级${i % 7}`,
    name: `指标${i}`,
    // Targets and results mostly differ from row to row; 分值 and 得分 repeat, as in real tables.
    target: i % 3 === 0 ? `≥${80 + (i % 20)}.${i % 100}%` : TARGETS[i % TARGETS.length],
    actual:
      i % 3 === 0
        ? `${85 + (i % 15)}.${(i * 7) % 100}%`
        : i % 3 === 1
          ? `${100 + (i % 900)}件`
          : ACTUALS[i % ACTUALS.length],
    weight: i % 9 === 8 ? '/' : '１０',
    score: i % 4 === 0 ? 9.5 : '10',
    reason: i % 5 === 0 ? '原因' : null,
  }));
  return {
    kind: 'overall',
    meta: { unit: { raw: '测试单位', cell: 'B3' }, year: { raw: '2024', cell: 'A2' } },
    budget: [
      {
        key: 'total',
        label: '年度总预算',
        planned: { raw: '1,036.03', cell: 'C5' },
        actual: { raw: 596.68, cell: 'D5' },
        rate: { raw: '57.59%', cell: 'E5' },
        weight: { raw: 10, cell: 'F5' },
        score: { raw: 6, cell: 'G5' },
      },
      {
        key: 'fiscal',
        label: '财政拨款',
        planned: { raw: 1036.03, cell: 'C6' },
        actual: { raw: '５９６．６８', cell: 'D6' },
      },
    ],
    goals: [],
    indicators: rows.map((r, i) => indicatorRow(13 + i, r)),
  };
}
