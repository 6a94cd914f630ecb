import { readdirSync } from 'node:fs';
import { jxzpInChild } from './tests/fixtures/hostile/inChild';
(async () => {
  for (const f of readdirSync('/tmp/hx/corpus').sort()) {
    const r = await jxzpInChild(['check', `/tmp/hx/corpus/${f}`]);
    console.log(f.padEnd(26), 'exit', r.exit, 'peak', r.peakMb, 'MB', r.seconds.toFixed(1), 's |', (r.stderr + r.stdout.toString()).replace(/\s+/g, ' ').slice(0, 150));
  }
})();
