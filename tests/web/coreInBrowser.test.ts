import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REFERENCE_TABLE } from '../fixtures/referenceTable';
import { hasChromium, launchChromium, serveFolder } from './browserHarness';
import { buildBundle } from './buildBundle';

const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'">
<title>core</title></head><body><pre id="out"></pre>
<script src="core.js"></script><script src="run.js"></script></body></html>`;

// Runs in the page: the reference table through the browser bundle; results written with textContent.
const RUN = `(async () => {
const input = ${JSON.stringify(REFERENCE_TABLE)};
const profile = JXZP.findProfile('standard-2020');
const e = JXZP.evaluate(input, profile);
const report = JXZP.narrate(e, null, profile);
const docx = await JXZP.toDocx(report);
document.getElementById('out').textContent = JSON.stringify({
  score: e.scores.budget.ruleScore.toFixed(2),
  weights: e.scores.totals.weight.toString(),
  codes: e.findings.map((f) => f.code),
  message: JXZP.findingMessage(e.findings.find((f) => f.code === 'execution-score-mismatch')),
  plan: JXZP.renderTemplate({ kind: 'overall', year: 2020, unit: '某局', profile }).plan.sheetName,
  text: JXZP.toText(report),
  docx: [docx[0], docx[1], docx.length],
});
})();`;

(hasChromium ? describe : describe.skip)('the core bundle in headless Chromium', () => {
  test('builds with webpack, runs under a strict CSP, fetches nothing, and scores the reference table and writes its report and .docx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jxzp-web-'));
    await buildBundle('core', dir);
    expect(readFileSync(join(dir, 'core.js'), 'utf8')).not.toMatch(/\beval\(|innerHTML/);
    writeFileSync(join(dir, 'index.html'), PAGE);
    writeFileSync(join(dir, 'run.js'), RUN);
    const { server, url } = await serveFolder(dir);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${url}/index.html`);
      // A locator wait runs in Playwright's own world: a string predicate would be an eval, which the CSP forbids.
      await page.locator('#out:not(:empty)').waitFor();
      const text = await page.locator('#out').textContent();
      expect(errors).toEqual([]);
      const out = JSON.parse(text ?? '{}');
      expect(out.score).toBe('5.76');
      expect(out.weights).toBe('110');
      expect(out.codes).toEqual(
        expect.arrayContaining(['execution-score-mismatch', 'level1-weight-sum', 'row-shifted']),
      );
      expect(out.message).toBe('G5：执行率得分填为 6，按执行率 57.59% × 分值 10 应为 5.76');
      expect(out.plan).toBe('整体支出自评表2020');
      // The report, and its .docx, are made in the browser exactly as in Node.
      expect(out.text).toContain('预算执行率 57.59%');
      expect(out.text).toContain('未执行资金 439.35 万元');
      expect(out.docx.slice(0, 2)).toEqual([0x50, 0x4b]);
      expect(out.docx[2]).toBeGreaterThan(5000);
      expect(requests.every((r) => r.startsWith(url))).toBe(true);
    } finally {
      await browser.close();
      server.close();
    }
  }, 240_000);
});
