import { addSheet } from '../../src/app/addSheet';
import { MARK_FILLS } from '../../src/app/marks/planMarks';
import { createSession } from '../../src/app/session';
import type { CheckOutcome, Session, TableView } from '../../src/app/session.types';
import { STANDARD_2020 } from '../../src/domain/profiles/standard2020';
import type { SheetHost } from '../../src/hosts/sheetHost';
import { fillPlan } from '../../src/templates/fillPlan';
import { renderTemplateWithMap, type FormCellMap } from '../../src/templates/render';
import { demoReportInputs, demoValues } from '../../src/app/demoExample';
import type { ContractHost, HostContractOptions } from '../hosts/contract';

/**
 * The use cases a task pane calls, through `createSession`, on one host: every host runs this suite
 * with the same options it gives the SheetHost contract. The workbook is the demo's: the reference
 * table typed into our template (6 typed over 执行率得分, the reference's mistakes) and its 报告要素.
 */
export function runUseCases<H extends ContractHost>(
  name: string,
  makeHost: () => Promise<H>,
  opts: HostContractOptions<H>,
): void {
  async function reference(): Promise<{
    host: H;
    session: Session;
    sheet: string;
    inputs: string;
    map: FormCellMap;
  }> {
    const host = await makeHost();
    const options = {
      kind: 'overall',
      year: 2020,
      unit: '长沙市望城区信访局',
      profile: STANDARD_2020,
    } as const;
    const form = renderTemplateWithMap(options);
    const inputs = renderTemplateWithMap({ ...options, kind: 'reportInputs' });
    if (!form.ok || form.map.kind === 'reportInputs' || !inputs.ok || inputs.map.kind !== 'reportInputs')
      throw new Error('render failed');
    const sheet = await addSheet(host, fillPlan(form.plan, demoValues(form.map)));
    const inputsSheet = await addSheet(host, fillPlan(inputs.plan, demoReportInputs(inputs.map)));
    return {
      host,
      session: createSession(host, { debounceMs: 0 }),
      sheet,
      inputs: inputsSheet,
      map: form.map,
    };
  }

  function only(outcome: CheckOutcome): TableView {
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.tables).toHaveLength(1);
    return outcome.tables[0];
  }

  const codesAt = (t: TableView) => t.findings.map((f) => `${f.finding.code}@${f.target.cell}`);
  const fill = async (host: SheetHost, sheet: string, cell: string) =>
    (await host.readFormats(sheet, [cell]))[0].fill;

  describe(`use cases on ${name}`, () => {
    test('insert: the form and 报告要素 on new sheets, the form selected; bad options are messages', async () => {
      const host = await makeHost();
      // A live host's new workbook has a sheet of its own (Excel's and Univer's Sheet1); a file has none.
      const initial = (await host.listSheets()).map((s) => s.name);
      const session = createSession(host);
      const done = await session.insertTemplate({
        kind: 'project',
        year: 2021,
        unit: '某项目',
        profileId: 'standard-2020',
        blankRowsPerLevel2: 3,
        withReportInputs: true,
      });
      expect(done).toEqual({ ok: true, sheet: '项目支出自评表2021', inputsSheet: '报告要素' });
      expect((await host.listSheets()).map((s) => s.name)).toEqual([
        ...initial,
        '项目支出自评表2021',
        '报告要素',
      ]);
      expect(await host.selection()).toEqual({ sheet: '项目支出自评表2021', cell: 'A1' });
      const bad = await session.insertTemplate({
        kind: 'overall',
        year: 20,
        unit: '',
        profileId: 'standard-2020',
        blankRowsPerLevel2: 0,
        withReportInputs: false,
      });
      expect(bad).toEqual({
        ok: false,
        errors: [
          { field: 'year', message: '年度须为 2000 到 2100 之间的整数。' },
          { field: 'blankRowsPerLevel2', message: '每个二级指标的空白行数须为 1 到 200 之间的整数。' },
        ],
      });
      expect(await host.listSheets()).toHaveLength(initial.length + 2);
    });

    test('the built-in example: the reference table and its 报告要素 on new sheets, the same findings as typed', async () => {
      const typed = await reference();
      const expected = only(await typed.session.check());
      const host = await makeHost();
      const initial = (await host.listSheets()).map((s) => s.name);
      const session = createSession(host);
      const done = await session.insertExample();
      expect(done).toEqual({ ok: true, sheet: typed.sheet, inputsSheet: typed.inputs });
      expect((await host.listSheets()).map((s) => s.name)).toEqual([...initial, typed.sheet, typed.inputs]);
      expect(await host.selection()).toEqual({ sheet: typed.sheet, cell: 'A1' });
      const t = only(await session.check());
      expect(t.budget).toEqual(expected.budget);
      expect(t.findings.map((f) => f.message)).toEqual(expected.findings.map((f) => f.message));
      expect(codesAt(t)).toContain('execution-score-mismatch@G5');
    });

    test('check: figures, findings with sentences, marks on the table and on 报告要素; progress per sheet', async () => {
      const { host, session, sheet, inputs } = await reference();
      const sheets = (await host.listSheets()).filter((s) => s.visible).length;
      const progress: [number, number][] = [];
      const t = only(await session.check({ onProgress: (d, n) => progress.push([d, n]) }));
      expect(progress).toEqual(Array.from({ length: sheets }, (_, i) => [i + 1, sheets]));
      expect(t.budget).toEqual({
        planned: '1036.03',
        actual: '596.68',
        rate: '57.59',
        weight: '10',
        ruleScore: '5.76',
        enteredScore: '6',
      });
      expect(t.totals.weight).toBe('110');
      expect(t.level1.map((g) => [g.label, g.declaredWeight, g.weight])).toEqual([
        ['产出指标（50分）', '50', '50'],
        ['效益指标（30分）', '30', '40'],
        ['满意度指标（10分）', '10', '10'],
      ]);
      const mismatch = t.findings.find((f) => f.finding.code === 'execution-score-mismatch');
      expect(mismatch?.message).toBe('G5：执行率得分填为 6，按执行率 57.59% × 分值 10 应为 5.76');
      expect(mismatch?.target).toEqual({ sheet, cell: 'G5' });
      const report = t.findings.find((f) => f.finding.code === 'report-basic-parts-sum');
      expect(report?.target.sheet).toBe(inputs);
      expect(report?.message.startsWith(`${inputs}!B`)).toBe(true);
      expect(await fill(host, sheet, 'G5')).toBe(MARK_FILLS.error);
      expect(await fill(host, inputs, report?.target.cell ?? 'A1')).toBe(MARK_FILLS.error);
      expect(t.counts.error).toBe(t.findings.filter((f) => f.finding.severity === 'error').length);
    });

    test('a re-check clears the marks of what was fixed; 清除标记 restores every cell', async () => {
      const { host, session, sheet } = await reference();
      const before = await host.readFormats(sheet, ['G5', 'E5']);
      only(await session.check());
      expect(await fill(host, sheet, 'G5')).toBe(MARK_FILLS.error);
      await opts.typeValues(host, sheet, [{ cell: 'G5', value: 5.76 }]);
      const t = only(await session.check());
      expect(codesAt(t)).not.toContain('execution-score-mismatch@G5');
      expect(await fill(host, sheet, 'G5')).toBe(before[0].fill);
      await session.clearMarks();
      const cells = t.findings.flatMap((f) =>
        f.target.cell && f.target.sheet === sheet ? [f.target.cell] : [],
      );
      const fresh = renderTemplateWithMap({ kind: 'overall', year: 2020, unit: 'x', profile: STANDARD_2020 });
      if (!fresh.ok) throw new Error('render');
      for (const f of await host.readFormats(sheet, cells))
        expect(Object.values(MARK_FILLS)).not.toContain(f.fill);
    });

    test('goTo selects a finding’s cell, on the table’s sheet or on 报告要素', async () => {
      const { host, session, sheet, inputs } = await reference();
      const t = only(await session.check());
      await session.goTo({ sheet, cell: 'G5' });
      expect(await host.selection()).toEqual({ sheet, cell: 'G5' });
      const report = t.findings.find((f) => f.target.sheet === inputs);
      if (!report) throw new Error('no report finding');
      await session.goTo(report.target);
      expect(await host.selection()).toEqual(report.target);
    });

    test('suggested scores: listed first, written only when applied, never over a formula; stale ones refused', async () => {
      const { host, session, sheet } = await reference();
      const t = only(await session.check());
      const gridBefore = await host.readGrid(sheet);
      const changes = await session.suggestScores(t.ref);
      expect(changes.map((c) => [c.cell, c.label, c.before, c.after])).toEqual([
        ['G5', '执行率得分', 6, 5.76],
      ]);
      expect(await host.readGrid(sheet)).toEqual(gridBefore);
      await opts.typeValues(host, sheet, [{ cell: 'G5', value: 7 }]);
      const stale = await session.applyScores(t.ref, changes);
      expect(stale).toMatchObject({ ok: false, reason: 'stale' });
      expect(stale.ok ? '' : stale.message).toContain('G5');
      expect((await host.readGrid(sheet)).values[4][6]).toBe(7);
      const fresh = await session.suggestScores(t.ref);
      expect(await session.applyScores(t.ref, fresh)).toEqual({ ok: true, written: 1 });
      const after = only(await session.check());
      expect(codesAt(after)).not.toContain('execution-score-mismatch@G5');
      expect(after.budget.enteredScore).toBe('5.76');
    });

    test('cancel between sheets', async () => {
      const { session } = await reference();
      const controller = new AbortController();
      controller.abort();
      expect(await session.check({ signal: controller.signal })).toEqual({
        ok: false,
        reason: 'cancelled',
        message: '校验已取消。',
      });
    });

    test('the report: composed from the values, placeholders visible; inserted as a new sheet', async () => {
      const { host, session } = await reference();
      const t = only(await session.check());
      const composed = await session.composeReport(t.ref);
      if (!composed.ok) throw new Error(composed.message);
      expect(composed.text).toContain('57.59%');
      expect(composed.text).toContain('【请填写');
      expect(composed.markdown).toContain('#');
      const sheet = await session.insertReportSheet(composed.report);
      expect(sheet).toBe('自评报告');
      expect((await host.listSheets()).map((s) => s.name)).toContain('自评报告');
    });

    test('自动校验: available exactly when the host can notify', async () => {
      const { session } = await reference();
      expect(session.canAutoCheck).toBe(opts.notifies);
      const stop = await session.startAutoCheck(() => undefined);
      expect(stop === null).toBe(!opts.notifies);
      await stop?.();
    });

    if (opts.notifies) {
      test('自动校验: an edit re-checks its sheet only and re-marks only its table', async () => {
        const { host, session, sheet } = await reference();
        only(await session.check());
        const heard: CheckOutcome[] = [];
        const stop = await session.startAutoCheck((o) => heard.push(o));
        if (!stop) throw new Error('no auto-check');
        const reads: string[] = [];
        const readGrid = host.readGrid.bind(host);
        host.readGrid = async (s: string) => {
          reads.push(s);
          return readGrid(s);
        };
        await opts.typeValues(host, sheet, [{ cell: 'G5', value: 5.76 }]);
        await opts.settle?.(host);
        for (let i = 0; i < 50 && heard.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
        await stop();
        expect(reads).toEqual([sheet]);
        expect(heard).toHaveLength(1);
        expect(codesAt(only(heard[0]))).not.toContain('execution-score-mismatch@G5');
        expect(await fill(host, sheet, 'G5')).not.toBe(MARK_FILLS.error);
      });
    }
  });
}
