import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBigWorkbook } from '../tests/fixtures/hostile/bigWorkbook';
import { buildCorpus } from '../tests/fixtures/hostile/corpus';
import { jxzpInChild, type ChildRun } from '../tests/fixtures/hostile/inChild';
import { round2 } from './median';

function measured(name: string, r: ChildRun): number {
  if (r.peakMb === null) throw new Error(`${name}: jxzp did not finish (exit ${r.exit}, signal ${r.signal})`);
  return r.peakMb;
}

/**
 * `jxzp check` on each file of the hostile corpus (tests/fixtures/hostile), each in a process of its own:
 * the largest peak resident memory (goal < 512 MB); and on a 20 MB workbook with 340,000 data rows
 * beside its table: seconds and peak memory (goals < 10 s, < 512 MB).
 */
export async function benchHostile(): Promise<{
  hostile_peak_mb: number;
  big_workbook_s: number;
  big_workbook_mb: number;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'jxzp-bench-hostile-'));
  try {
    const idle = measured('profiles', await jxzpInChild(['profiles']));
    console.log(`hostile: a jxzp process that only lists profiles peaks at ${idle} MB`);
    const files = await buildCorpus(join(dir, 'corpus'));
    let peak = 0;
    let worst = '';
    for (const [name, file] of files) {
      const r = await jxzpInChild(['check', file], 120_000);
      const mb = measured(name, r);
      console.log(`hostile: ${name}: exit ${r.exit}, ${round2(r.seconds)} s, ${mb} MB`);
      if (mb > peak) [peak, worst] = [mb, name];
    }
    console.log(`hostile: largest peak ${peak} MB (${worst}) over ${files.size} files (goal < 512)`);

    const big = join(dir, 'big.xlsx');
    await writeBigWorkbook(big);
    const r = await jxzpInChild(['check', big], 300_000);
    const mb = measured('big workbook', r);
    const seconds = round2(r.seconds);
    const size = round2(statSync(big).size / 1024 / 1024);
    console.log(
      `big workbook: ${size} MB, table + 2 × 170,000 data rows: exit ${r.exit}, ${seconds} s (goal < 10), ${mb} MB (goal < 512)`,
    );
    return { hostile_peak_mb: peak, big_workbook_s: seconds, big_workbook_mb: mb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
