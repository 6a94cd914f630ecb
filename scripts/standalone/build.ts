import { build } from 'vite';
import { STANDALONE_DIST, standaloneConfig } from './viteConfig';

/** Builds the standalone page into dist/standalone; prints where and how long it took. */
export async function buildStandalone(): Promise<void> {
  const started = Date.now();
  await build(standaloneConfig());
  process.stdout.write(
    `页面已构建：${STANDALONE_DIST}（${((Date.now() - started) / 1000).toFixed(1)} 秒）\n`,
  );
}

if (require.main === module) {
  buildStandalone().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
