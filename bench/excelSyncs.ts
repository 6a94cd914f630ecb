import { STANDARD_2020 } from '../src/domain/profiles/standard2020';
import { ExcelHost } from '../src/hosts/excel';
import { renderTemplateWithMap } from '../src/templates/render';
import { FakeExcel } from '../tests/fakes/excel';

/** `context.sync()` calls, measured on the Excel fake, for a table of about 10 and about 1,000 indicator rows. */
export interface ExcelSyncFigures {
  excel_syncs_insert_10: number;
  excel_syncs_insert_1000: number;
  excel_syncs_read_1000: number;
  excel_syncs_check_1000: number;
}

/** 9 二级 with 1 or 112 blank rows each: 9 and 1,008 indicator rows. */
async function measure(blankRowsPerLevel2: number): Promise<{ insert: number; read: number; check: number }> {
  const fake = new FakeExcel();
  const host = new ExcelHost({ run: fake.run, requirements: fake.requirements });
  const rendered = renderTemplateWithMap({
    kind: 'overall',
    year: 2020,
    unit: '长沙市望城区信访局',
    profile: STANDARD_2020,
    blankRowsPerLevel2,
  });
  if (!rendered.ok || rendered.map.kind !== 'overall') throw new Error('render failed');
  const { plan, map } = rendered;
  const count = async (action: () => Promise<unknown>): Promise<number> => {
    const before = fake.syncs;
    await action();
    return fake.syncs - before;
  };
  const insert = await count(async () => {
    const taken = (await host.listSheets()).map((s) => s.name);
    if (taken.includes(plan.sheetName)) throw new Error('sheet exists');
    await host.applyPlan(plan);
  });
  const read = await count(() => host.readGrid(plan.sheetName));
  // A check that marks every indicator's 指标值: list, read, then what marking costs (store, formats).
  const cells = map.indicators.map((ind) => ind.target);
  const check = await count(async () => {
    await host.listSheets();
    await host.readGrid(plan.sheetName);
    await host.readStore('jxzp.marks');
    const before = await host.readFormats(plan.sheetName, cells);
    await host.writeFormats(
      plan.sheetName,
      cells.map((cell, i) => ({ cell, format: { fill: i % 2 ? '#FFEB9C' : '#FFC7CE', note: `提示${i}` } })),
    );
    await host.writeStore('jxzp.marks', JSON.stringify(before));
  });
  return { insert, read, check };
}

export async function benchExcelSyncs(): Promise<ExcelSyncFigures> {
  const small = await measure(1);
  const large = await measure(112);
  const figures: ExcelSyncFigures = {
    excel_syncs_insert_10: small.insert,
    excel_syncs_insert_1000: large.insert,
    excel_syncs_read_1000: large.read,
    excel_syncs_check_1000: large.check,
  };
  console.log(
    `Excel (fake) syncs: insert ${small.insert} (10 rows) / ${large.insert} (1,000 rows), read ${large.read}, check with marks ${large.check} (1,000 rows)`,
  );
  return figures;
}
