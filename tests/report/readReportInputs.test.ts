import type { RawValue } from '../../src/domain/cellValue.types';
import { STANDARD_2020 } from '../../src/domain/profiles/standard2020';
import { REPORT_INPUT_KEYS } from '../../src/domain/report/reportInputs';
import { parseA1 } from '../../src/templates/a1';
import type { Grid } from '../../src/templates/grid';
import { readReportInputs } from '../../src/templates/read/readReportInputs';
import { renderTemplateWithMap } from '../../src/templates/render';
import { REFERENCE_INPUTS } from './referenceInputs';

function grid(values: RawValue[][], merges: Grid['merges'] = []): Grid {
  return { sheet: '报告要素', values, merges };
}

/** The inserted 报告要素 sheet, as a host reads it back, with `fill` typed into its 内容 cells. */
function renderedSheet(fill: (key: string) => RawValue): Grid {
  const result = renderTemplateWithMap({
    kind: 'reportInputs',
    year: 2020,
    unit: '',
    profile: STANDARD_2020,
  });
  if (!result.ok || result.map.kind !== 'reportInputs') throw new Error('render failed');
  const values: RawValue[][] = [];
  for (const block of result.plan.blocks) {
    block.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const line = (values[block.top + r - 1] ??= []);
        line[block.left + c - 1] = v === null || typeof v === 'object' ? null : v;
      }),
    );
  }
  for (const fact of result.map.facts) {
    const at = parseA1(fact.cell)!;
    values[at.row - 1][at.col - 1] = fill(fact.key);
  }
  return { sheet: result.plan.sheetName, values, merges: result.plan.merges };
}

describe('readReportInputs', () => {
  test('reads back what the 报告要素 template holds, cell by cell', () => {
    const typed = Object.fromEntries(
      REPORT_INPUT_KEYS.map((k) => [k, (REFERENCE_INPUTS[k]?.raw ?? null) as RawValue]),
    );
    const inputs = readReportInputs(renderedSheet((key) => typed[key] ?? null));
    expect(inputs).not.toBeNull();
    for (const key of REPORT_INPUT_KEYS) {
      expect([key, inputs?.[key]?.raw ?? null]).toEqual([key, typed[key] ?? null]);
      expect([key, inputs?.[key]?.cell]).toEqual([key, REFERENCE_INPUTS[key]?.cell]);
    }
    expect(inputs?.basicExpense?.value).toMatchObject({ kind: 'number' });
  });

  test('an empty 内容 cell is empty, not the hint next to it', () => {
    const inputs = readReportInputs(renderedSheet(() => null));
    expect(inputs?.basicExpense).toMatchObject({ raw: null, cell: 'B7', value: { kind: 'empty' } });
  });

  test('a sheet typed by hand: labels anywhere, with units and colons, value the first cell to the right', () => {
    const inputs = readReportInputs(
      grid([
        ['单位情况'],
        [null, '人员编制：', null, '13人'],
        [null, '实有人数（人）', 12],
        [null, null, null, null],
        ['基本支出(万元)', '', ' ', '596.68'],
        ['其中：工资福利', 488.6],
        ['存在问题', '执行率偏低'],
      ]),
    );
    expect(inputs?.staffQuota).toMatchObject({ raw: '13人', cell: 'D2' });
    expect(inputs?.staffActual).toMatchObject({ raw: 12, cell: 'C3' });
    expect(inputs?.basicExpense).toMatchObject({ raw: '596.68', cell: 'D5' });
    expect(inputs?.salaries).toMatchObject({ raw: 488.6, cell: 'B6' });
    expect(inputs?.problems).toMatchObject({ raw: '执行率偏低', cell: 'B7' });
    expect(inputs?.basis).toBeUndefined();
  });

  test('a merged label: the value starts right of the merge', () => {
    const inputs = readReportInputs(
      grid([['工作成绩', null, '成绩一']], [{ top: 1, left: 1, bottom: 1, right: 2 }]),
    );
    expect(inputs?.achievements).toMatchObject({ raw: '成绩一', cell: 'C1' });
  });

  test('null when the sheet holds none of the labels', () => {
    expect(readReportInputs(grid([['部门（单位）整体支出绩效自评表'], ['年度总预算', 1036.03]]))).toBeNull();
    expect(readReportInputs(grid([]))).toBeNull();
  });
});
