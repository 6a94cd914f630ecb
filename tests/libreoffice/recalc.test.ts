import { promises as fs } from 'fs';
import { addSheet } from '../../src/app/addSheet';
import * as os from 'os';
import * as path from 'path';
import type { RawValue } from '../../src/domain/cellValue.types';
import { evaluate } from '../../src/domain/evaluate';
import { STANDARD_2020 } from '../../src/domain/profiles/standard2020';
import { XlsxWorkbookHost } from '../../src/hosts/xlsx';
import { parseA1 } from '../../src/templates/a1';
import type { Grid } from '../../src/templates/grid';
import { type FormCellMap, renderTemplateWithMap } from '../../src/templates/render';
import { convert, createProfile, findSoffice, type LibreOfficeProfile } from '../../scripts/lo/libreoffice';
import { referenceFill, withTypedCells } from './referenceFill';

/**
 * A real spreadsheet engine agrees with the core: the formulas we write, recomputed by LibreOffice on
 * load (the profile forces it; the file carries no cached results), give what `evaluate` computes
 * from the same inputs — and blank, not 0 or #DIV/0!, where inputs are empty.
 */
const withLibreOffice = findSoffice() ? describe : describe.skip;

function renderOverall(): { plan: Parameters<XlsxWorkbookHost['applyPlan']>[0]; map: FormCellMap } {
  const result = renderTemplateWithMap({
    kind: 'overall',
    year: 2020,
    unit: '长沙市望城区信访局',
    profile: STANDARD_2020,
  });
  if (!result.ok || result.map.kind === 'reportInputs') throw new Error('render failed');
  return { plan: result.plan, map: result.map };
}

function at(grid: Grid, ref: string): RawValue {
  const pos = parseA1(ref);
  if (pos === null) throw new Error(ref);
  return grid.values[pos.row - 1]?.[pos.col - 1] ?? null;
}

function formulaCells(grid: Grid): string[] {
  const refs: string[] = [];
  grid.formulas?.forEach((row, r) =>
    row.forEach((f, c) => {
      if (f !== null) refs.push(`${String.fromCharCode(65 + c)}${r + 1}`);
    }),
  );
  return refs;
}

const blank = (v: RawValue): boolean => v === null || v === '';

withLibreOffice('LibreOffice recomputes the template formulas as the core does', () => {
  let dir: string;
  let profile: LibreOfficeProfile;
  let filled: Grid;
  let empty: Grid;
  let map: FormCellMap;
  let sheetsAfter: readonly string[];
  let staleAfter: Grid;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jxzp-lo-recalc-'));
    profile = await createProfile(path.join(dir, 'profile'));
    const rendered = renderOverall();
    map = rendered.map;
    const { cells } = referenceFill(map, null);
    const host = XlsxWorkbookHost.create();
    const filledName = await addSheet(host, withTypedCells(rendered.plan, cells));
    const emptyName = await addSheet(host, rendered.plan);
    // A stale cached result, as a file last saved by another program may carry: recomputing must replace it.
    const stale = host.workbook.addWorksheet('stale');
    stale.getCell('A1').value = 2;
    stale.getCell('B1').value = { formula: 'A1*3', result: 999 };
    const input = path.join(dir, 'template.xlsx');
    await host.save(input);
    const output = await convert(input, path.join(dir, 'out'), 'xlsx', profile);
    const opened = await XlsxWorkbookHost.open(output);
    if (!opened.ok) throw new Error(opened.error.message);
    sheetsAfter = (await opened.host.listSheets()).map((s) => s.name);
    filled = await opened.host.readGrid(filledName);
    empty = await opened.host.readGrid(emptyName);
    staleAfter = await opened.host.readGrid('stale');
  }, 180_000);

  afterAll(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  });

  test('LibreOffice recomputed on load: a stale cached result (999 for A1*3) is replaced', () => {
    expect(at(staleAfter, 'B1')).toBe(6);
  });

  test('the file went through LibreOffice with both sheets and every formula', () => {
    expect(sheetsAfter).toEqual(['整体支出自评表2020', '整体支出自评表2020 (2)', 'stale']);
    expect(formulaCells(filled)).toEqual(formulaCells(empty));
    expect(formulaCells(filled).length).toBeGreaterThanOrEqual(4 + 1 + 2 * 3 + 2 + 1);
  });

  test('执行率 = 596.68 / 1036.03 to 10 digits, on both rows that have a budget; the core gives the same', () => {
    const core = evaluate(referenceFill(map, null).input, STANDARD_2020);
    const expected = (596.68 / 1036.03).toFixed(10);
    expect(expected).toBe('0.5759292685');
    expect(core.scores.budget.main?.rate?.toFixed(10)).toBe(expected);
    for (const row of map.budget.slice(0, 2)) expect(Number(at(filled, row.rate)).toFixed(10)).toBe(expected);
  });

  test('执行率得分 5.76 (ROUND(MIN(rate,1)×10, 2)), the core’s rule score', () => {
    const core = evaluate(referenceFill(map, null).input, STANDARD_2020);
    expect(core.scores.budget.ruleScore?.toFixed(2)).toBe('5.76');
    expect(at(filled, map.budget[0].score ?? '')).toBe(5.76);
  });

  test('subtotals, 总分 and 评价等级 equal the core’s for the same inputs', () => {
    const first = evaluate(referenceFill(map, null).input, STANDARD_2020);
    const budgetScore = Number(first.scores.budget.ruleScore?.toFixed(2));
    const core = evaluate(referenceFill(map, budgetScore).input, STANDARD_2020);
    for (const sub of map.subtotals) {
      const group = core.scores.level1.find((g) => g.key === sub.level1Key);
      expect({ key: sub.level1Key, weight: at(filled, sub.weight), score: at(filled, sub.score) }).toEqual({
        key: sub.level1Key,
        weight: group?.weight.toNumber(),
        score: group?.enteredScore.toNumber(),
      });
    }
    expect(core.scores.totals.weight.toString()).toBe('110');
    expect(core.scores.totals.enteredScore.toString()).toBe('105.76');
    expect(at(filled, map.totals.weight)).toBe(core.scores.totals.weight.toNumber());
    expect(at(filled, map.totals.score)).toBe(core.scores.totals.enteredScore.toNumber());
    expect(at(filled, map.totals.grade)).toBe(core.scores.totals.enteredGrade);
    expect(at(filled, map.totals.grade)).toBe('优');
  });

  test('rows without inputs give blank — not 0, not 0.00%, not #DIV/0!', () => {
    const norm = (v: RawValue): RawValue => (v === '' ? null : v);
    expect(map.budget.slice(2).map((row) => ({ cell: row.rate, value: norm(at(filled, row.rate)) }))).toEqual(
      map.budget.slice(2).map((row) => ({ cell: row.rate, value: null })),
    );
    const refs = formulaCells(empty);
    const shown = refs.map((ref) => ({ ref, value: at(empty, ref) }));
    // Every formula of the empty template is blank, except 总分's 分值, which adds the fixed 执行率 weight 10.
    expect(shown.filter((s) => !blank(s.value))).toEqual([{ ref: map.totals.weight, value: 10 }]);
  });
});

withLibreOffice('real files LibreOffice writes', () => {
  test('an old .xls is refused with legacy-xls, not a crash', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jxzp-lo-xls-'));
    try {
      const profile = await createProfile(path.join(dir, 'profile'));
      const host = XlsxWorkbookHost.create();
      await addSheet(host, renderOverall().plan);
      const input = path.join(dir, '旧表.xlsx');
      await host.save(input);
      const xls = await convert(input, path.join(dir, 'out'), 'xls', profile);
      const opened = await XlsxWorkbookHost.open(xls);
      expect(opened.ok ? 'opened' : opened.error.code).toBe('legacy-xls');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
