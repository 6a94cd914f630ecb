import type { CheckOutcome, ScoreChangeView, TableView } from '../../src/app/session.types';
import { chosenTable, checkReducer, initialCheckState, tableKey } from '../../src/taskpane/check/checkState';
import { groupBySeverity, messageBody, placeOf } from '../../src/taskpane/check/findingGroups';
import { computeReducer, initialComputeState } from '../../src/taskpane/compute/computeState';
import { initialInsertState, insertReducer, insertRequestOf } from '../../src/taskpane/insert/insertState';
import { placeholderCount, reportTitle } from '../../src/taskpane/report/reportFile';
import { initialReportState, reportReducer } from '../../src/taskpane/report/reportState';
import type { Report } from '../../src/domain/report/report.types';
import { demoWorkbook } from './demoWorkbook';

let TABLE: TableView;
let OTHER: TableView;
let REPORT: Report;

// Real data: the demo table as the session over an in-memory workbook describes it.
beforeAll(async () => {
  const { session } = await demoWorkbook();
  const checked = await session.check();
  if (!checked.ok) throw new Error(checked.message);
  TABLE = checked.tables[0];
  OTHER = { ...TABLE, ref: { sheet: '项目表', area: { top: 3, left: 1, bottom: 30, right: 8 } }, unit: '乙' };
  const composed = await session.composeReport(TABLE.ref);
  if (!composed.ok) throw new Error(composed.message);
  REPORT = composed.report;
});

function outcome(tables: readonly TableView[], marked = 3): CheckOutcome {
  return { ok: true, tables, problems: [], marked };
}

describe('insert', () => {
  const start = initialInsertState('standard-2020', new Date(2021, 5, 1));

  test('defaults to last year, two blank rows, the first profile and the 报告要素 sheet', () => {
    expect(start.form).toEqual({
      kind: 'overall',
      year: '2020',
      unit: '',
      profileId: 'standard-2020',
      blankRows: '2',
      withReportInputs: true,
    });
  });

  test('a request reads full-width digits and trims the name; other text is NaN for the session to refuse', () => {
    const form = { ...start.form, year: '２０２０', unit: '  某局 ', blankRows: '3行' };
    expect(insertRequestOf(form)).toEqual({
      kind: 'overall',
      year: 2020,
      unit: '某局',
      profileId: 'standard-2020',
      blankRowsPerLevel2: Number.NaN,
      withReportInputs: true,
    });
  });

  test("the session's complaints land on their fields; editing a field takes its complaint away", () => {
    let s = insertReducer(start, { type: 'submitted' });
    expect(s.busy).toBe(true);
    s = insertReducer(s, {
      type: 'finished',
      outcome: {
        ok: false,
        errors: [
          { field: 'year', message: '年度不对' },
          { field: 'blankRowsPerLevel2', message: '行数不对' },
          { field: 'options', message: '其他' },
        ],
      },
    });
    expect(s).toMatchObject({
      busy: false,
      fieldErrors: { year: '年度不对', blankRows: '行数不对' },
      notice: { kind: 'invalid', messages: ['其他'] },
    });
    s = insertReducer(s, { type: 'edited', patch: { year: '2019' } });
    expect(s.fieldErrors).toEqual({ blankRows: '行数不对' });
    expect(s.form.year).toBe('2019');
  });

  test('success names the sheets; a thrown error is a failure notice', () => {
    const ok = insertReducer(insertReducer(start, { type: 'submitted' }), {
      type: 'finished',
      outcome: { ok: true, sheet: '表', inputsSheet: null },
    });
    expect(ok.notice).toEqual({ kind: 'inserted', sheet: '表', inputsSheet: null });
    const failed = insertReducer(start, { type: 'failed', failure: { kind: 'error', detail: 'x' } });
    expect(failed.notice).toEqual({ kind: 'error', detail: 'x' });
  });
});

describe('check', () => {
  test('a check keeps the chosen table while it is still there, and falls back to the first', () => {
    let s = checkReducer(initialCheckState, { type: 'started' });
    s = checkReducer(s, { type: 'finished', outcome: outcome([TABLE, OTHER]) });
    expect(s.notice).toEqual({ kind: 'checked', marked: 3 });
    expect(chosenTable(s)?.unit).toBe(TABLE.unit);
    s = checkReducer(s, { type: 'tableChosen', key: tableKey(OTHER.ref) });
    s = checkReducer(s, { type: 'finished', outcome: outcome([TABLE, OTHER]) });
    expect(chosenTable(s)?.unit).toBe('乙');
    s = checkReducer(s, { type: 'finished', outcome: outcome([TABLE]) });
    expect(s.chosen).toBe(tableKey(TABLE.ref));
  });

  test('an automatic re-check refreshes the findings without a banner', () => {
    let s = checkReducer(initialCheckState, { type: 'noticeDismissed' });
    s = checkReducer(s, { type: 'autoChecked', outcome: outcome([TABLE], 7) });
    expect(s.notice).toBeNull();
    expect(s.workbook?.marked).toBe(7);
  });

  test('cancelled and failed checks keep the last findings and say so', () => {
    let s = checkReducer(initialCheckState, { type: 'finished', outcome: outcome([TABLE]) });
    s = checkReducer(checkReducer(s, { type: 'started' }), {
      type: 'finished',
      outcome: { ok: false, reason: 'cancelled', message: '' },
    });
    expect(s).toMatchObject({ running: false, notice: { kind: 'cancelled' } });
    expect(s.workbook?.tables).toHaveLength(1);
    s = checkReducer(s, { type: 'finished', outcome: { ok: false, reason: 'host-error', message: '断开' } });
    expect(s.notice).toEqual({ kind: 'error', detail: '断开' });
  });

  test('clearing marks keeps the list', () => {
    let s = checkReducer(initialCheckState, { type: 'finished', outcome: outcome([TABLE]) });
    s = checkReducer(s, { type: 'clearStarted' });
    expect(s.clearing).toBe(true);
    s = checkReducer(s, { type: 'cleared' });
    expect(s).toMatchObject({ clearing: false, notice: { kind: 'cleared' } });
    expect(chosenTable(s)).not.toBeNull();
  });
});

describe('findings', () => {
  test('grouped by severity, most severe first, each group in the session order, empty groups left out', () => {
    const groups = groupBySeverity(TABLE.findings);
    const present = (['error', 'warning', 'info'] as const).filter((s) => TABLE.counts[s] > 0);
    expect(groups.map((g) => [g.severity, g.findings.length])).toEqual(
      present.map((s) => [s, TABLE.counts[s]]),
    );
    expect(groups.flatMap((g) => g.findings)).toHaveLength(TABLE.findings.length);
    for (const g of groups)
      expect(g.findings).toEqual(TABLE.findings.filter((f) => f.finding.severity === g.severity));
  });

  test('a cell on the table sheet is shown bare, elsewhere with its sheet; the message loses its cell prefix', () => {
    const f = TABLE.findings.find((x) => x.finding.code === 'execution-score-mismatch');
    if (!f) throw new Error('the demo has its execution score mismatch');
    expect(placeOf(f, TABLE.ref.sheet)).toBe('G5');
    expect(placeOf(f, '别的表')).toBe(`${TABLE.ref.sheet}!G5`);
    expect(f.message).toBe('G5：执行率得分填为 6，按执行率 57.59% × 分值 10 应为 5.76');
    expect(messageBody(f)).toBe('执行率得分填为 6，按执行率 57.59% × 分值 10 应为 5.76');
    const onInputs = TABLE.findings.find((x) => x.target.sheet !== TABLE.ref.sheet && x.target.cell);
    if (!onInputs) throw new Error('the demo has report-versus-table findings');
    expect(placeOf(onInputs, TABLE.ref.sheet)).toBe(`${onInputs.target.sheet}!${onInputs.target.cell}`);
    expect(onInputs.message.startsWith(`${onInputs.target.sheet}!${onInputs.target.cell}：`)).toBe(true);
    expect(messageBody(onInputs)).toBe(
      onInputs.message.slice(`${onInputs.target.sheet}!${onInputs.target.cell}：`.length),
    );
    const none = { ...f, message: '未填写年度', target: { sheet: '表', cell: null } };
    expect([placeOf(none, '表'), messageBody(none)]).toEqual([null, '未填写年度']);
  });
});

describe('compute', () => {
  const change: ScoreChangeView = {
    sheet: '表',
    cell: 'G5',
    field: 'budgetScore',
    name: '年度总预算',
    before: 6,
    after: 5.76,
    label: '执行率得分',
  };

  test('no change to suggest is said, not shown as an empty dialog', () => {
    const s = computeReducer(initialComputeState, { type: 'suggested', table: TABLE.ref, changes: [] });
    expect(s).toMatchObject({ proposal: null, notice: { kind: 'noChanges' } });
  });

  test('the dialog stays open while writing; stale and written outcomes close it', () => {
    let s = computeReducer(initialComputeState, { type: 'suggested', table: TABLE.ref, changes: [change] });
    expect(s.proposal?.changes).toEqual([change]);
    s = computeReducer(s, { type: 'applyStarted' });
    expect(computeReducer(s, { type: 'proposalDismissed' }).proposal).not.toBeNull();
    const stale = computeReducer(s, {
      type: 'applied',
      outcome: { ok: false, reason: 'stale', message: '' },
    });
    expect(stale).toMatchObject({ applying: false, proposal: null, notice: { kind: 'stale' } });
    const written = computeReducer(s, { type: 'applied', outcome: { ok: true, written: 1 } });
    expect(written.notice).toEqual({ kind: 'applied', written: 1 });
  });
});

describe('report', () => {
  test('a report that cannot be composed is an error notice and no preview', () => {
    const s = reportReducer(initialReportState, {
      type: 'composed',
      outcome: { ok: false, message: '无表' },
    });
    expect(s).toMatchObject({ composing: false, composed: null, notice: { kind: 'error', detail: '无表' } });
  });

  test('copy outcomes, download and insert', () => {
    expect(reportReducer(initialReportState, { type: 'copied', ok: false }).notice).toEqual({
      kind: 'copyFailed',
    });
    const d = reportReducer(reportReducer(initialReportState, { type: 'downloadStarted' }), {
      type: 'downloaded',
      file: 'a.docx',
    });
    expect(d).toMatchObject({ downloading: false, notice: { kind: 'downloaded', file: 'a.docx' } });
  });

  test('file name from the title, unless it still has a placeholder; placeholders counted', () => {
    expect(reportTitle(REPORT, '自评报告')).toBe(REPORT.title.map((r) => r.text).join(''));
    expect(REPORT.title.some((r) => r.placeholder)).toBe(false);
    const open = { ...REPORT, title: [{ text: '【请填写：单位】', placeholder: true as const }] };
    expect(reportTitle(open, '自评报告')).toBe('自评报告');
    const slashed = { ...REPORT, title: [{ text: 'A/B:局' }] };
    expect(reportTitle(slashed, '自评报告')).toBe('AB局');
    const runs = [REPORT.title, ...REPORT.preamble, ...REPORT.sections.flatMap((x) => x.paragraphs)].flat();
    expect(placeholderCount(REPORT)).toBe(runs.filter((r) => r.placeholder).length);
    expect(placeholderCount(REPORT)).toBeGreaterThan(0);
  });
});
