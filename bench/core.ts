import { evaluate } from '../src/domain/evaluate';
import { STANDARD_2020 } from '../src/domain/profiles/standard2020';
import { medianMs, round2 } from './median';
import { syntheticTable } from './syntheticTable';

/** parse + score + check of tables of 100, 1,000 and 10,000 indicators. */
export function benchCore(): Record<'core_ms_100' | 'core_ms_1000' | 'core_ms_10000', number> {
  const out = { core_ms_100: 0, core_ms_1000: 0, core_ms_10000: 0 };
  for (const n of [100, 1000, 10000] as const) {
    const input = syntheticTable(n);
    const ms = medianMs(() => evaluate(input, STANDARD_2020), n === 10000 ? 15 : 51);
    out[`core_ms_${n}`] = round2(ms);
    console.log(`core: parse + score + check, ${n} indicators: ${round2(ms)} ms (median)`);
  }
  console.log(`core: 10,000 / 1,000 ratio ${round2(out.core_ms_10000 / out.core_ms_1000)} (goal ≤ 12)`);
  return out;
}
