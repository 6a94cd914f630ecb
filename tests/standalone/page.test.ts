import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { addSheet } from '../../src/app/addSheet';
import { demoValues } from '../../src/app/demoExample';
import { STANDARD_2020 } from '../../src/domain/profiles/standard2020';
import { XlsxWorkbookHost } from '../../src/hosts/xlsx';
import { loadBytes } from '../../src/hosts/xlsx/openWorkbook';
import { fillPlan } from '../../src/templates/fillPlan';
import { renderTemplateWithMap } from '../../src/templates/render';
import { buildCorpus, HOSTILE_CASES } from '../fixtures/hostile/corpus';
import { hasChromium, launchChromium } from '../web/browserHarness';
import { type PageServer, startPage } from './pageServer';

/**
 * The standalone page in headless Chromium, served by `npm start`: the sheet loads, typing goes into
 * Univer and survives a reload, .xlsx files open (button and drop) and save, nothing is requested from
 * any host but the page's own, and the Content-Security-Policy is never violated.
 */
const withChromium = hasChromium ? describe : describe.skip;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function demoFile(): Promise<{ bytes: Buffer; sheet: string }> {
  const form = renderTemplateWithMap({
    kind: 'overall',
    year: 2020,
    unit: '长沙市望城区信访局',
    profile: STANDARD_2020,
  });
  if (!form.ok || form.map.kind === 'reportInputs') throw new Error('render failed');
  const host = XlsxWorkbookHost.create();
  const sheet = await addSheet(host, fillPlan(form.plan, demoValues(form.map)));
  return { bytes: await host.toBuffer(), sheet };
}

async function savedWorkbook(page: Page, dir: string): Promise<XlsxWorkbookHost> {
  const download = page.waitForEvent('download');
  await page.click('#save');
  const file = path.join(dir, (await download).suggestedFilename());
  await (await download).saveAs(file);
  const opened = await XlsxWorkbookHost.open(await fs.readFile(file));
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.host;
}

withChromium('the standalone page', () => {
  let server: PageServer;
  let browser: Browser;
  let dir: string;
  const hosts = new Set<string>();
  const problems: string[] = [];

  async function freshPage(): Promise<Page> {
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1400, height: 860 },
    });
    const page = await context.newPage();
    page.on('request', (r) => hosts.add(new URL(r.url()).host));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(server.url);
    await page.locator('html[data-ready="true"]').waitFor({ timeout: 60_000 });
    return page;
  }

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jxzp-page-'));
    [server, browser] = await Promise.all([startPage(), launchChromium()]);
  }, 600_000); // the page may first wait for another test file’s (see pageLock)

  afterAll(async () => {
    await browser?.close();
    const printed = await server?.stop();
    await fs.rm(dir, { recursive: true, force: true });
    // Ctrl-C stops the server cleanly: it says so, and the address no longer answers.
    expect(printed).toContain('正在停止');
    await expect(fetch(server.url)).rejects.toThrow();
  }, 60_000);

  test('typed values are kept in the browser across a reload, and saved into the .xlsx', async () => {
    const page = await freshPage();
    // Into the sheet's grid, as a user would: click a cell, type, Enter.
    const grid = await page.locator('#sheet canvas').first().boundingBox();
    if (!grid) throw new Error('no sheet canvas');
    await page.mouse.click(grid.x + 200, grid.y + 150);
    await page.keyboard.type('1036.03');
    await page.keyboard.press('Enter');
    await page.getByText('已自动保存在本浏览器').waitFor();
    await page.reload();
    await page.locator('html[data-ready="true"]').waitFor();
    await page.getByText('已恢复上次的工作簿').waitFor();
    const saved = await savedWorkbook(page, dir);
    const [first] = await saved.listSheets();
    const values = (await saved.readGrid(first.name)).values.flat();
    expect(values).toContain(1036.03);
    await page.screenshot({ path: path.join(dir, 'typed.png') });
    await page.context().close();
  });

  test('an .xlsx opens with the button and by dropping it, and saves back with its table', async () => {
    const { bytes, sheet } = await demoFile();
    const original = await XlsxWorkbookHost.open(bytes);
    if (!original.ok) throw new Error(original.error.message);
    const page = await freshPage();
    page.on('dialog', (d) => void d.accept());

    await page.setInputFiles('#file', { name: '示例.xlsx', mimeType: XLSX_TYPE, buffer: bytes });
    await page.getByText('已打开“示例.xlsx”').waitFor();
    let saved = await savedWorkbook(page, dir);
    const [before, after] = [await original.host.readGrid(sheet), await saved.readGrid(sheet)];
    expect(after.formulas).toEqual(before.formulas);
    // The same values, and where the original had formulas without results the page's computed ones.
    const plain = (g: typeof before) =>
      g.values.map((r, i) => r.map((v, j) => (g.formulas?.[i]?.[j] ? 'f' : v)));
    expect(plain(after)).toEqual(plain(before));
    expect(after.values[4][4]).toBeCloseTo(596.68 / 1036.03, 10);

    const file = await page.evaluateHandle(
      ({ data, name, type }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], name, { type }));
        return transfer;
      },
      { data: [...bytes], name: '拖入.xlsx', type: XLSX_TYPE },
    );
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: file });
    await page.dispatchEvent('body', 'drop', { dataTransfer: file });
    await page.getByText('已打开“拖入.xlsx”').waitFor();
    saved = await savedWorkbook(page, dir);
    expect((await saved.listSheets()).map((s) => s.name)).toContain(sheet);

    await page.setInputFiles('#file', {
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('x'),
    });
    await page.getByText('“notes.txt”不是 .xlsx 文件').waitFor();
    await page.screenshot({ path: path.join(dir, 'opened.png') });
    await page.context().close();
  });

  test('a zip bomb and a giant merge are refused in the page with the message the command line gives', async () => {
    const corpus = await buildCorpus(
      path.join(dir, 'hostile'),
      HOSTILE_CASES.filter((c) => c.name === 'sheet-bomb' || c.name === 'giant-merge'),
    );
    expect(corpus.size).toBe(2);
    const page = await freshPage();
    for (const [name, file] of corpus) {
      const bytes = await fs.readFile(file);
      const inNode = await loadBytes(bytes, `${name}.xlsx`);
      if (inNode.ok) throw new Error(`${name} was not refused in Node`);
      expect(['part-too-large', 'merge-too-large']).toContain(inNode.error.code);
      await page.setInputFiles('#file', { name: `${name}.xlsx`, mimeType: XLSX_TYPE, buffer: bytes });
      await page.getByText(inNode.error.message, { exact: true }).waitFor();
    }
    await page.context().close();
  });

  test('载入示例 puts the reference table beside an empty sheet, and the pane finds its mistakes', async () => {
    const page = await freshPage();
    await page.click('#example');
    await page.getByText('已插入示例“整体支出自评表2020”').waitFor();
    const sheets = await page.evaluate(() => {
      const api = Reflect.get(window, 'jxzpUniver') as {
        getActiveWorkbook(): { getSheets(): { getSheetName(): string }[] };
      };
      return api
        .getActiveWorkbook()
        .getSheets()
        .map((s) => s.getSheetName());
    });
    expect(sheets).toEqual(['Sheet1', '整体支出自评表2020', '报告要素']);
    const pane = page.locator('#pane');
    await pane.getByRole('tab', { name: '校验' }).click();
    await pane.getByRole('button', { name: '校验', exact: true }).click();
    const wrongScore = pane.locator('button[data-code="execution-score-mismatch"]');
    await wrongScore.waitFor();
    expect(await wrongScore.textContent()).toContain('G5');
    await page.screenshot({ path: path.join(dir, 'example.png') });
    await page.context().close();
  });

  test('no request leaves the page’s own address; no Content-Security-Policy violation, no error', () => {
    expect([...hosts]).toEqual([new URL(server.url).host]);
    expect(problems).toEqual([]);
  });
});
