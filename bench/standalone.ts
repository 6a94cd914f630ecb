import { existsSync } from 'fs';
import { chromium } from 'playwright-core';
import { buildStandalone } from '../scripts/standalone/build';
import { serveStandalone } from '../scripts/standalone/serve';
import { STANDALONE_DIST } from '../scripts/standalone/viteConfig';

const CHROMIUM = '/usr/bin/chromium';
const LOADS = 5;

/**
 * standalone_ready_ms: from navigation start to the sheet painted and the pane interactive (the page's
 * own `data-ready-ms`), median of 5 cold loads (a new browser context each: no cache, no stored
 * workbook) in headless Chromium, the page built and served as `npm start` does.
 */
export async function benchStandalone(): Promise<Record<string, number>> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing (scripts/install-test-deps.sh installs it)`);
  await buildStandalone();
  const { server, url } = await serveStandalone(STANDALONE_DIST, 0);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    const times: number[] = [];
    const stages: Record<string, number[]> = {};
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
      const page = await context.newPage();
      await page.goto(url);
      const html = page.locator('html[data-ready="true"]');
      await html.waitFor({ timeout: 60_000 });
      times.push(Number(await html.getAttribute('data-ready-ms')));
      const marks = await page.evaluate(() =>
        performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)] as const),
      );
      for (const [name, at] of marks) (stages[name] ??= []).push(at);
      await context.close();
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.log(
      `standalone page ready (sheet painted, pane interactive): ${median} ms median of ${LOADS} cold loads [${times.join(', ')}]`,
    );
    // Where the time goes: the sheet's chunk evaluated, Univer started, the workbook opened (median ms).
    for (const [name, at] of Object.entries(stages))
      console.log(
        `  ${name.replace('jxzp:', '')}: ${at.sort((a, b) => a - b)[Math.floor(at.length / 2)]} ms`,
      );
    return { standalone_ready_ms: median };
  } finally {
    await browser.close();
    server.close();
  }
}
