import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasChromium, launchChromium, serveFolder } from '../web/browserHarness';
import { overflowing } from './overflowing';
import { buildBundle } from '../web/buildBundle';
import { taskpaneZhCN } from '../../src/i18n/taskpane.zh-CN';

/** Where the screenshots go, to be looked at (out/ is not committed). */
const SHOTS = join(__dirname, '../../out/taskpane-screenshots');
const WIDTHS = [320, 450] as const;

(hasChromium ? describe : describe.skip)('the task pane in headless Chromium', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jxzp-pane-'));
    await buildBundle('taskpane-test', dir, { taskpaneTest: true });
  }, 300_000);

  test('the first paint loads the pane alone: no sheet engine, no .docx writer, within the size goal', () => {
    const budget = JSON.parse(readFileSync(join(dir, 'first-paint.json'), 'utf8')) as {
      files: { file: string }[];
      gzipBytes: number;
    };
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(scripts).toEqual(budget.files.map((f) => f.file));
    expect(html).toMatch(/<meta http-equiv="?Content-Security-Policy"?/);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/https?:\/\//);
    expect(budget.gzipBytes).toBeLessThanOrEqual(220 * 1024);
    const initial = scripts.map((s) => readFileSync(join(dir, s), 'utf8')).join('\n');
    // The docx package and ExcelJS name themselves in their code; neither may be in the first load.
    expect(initial).not.toMatch(
      /wordprocessingml\.document\.main|ExcelJS|officeDocument\/2006\/relationships/,
    );
  });

  test('before any script has run, the page already paints the loading line the pane shows', async () => {
    const { server, url } = await serveFolder(dir);
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
      await context.route('**/*.js', (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${url}/index.html`);
      expect(await page.getByRole('status').textContent()).toBe(taskpaneZhCN.loading);
      // Painted with no script at all: what a slow machine shows while the pane's JavaScript loads.
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    } finally {
      await browser.close();
      server.close();
    }
  });

  test.each(WIDTHS)(
    'at %i px every part is reachable, nothing overflows, the CSP holds, nothing leaves the machine',
    async (width) => {
      mkdirSync(SHOTS, { recursive: true });
      const { server, url } = await serveFolder(dir);
      const browser = await launchChromium();
      try {
        const context = await browser.newContext({ viewport: { width, height: 720 } });
        const page = await context.newPage();
        const errors: string[] = [];
        const requests: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        page.on('request', (r) => requests.push(r.url()));
        const shot = async (part: string, fullPage = true) => {
          expect(await overflowing(page)).toEqual([]);
          await page.screenshot({ path: join(SHOTS, `${width}-${part}.png`), fullPage });
        };

        await page.goto(`${url}/index.html`);
        await page.getByRole('button', { name: '插入模板' }).waitFor();
        await shot('1-insert');

        await page.getByRole('tab', { name: '校验' }).click();
        await page.getByRole('button', { name: '校验', exact: true }).click();
        await page.getByText(/已在表格中标记 \d+ 个单元格/).waitFor();
        await shot('2-check');

        await page.getByRole('tab', { name: '计算' }).click();
        await page.getByRole('columnheader', { name: '规则' }).waitFor();
        await shot('3-compute');
        await page.getByRole('button', { name: '填入建议得分' }).click();
        // In a real browser the confirmation is an accessible alert dialog (jsdom cannot tell).
        const dialog = page.getByRole('alertdialog', { name: '填入建议得分' });
        await dialog.waitFor();
        await shot('3-compute-dialog');
        await dialog.getByRole('button', { name: '取消' }).click();
        await dialog.waitFor({ state: 'detached' });

        await page.getByRole('tab', { name: '报告' }).click();
        await page.getByRole('button', { name: '生成报告' }).click();
        await page.getByRole('article', { name: '报告预览' }).waitFor();
        // The report runs to several screens: the first one is what the user sees.
        await shot('4-report', false);

        expect(errors).toEqual([]);
        expect(requests.filter((r) => !r.startsWith(url))).toEqual([]);
      } finally {
        await browser.close();
        server.close();
      }
    },
    120_000,
  );
});
