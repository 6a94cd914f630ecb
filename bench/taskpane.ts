import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasChromium, launchChromium, serveFolder } from '../tests/web/browserHarness';
import { buildBundle, withExcel } from '../tests/web/buildBundle';
import { round2 } from './median';

const LOADS = 5;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * The task pane's weight and speed: the gzipped JavaScript the Excel entry loads before its first
 * paint (production build), and, on the test page (the same pane over an in-memory workbook), the
 * first contentful paint and the moment the pane is usable, median of 5 cold loads in headless
 * Chromium (a fresh browser context each: no cache).
 */
export async function benchTaskpane(): Promise<{
  taskpane_js_gzip_kb: number;
  taskpane_first_paint_ms: number;
  taskpane_ready_ms: number;
}> {
  const excelDir = mkdtempSync(join(tmpdir(), 'jxzp-bench-pane-'));
  const testDir = mkdtempSync(join(tmpdir(), 'jxzp-bench-pane-test-'));
  try {
    // The Excel entry's own figure once the Office.js host is in the tree; until then the test page's,
    // whose first load is the same pane (only the entry module differs).
    const excel = withExcel();
    if (excel) await buildBundle('taskpane', excelDir);
    await buildBundle('taskpane-test', testDir, { taskpaneTest: true });
    const budget = JSON.parse(readFileSync(join(excel ? excelDir : testDir, 'first-paint.json'), 'utf8')) as {
      gzipBytes: number;
    };
    const gzipKb = round2(budget.gzipBytes / 1024);
    const which = excel ? 'Excel entry' : 'test page';
    console.log(`task pane (${which}): ${gzipKb} KB gzip of JavaScript before the first paint (goal ≤ 220)`);
    if (!hasChromium) throw new Error('the task pane bench needs Chromium (/usr/bin/chromium)');

    const { server, url } = await serveFolder(testDir);
    const browser = await launchChromium();
    const paints: number[] = [];
    const ready: number[] = [];
    try {
      for (let i = 0; i < LOADS; i++) {
        const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
        const page = await context.newPage();
        await page.goto(`${url}/index.html`);
        await page.getByRole('button', { name: '插入模板' }).waitFor();
        const times = await page.evaluate(() => ({
          paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
          ready: performance.now(),
        }));
        paints.push(times.paint);
        ready.push(times.ready);
        await context.close();
      }
    } finally {
      await browser.close();
      server.close();
    }
    const firstPaint = round2(median(paints));
    const usable = round2(median(ready));
    console.log(
      `task pane: first paint ${firstPaint} ms, usable ${usable} ms (median of ${LOADS} cold loads; goal < 500)`,
    );
    return { taskpane_js_gzip_kb: gzipKb, taskpane_first_paint_ms: firstPaint, taskpane_ready_ms: usable };
  } finally {
    rmSync(excelDir, { recursive: true, force: true });
    rmSync(testDir, { recursive: true, force: true });
  }
}
