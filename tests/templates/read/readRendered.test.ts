import { addSheet } from '../../../src/app/addSheet';
import type { RawValue } from '../../../src/domain/cellValue.types';
import type { CellInput } from '../../../src/domain/model';
import { STANDARD_2020 } from '../../../src/domain/profiles/standard2020';
import { MemoryWorkbook } from '../../../src/hosts/memory';
import { readFlat } from './gridTools';
import { renderTemplateWithMap, type FormCellMap, type RenderOptions } from '../../../src/templates/render';

/**
 * Reading what we rendered gives back what we rendered: a template inserted into the memory host,
 * every input typed (distinct values, so that a value read from the wrong cell shows), read back —
 * every field comes from the cell the renderer's map names.
 */
async function filledTemplate(options: Partial<RenderOptions>) {
  const result = renderTemplateWithMap({
    kind: 'overall',
    year: 2020,
    unit: '长沙市望城区信访局',
    profile: STANDARD_2020,
    ...options,
  });
  if (!result.ok || result.map.kind === 'reportInputs') throw new Error('bad options');
  const map: FormCellMap = result.map;
  const book = new MemoryWorkbook();
  const sheet = await addSheet(book, result.plan);
  const typed = new Map<string, RawValue>();
  const type = (cell: string | undefined, value: RawValue) => {
    if (cell === undefined) return;
    book.setValue(sheet, cell, value);
    typed.set(cell, value);
  };
  type(map.meta.independentUnits, 2);
  type(map.meta.supervisor, '主管部门甲');
  type(map.meta.implementer, '实施单位乙');
  type(map.meta.functions, '职能职责概述文本');
  type(map.meta.preparer, '徐海燕');
  type(map.meta.phone, '88553876');
  type(map.meta.date, '2021-03-01');
  map.budget.forEach((b, i) => {
    type(b.initial, 100 + i);
    type(b.planned, 200 + i);
    type(b.actual, 150 + i);
    type(b.reason, `原因${i}`);
  });
  type(map.goals.planned, '年初目标');
  type(map.goals.achieved, '完成情况');
  map.indicators.forEach((ind, i) => {
    type(ind.name, `指标${i}`);
    type(ind.target, `≥${i}件`);
    type(ind.actual, `${i + 1}件`);
    type(ind.weight, i + 0.5);
    type(ind.score, i + 0.25);
    type(ind.reason, `说明${i}`);
  });
  return { map, typed, grid: await book.readGrid(sheet) };
}

const cellOf = (input: CellInput | undefined) => input?.cell;

describe.each([
  { kind: 'overall' as const, blankRowsPerLevel2: 2 },
  { kind: 'overall' as const, blankRowsPerLevel2: 5 },
  { kind: 'project' as const, blankRowsPerLevel2: 1 },
])('the rendered %o template, filled and read back', (options) => {
  test('every field from the cell the renderer put it in', async () => {
    const { map, typed, grid } = await filledTemplate(options);
    const { tables, findings } = readFlat(grid);
    expect(findings).toEqual([]);
    expect(tables).toHaveLength(1);
    const t = tables[0];
    expect(t.kind).toBe(map.kind);
    expect(t.meta.unit).toEqual({ raw: '长沙市望城区信访局', cell: map.meta.unit });
    expect(t.meta.year.raw).toBe(2020);
    expect(t.meta.profileId).toBe(STANDARD_2020.id);
    for (const field of [
      'independentUnits',
      'supervisor',
      'implementer',
      'functions',
      'preparer',
      'phone',
      'date',
    ] as const) {
      const at = map.meta[field];
      expect([field, t.meta[field]]).toEqual([field, at ? { raw: typed.get(at), cell: at } : undefined]);
    }
    expect(
      t.budget.map((b) => [
        b.key,
        cellOf(b.initial),
        b.planned.cell,
        b.actual.cell,
        cellOf(b.rate),
        cellOf(b.reason),
      ]),
    ).toEqual(map.budget.map((b) => [b.key, b.initial, b.planned, b.actual, b.rate, b.reason]));
    expect([cellOf(t.budget[0].weight), cellOf(t.budget[0].score)]).toEqual([
      map.budget[0].weight,
      map.budget[0].score,
    ]);
    expect(t.budget.map((b) => b.planned.raw)).toEqual(map.budget.map((b) => typed.get(b.planned)));
    expect(t.goals).toEqual([
      {
        planned: { raw: '年初目标', cell: map.goals.planned },
        achieved: { raw: '完成情况', cell: map.goals.achieved },
      },
    ]);
    expect(
      t.indicators.map((i) => [
        i.row,
        i.level1.raw,
        i.level2.raw,
        i.name.cell,
        i.target.cell,
        i.actual.cell,
        i.weight.cell,
        i.score.cell,
        i.reason.cell,
      ]),
    ).toEqual(
      map.indicators.map((i) => [
        i.row,
        i.level1,
        i.level2,
        i.name,
        i.target,
        i.actual,
        i.weight,
        i.score,
        i.reason,
      ]),
    );
    expect(t.indicators.map((i) => [i.name.raw, i.weight.raw, i.reason.raw])).toEqual(
      map.indicators.map((i) => [typed.get(i.name), typed.get(i.weight), typed.get(i.reason)]),
    );
    expect([cellOf(t.totals?.weight), cellOf(t.totals?.score), cellOf(t.totals?.grade)]).toEqual([
      map.totals.weight,
      map.totals.score,
      map.totals.grade,
    ]);
  });
});
