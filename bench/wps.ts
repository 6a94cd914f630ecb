import { addSheet } from '../src/app/addSheet';
import { checkWorkbook } from '../src/app/checkWorkbook';
import { markFindings } from '../src/app/markFindings';
import { demoValues } from '../src/app/demoExample';
import { STANDARD_2020 } from '../src/domain/profiles/standard2020';
import { WpsSheetHost } from '../src/hosts/wps';
import { fillPlan } from '../src/templates/fillPlan';
import { renderTemplateWithMap } from '../src/templates/render';
import { FakeWps } from '../tests/fakes/wps';

/**
 * Calls across the WPS bridge (every property read or write and method call on window.Application's
 * objects, counted by the fake ET model) to insert a blank form, and to check a filled one as the pane
 * does: read every sheet, check, mark the findings (read the cells' formats, mark, keep the marks in the
 * workbook's store).
 */
function render(rowsPerLevel2: number) {
  const r = renderTemplateWithMap({
    kind: 'overall',
    year: 2020,
    unit: '长沙市望城区信访局',
    profile: STANDARD_2020,
    blankRowsPerLevel2: rowsPerLevel2,
  });
  if (!r.ok || r.map.kind !== 'overall') throw new Error('render failed');
  return { plan: r.plan, map: r.map };
}

async function insertCalls(rowsPerLevel2: number): Promise<{ calls: number; rows: number }> {
  const { plan, map } = render(rowsPerLevel2);
  const fake = new FakeWps();
  const host = new WpsSheetHost(fake.application);
  const before = fake.calls;
  await host.applyPlan(plan);
  return { calls: fake.calls - before, rows: map.indicators.length };
}

async function checkCalls(rowsPerLevel2: number): Promise<{ calls: number; rows: number; marks: number }> {
  const { plan, map } = render(rowsPerLevel2);
  const fake = new FakeWps();
  const host = new WpsSheetHost(fake.application);
  await addSheet(host, fillPlan(plan, demoValues(map)));
  const before = fake.calls;
  const checked = await checkWorkbook(host, { profileId: STANDARD_2020.id });
  const marks = await markFindings(host, checked.tables);
  return { calls: fake.calls - before, rows: map.indicators.length, marks };
}

export async function benchWps(): Promise<{
  wps_calls_insert_10: number;
  wps_calls_insert_1000: number;
  wps_calls_check_1000: number;
}> {
  const small = await insertCalls(1);
  const two = await insertCalls(2);
  const large = await insertCalls(112);
  console.log(
    `wps: insert of a blank form: ${small.calls} calls for ${small.rows} indicator rows, ${two.calls} for ${two.rows}, ${large.calls} for ${large.rows} (a 二级 of one row has no merge)`,
  );
  const checkSmall = await checkCalls(2);
  const checkLarge = await checkCalls(112);
  console.log(
    `wps: check of the filled reference form: ${checkSmall.calls} calls for ${checkSmall.rows} rows, ${checkLarge.calls} for ${checkLarge.rows} (${checkLarge.marks} cells marked)`,
  );
  return {
    wps_calls_insert_10: small.calls,
    wps_calls_insert_1000: large.calls,
    wps_calls_check_1000: checkLarge.calls,
  };
}
