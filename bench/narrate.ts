import { evaluate } from '../src/domain/evaluate';
import { STANDARD_2020 } from '../src/domain/profiles/standard2020';
import { narrate } from '../src/domain/report/narrate';
import { medianMs, round2 } from './median';
import { syntheticTable } from './syntheticTable';

/** narrate alone (the table already evaluated) on a 1,000-indicator table; goal < 20 ms. */
export function benchNarrate(): { narrate_ms_1000: number } {
  const evaluation = evaluate(syntheticTable(1000), STANDARD_2020);
  const ms = round2(medianMs(() => narrate(evaluation, null, STANDARD_2020), 31));
  console.log(`narrate: report of a 1,000-indicator table: ${ms} ms (median, goal < 20)`);
  return { narrate_ms_1000: ms };
}
