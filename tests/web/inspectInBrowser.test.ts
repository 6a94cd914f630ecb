import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';
import { buildCorpus, HOSTILE_CASES } from '../fixtures/hostile/corpus';
import { baseWorkbook } from '../fixtures/hostile/basePackage';
import { hasChromium, launchChromium, serveFolder } from './browserHarness';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfigs = require('../../webpack.config.js') as (
  env: unknown,
  argv: { mode: string },
) => Promise<readonly webpack.Configuration[]>;

const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'">
<title>inspect</title></head><body><pre id="out"></pre>
<script src="core.js"></script><script src="files.js"></script><script src="run.js"></script></body></html>`;

// Runs in the page: each file through the same inspection the command line uses, in pure JavaScript.
const RUN = `(async () => {
const out = {};
for (const [name, b64] of Object.entries(window.FILES)) {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const started = performance.now();
  const r = await JXZP.inspectWorkbookFile(bytes, { file: name, sheets: 'tables' });
  out[name] = r.ok
    ? { ok: true, zip: [r.package.bytes[0], r.package.bytes[1]], leftOut: r.package.leftOut, ms: performance.now() - started }
    : { ok: false, code: r.code, message: r.message, ms: performance.now() - started };
}
document.getElementById('out').textContent = JSON.stringify(out);
})();`;

const IN_BROWSER = ['giant-merge', 'sheet-bomb', 'too-many-parts', 'far-cell', 'overlapping-entries'];

(hasChromium ? describe : describe.skip)('package inspection in headless Chromium', () => {
  test('the page refuses bombs and oversized merges before any library sees them, and passes a valid file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jxzp-web-inspect-'));
    const corpus = await buildCorpus(
      join(dir, 'corpus'),
      HOSTILE_CASES.filter((c) => IN_BROWSER.includes(c.name)),
    );
    const files: Record<string, string> = {
      'valid.xlsx': Buffer.from(await baseWorkbook()).toString('base64'),
    };
    for (const [name, file] of corpus) files[`${name}.xlsx`] = readFileSync(file).toString('base64');
    // Development mode: the same code, without minifying (the production bundle is tested in coreInBrowser).
    const base = (await makeConfigs({}, { mode: 'development' })).find((c) => c.name === 'core');
    if (!base) throw new Error('webpack.config.js has no configuration named core');
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack({ ...base, output: { ...base.output, path: dir } }, (err, s) =>
        err || !s ? reject(err) : resolve(s),
      ),
    );
    expect(stats.hasErrors()).toBe(false);
    writeFileSync(join(dir, 'index.html'), PAGE);
    writeFileSync(join(dir, 'files.js'), `window.FILES = ${JSON.stringify(files)};`);
    writeFileSync(join(dir, 'run.js'), RUN);
    const { server, url } = await serveFolder(dir);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${url}/index.html`);
      await page.locator('#out:not(:empty)').waitFor({ timeout: 120_000 });
      const out = JSON.parse((await page.locator('#out').textContent()) ?? '{}');
      expect(errors).toEqual([]);
      expect(out['valid.xlsx']).toMatchObject({ ok: true, zip: [0x50, 0x4b], leftOut: [] });
      expect(out['far-cell.xlsx']).toMatchObject({ ok: true });
      expect(out['giant-merge.xlsx']).toMatchObject({
        ok: false,
        code: 'merge-too-large',
        message: expect.stringContaining(
          '文件“giant-merge.xlsx”的工作表“整体支出自评表2020”中合并区域 M50:XFD1048576',
        ),
      });
      expect(out['sheet-bomb.xlsx']).toMatchObject({ ok: false, code: 'part-too-large' });
      expect(out['too-many-parts.xlsx']).toMatchObject({ ok: false, code: 'too-many-parts' });
      expect(out['overlapping-entries.xlsx']).toMatchObject({ ok: false, code: 'corrupt' });
    } finally {
      await browser.close();
      server.close();
    }
  }, 300_000);
});
