import { createSession } from '../src/app/session';
import type { CheckOutcome } from '../src/app/session.types';
import { STANDARD_2020 } from '../src/domain/profiles/standard2020';
import { ExcelHost } from '../src/hosts/excel';
import { renderTemplateWithMap } from '../src/templates/render';
import { FakeExcel } from '../tests/fakes/excel';

/** `context.sync()` calls of the pane's use cases in Excel, counted on the Excel fake (Microsoft 365, web). */
export interface ExcelSyncCosts {
  readonly indicators: number;
  readonly marked: number;
  readonly insert: number;
  readonly read: number;
  /** A check that marks every indicator row (a score above its weight on each). */
  readonly check: number;
  /** 自动校验 after the user edits one cell: from the edit to the new outcome. */
  readonly autoCheck: number;
  readonly heard: number;
}

/** 9 二级 with `blankRowsPerLevel2` blank rows each: 1 gives 9 indicator rows, 112 gives 1,008. */
export async function measureExcelSyncs(blankRowsPerLevel2: number): Promise<ExcelSyncCosts> {
  const fake = new FakeExcel();
  const host = new ExcelHost({ run: fake.run, requirements: fake.requirements });
  const session = createSession(host, { debounceMs: 0 });
  const count = async (action: () => Promise<unknown>): Promise<number> => {
    const before = fake.syncs;
    await action();
    return fake.syncs - before;
  };
  const request = {
    kind: 'overall',
    year: 2020,
    unit: '长沙市望城区信访局',
    profileId: STANDARD_2020.id,
    blankRowsPerLevel2,
    withReportInputs: false,
  } as const;
  let sheet = '';
  const insert = await count(async () => {
    const done = await session.insertTemplate(request);
    if (!done.ok) throw new Error('insert failed');
    sheet = done.sheet;
  });
  const read = await count(() => host.readGrid(sheet));
  const rendered = renderTemplateWithMap({ ...request, profile: STANDARD_2020 });
  if (!rendered.ok || rendered.map.kind === 'reportInputs') throw new Error('render failed');
  const indicators = rendered.map.indicators;
  indicators.forEach((ind, i) => {
    fake.user.type(sheet, ind.name, `指标${i + 1}`);
    fake.user.type(sheet, ind.target, '≥10件');
    fake.user.type(sheet, ind.actual, '12件');
    fake.user.type(sheet, ind.weight, 1);
    fake.user.type(sheet, ind.score, 2);
  });
  let marked = 0;
  const check = await count(async () => {
    const outcome = await session.check();
    if (!outcome.ok) throw new Error(outcome.message);
    marked = outcome.marked;
  });
  const heard: CheckOutcome[] = [];
  const stop = await session.startAutoCheck((o) => heard.push(o), { debounceMs: 0 });
  if (!stop) throw new Error('no auto-check');
  const autoCheck = await count(async () => {
    fake.user.type(sheet, indicators[0].score, 1);
    await fake.settle();
    for (let i = 0; i < 200 && heard.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
  });
  await stop();
  return { indicators: indicators.length, marked, insert, read, check, autoCheck, heard: heard.length };
}

export async function benchExcelSyncs(): Promise<{
  excel_syncs_insert_10: number;
  excel_syncs_insert_1000: number;
  excel_syncs_read_1000: number;
  excel_syncs_check_1000: number;
}> {
  const small = await measureExcelSyncs(1);
  const large = await measureExcelSyncs(112);
  console.log(
    `Excel (fake) syncs: insert ${small.insert} (${small.indicators} rows) / ${large.insert} (${large.indicators} rows), ` +
      `read ${large.read}, check with ${large.marked} marks ${large.check}, 自动校验 after one edit ${large.autoCheck}`,
  );
  return {
    excel_syncs_insert_10: small.insert,
    excel_syncs_insert_1000: large.insert,
    excel_syncs_read_1000: large.read,
    excel_syncs_check_1000: large.check,
  };
}
