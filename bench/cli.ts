import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoValues } from '../src/app/demoExample';
import { checkCommand } from '../src/cli/commands/check';
import type { Io } from '../src/cli/io';
import { STANDARD_2020 } from '../src/domain/profiles/standard2020';
import { MemoryWorkbook } from '../src/hosts/memory';
import { XlsxWorkbookHost } from '../src/hosts/xlsx';
import { fillPlan } from '../src/templates/fillPlan';
import { renderTemplateWithMap } from '../src/templates/render';
import { round2 } from './median';

const silent: Io = {
  out: () => undefined,
  note: () => undefined,
  progress: () => undefined,
  progressDone: () => undefined,
  fail: () => 2,
};

/** `check` over a folder of 200 filled templates (files per second), and round trips of a 1,000-row plan. */
export async function benchCli(): Promise<{
  cli_files_per_s: number;
  cli_rss_mb: number;
  plan_round_trips_1000: number;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'jxzp-bench-'));
  let rssMb = 0;
  try {
    const rendered = renderTemplateWithMap({
      kind: 'overall',
      year: 2020,
      unit: '长沙市望城区信访局',
      profile: STANDARD_2020,
    });
    if (!rendered.ok || rendered.map.kind !== 'overall') throw new Error('render failed');
    const host = XlsxWorkbookHost.create();
    await host.applyPlan(fillPlan(rendered.plan, demoValues(rendered.map)));
    const bytes = await host.toBuffer();
    const { writeFileSync } = await import('node:fs');
    for (let i = 0; i < 200; i++) writeFileSync(join(dir, `表${String(i).padStart(3, '0')}.xlsx`), bytes);
    const t0 = process.hrtime.bigint();
    await checkCommand({ command: 'check', positionals: [dir], options: {} }, silent);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const filesPerS = round2(200 / seconds);
    console.log(
      `cli: check of a folder of 200 filled templates: ${round2(seconds)} s, ${filesPerS} files/s (goal ≥ 50)`,
    );
    // Files are checked one at a time and dropped: memory stays that of one workbook.
    rssMb = Math.round(process.memoryUsage().rss / 1e6);
    console.log(`cli: resident memory after the folder run: ${rssMb} MB`);

    const big = renderTemplateWithMap({
      kind: 'overall',
      year: 2020,
      unit: '某局',
      profile: STANDARD_2020,
      blankRowsPerLevel2: 112,
    });
    if (!big.ok || big.map.kind !== 'overall') throw new Error('render failed');
    const memory = new MemoryWorkbook();
    const before = memory.roundTrips;
    await memory.applyPlan(big.plan);
    const trips = memory.roundTrips - before;
    console.log(`plan: ${big.map.indicators.length} indicator rows applied in ${trips} round trip(s)`);
    return { cli_files_per_s: filesPerS, cli_rss_mb: rssMb, plan_round_trips_1000: trips };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
