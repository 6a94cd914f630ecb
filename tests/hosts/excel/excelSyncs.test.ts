import { createSession } from '../../../src/app/session';
import type { CheckOutcome } from '../../../src/app/session.types';
import { STANDARD_2020 } from '../../../src/domain/profiles/standard2020';
import { ExcelHost } from '../../../src/hosts/excel';
import { renderTemplateWithMap } from '../../../src/templates/render';
import { FakeExcel } from '../../fakes/excel';

/**
 * What the pane's use cases cost in Excel, in `context.sync()` calls counted on the fake (Microsoft 365
 * on the web), for tables of about 10 and about 1,000 indicator rows: the same, whatever the size.
 */
async function costs(blankRowsPerLevel2: number) {
  const fake = new FakeExcel();
  const host = new ExcelHost({ run: fake.run, requirements: fake.requirements });
  const session = createSession(host, { debounceMs: 0 });
  const count = async (action: () => Promise<unknown>) => {
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
  // Every indicator typed with a score above its weight: one mark per row.
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
  let outcome: CheckOutcome | null = null;
  const check = await count(async () => (outcome = await session.check()));
  const marked =
    outcome && (outcome as CheckOutcome).ok ? (outcome as Extract<CheckOutcome, { ok: true }>).marked : 0;
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

test('insert, read, check with marks and 自动校验 after one edit cost the same syncs for 10 and 1,000 indicator rows', async () => {
  const small = await costs(1);
  const large = await costs(112);
  expect([small.indicators, large.indicators]).toEqual([9, 1008]);
  expect(large.marked).toBeGreaterThanOrEqual(1008);
  const { insert, read, check, autoCheck, heard } = large;
  expect({ insert, read, check, autoCheck, heard }).toEqual({
    // listSheets, applyPlan (2), select
    insert: 4,
    read: 1,
    // listSheets, readGrid of Sheet1 and of the form, then marks: readStore, readFormats, writeFormats, writeStore
    check: 7,
    // readGrid of the edited sheet only, then its marks: readStore, readFormats, writeFormats, writeStore
    autoCheck: 5,
    heard: 1,
  });
  expect({ ...small, indicators: 0, marked: 0 }).toEqual({ ...large, indicators: 0, marked: 0 });
});
