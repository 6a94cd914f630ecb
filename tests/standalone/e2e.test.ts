import { promises as fs } from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { demoValues } from '../../src/app/demoExample';
import { MARK_FILLS } from '../../src/app/marks/planMarks';
import { run } from '../../src/cli/main';
import { STANDARD_2020 } from '../../src/domain/profiles/standard2020';
import type { PlanValue } from '../../src/templates/plan';
import { renderTemplateWithMap } from '../../src/templates/render';
import { recordingIo } from '../cli/recordingIo';
import { hasChromium, launchChromium } from '../web/browserHarness';
import { type PageServer, startPage } from './pageServer';

/**
 * The whole job in the standalone page, as a newcomer does it after `npm start`: insert the form, type
 * the reference table into the sheet with the keyboard while 自动校验 marks it, check, go to a finding,
 * apply the suggested scores, write the report, take the .docx and the .xlsx away — and the CLI finds in
 * that .xlsx what the page showed. Nothing is requested from any host but the page's own.
 */
const SHOTS = path.join(__dirname, '../../out/standalone-e2e');
const UNIT = '长沙市望城区信访局';
const YEAR = 2020;
/** The pane's default; given explicitly so that the layout computed here is the one inserted there. */
const BLANK_ROWS = 2;

/**
 * The reference table's cells as our template places them: the budget block and a representative set
 * of indicator rows (typing all ~90 cells by keyboard takes minutes on a loaded machine). The set has
 * the reference's mistakes: 6 typed over 执行率得分 5.76, a score without a 完成值, a 指标值 copying its name.
 */
const TYPED_LEVEL2 = new Set(['数量指标', '质量指标', '成本指标', '社会效益指标', '可持续影响指标']);

interface TypedRow {
  /** The cells of one row, left to right, with what is typed there ('' types nothing: the cell stays empty). */
  readonly cells: readonly { readonly cell: string; readonly text: string }[];
}

function referenceRows(): { sheet: string; rows: TypedRow[]; executionScore: string } {
  const form = renderTemplateWithMap({
    kind: 'overall',
    year: YEAR,
    unit: UNIT,
    profile: STANDARD_2020,
    blankRowsPerLevel2: BLANK_ROWS,
  });
  if (!form.ok || form.map.kind === 'reportInputs') throw new Error('render failed');
  const map = form.map;
  const values = demoValues(map);
  const text = (v: PlanValue | undefined): string =>
    v === undefined || v === null ? '' : typeof v === 'object' ? '' : String(v);
  const row = (cells: readonly string[]): TypedRow => ({
    cells: cells.map((cell) => ({ cell, text: text(values.get(cell)) })),
  });
  const rows: TypedRow[] = [];
  const total = map.budget.find((b) => b.key === 'total');
  const fiscal = map.budget.find((b) => b.key === 'fiscal');
  if (!total?.score || !fiscal) throw new Error('no budget rows in the template');
  rows.push(row([total.planned, total.actual]), row([total.score]), row([fiscal.planned, fiscal.actual]));
  for (const r of map.indicators) {
    if (!TYPED_LEVEL2.has(r.level2) || values.get(r.name) === undefined) continue;
    rows.push(row([r.name, r.target, r.actual, r.weight, r.score]));
  }
  return { sheet: form.plan.sheetName, rows, executionScore: total.score };
}

/** Column letters and row number of an A1 cell. */
function split(cell: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) throw new Error(`not a cell: ${cell}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { col, row: Number(m[2]) };
}

// ---- the sheet, through Univer's facade the page exposes for tests (window.jxzpUniver) -----------------

/** The active cell of the active sheet, e.g. `G5`. */
function activeCell(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const api = Reflect.get(window, 'jxzpUniver') as {
      getActiveWorkbook(): { getActiveCell(): { getA1Notation(): string } | null } | null;
    };
    return api.getActiveWorkbook()?.getActiveCell()?.getA1Notation().split(':')[0] ?? null;
  });
}

interface CellState {
  readonly value: unknown;
  readonly fill: string;
}

/** What a cell of the active sheet holds and its fill, as Univer has them. */
function cellState(page: Page, cell: string): Promise<CellState> {
  return page.evaluate((a1) => {
    const api = Reflect.get(window, 'jxzpUniver') as {
      getActiveWorkbook(): {
        getActiveSheet(): { getRange(a1: string): { getValue(): unknown; getBackground(): string } };
      };
    };
    const range = api.getActiveWorkbook().getActiveSheet().getRange(a1);
    return { value: range.getValue(), fill: range.getBackground().toUpperCase() };
  }, cell);
}

/**
 * Waits until a cell of the active sheet holds what was typed into it (`typed`: a number may come back
 * as a number or formatted, 100% as 1), or, with `fill`, until it has that fill.
 */
async function waitForCell(
  page: Page,
  cell: string,
  want: { typed: string } | { fill: string },
): Promise<void> {
  await page.waitForFunction(
    ([a1, w]) => {
      const api = Reflect.get(window, 'jxzpUniver') as {
        getActiveWorkbook(): {
          getActiveSheet(): { getRange(a1: string): { getValue(): unknown; getBackground(): string } };
        };
      };
      const range = api.getActiveWorkbook().getActiveSheet().getRange(a1);
      if ('fill' in w) return range.getBackground().toUpperCase() === w.fill;
      const value = range.getValue();
      if (value === null || value === undefined || value === '') return false;
      const number = (t: string) => (t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t));
      return (
        String(value) === w.typed ||
        (w.typed.trim() !== '' && Math.abs(number(String(value)) - number(w.typed)) < 1e-9)
      );
    },
    [cell, want] as const,
  );
}

/** Waits until Univer's active cell is `cell`. */
async function waitForActive(page: Page, cell: string): Promise<void> {
  await page.waitForFunction((a1) => {
    const api = Reflect.get(window, 'jxzpUniver') as {
      getActiveWorkbook(): { getActiveCell(): { getA1Notation(): string } | null } | null;
    };
    return api.getActiveWorkbook()?.getActiveCell()?.getA1Notation().split(':')[0] === a1;
  }, cell);
}

/** Selects a cell as a user does without the mouse: its address typed into Univer's name box. */
async function goTo(page: Page, cell: string): Promise<void> {
  const nameBox = page.locator('[data-u-comp="defined-name"] input');
  await nameBox.click();
  await nameBox.press('Control+A');
  await nameBox.pressSequentially(cell);
  await nameBox.press('Enter');
  await waitForActive(page, cell);
}

/**
 * Types a row into the sheet from the keyboard: its first cell through the name box, then Tab to the
 * next. Each key waits for the sheet to have taken the last (a loaded machine may lag behind the keys).
 */
async function typeRow(page: Page, { cells }: TypedRow): Promise<void> {
  await goTo(page, cells[0].cell);
  for (const [i, { cell, text }] of cells.entries()) {
    if (i > 0) {
      const [before, here] = [split(cells[i - 1].cell), split(cell)];
      if (here.row !== before.row || here.col !== before.col + 1) throw new Error(`${cell} is not next`);
      await waitForActive(page, cell);
    }
    if (text !== '') await page.keyboard.type(text);
    await page.keyboard.press(i === cells.length - 1 ? 'Enter' : 'Tab');
    if (text !== '') await waitForCell(page, cell, { typed: text });
  }
}

// ---- the findings the page shows ------------------------------------------------------------------------

/** `code@place` of every finding in the pane's list (place: `G5`, `报告要素!B7`, or 全表). */
function shownFindings(page: Page): Promise<string[]> {
  return page
    .locator('#pane button[data-code]')
    .evaluateAll((buttons) =>
      buttons.map((b) => `${b.getAttribute('data-code') ?? ''}@${b.firstElementChild?.textContent ?? ''}`),
    );
}

(hasChromium ? describe : describe.skip)('the standalone page end to end', () => {
  let server: PageServer;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'jxzp-e2e-'));
    await fs.mkdir(SHOTS, { recursive: true });
    await fs.rm(path.join(SHOTS, 'failed.png'), { force: true });
    [server, browser] = await Promise.all([startPage(), launchChromium()]);
  }, 600_000); // the page may first wait for another test file’s (see pageLock)

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await fs.rm(dir, { recursive: true, force: true });
  }, 60_000);

  test('insert, type with 自动校验, check, go to, apply scores, report, download; the CLI agrees', async () => {
    const { sheet, rows, executionScore } = referenceRows();
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1400, height: 860 },
    });
    // Generous waits: two cores shared with other work make every step slow at times.
    context.setDefaultTimeout(120_000);
    const page = await context.newPage();
    const hosts = new Set<string>();
    const problems: string[] = [];
    page.on('request', (r) => hosts.add(new URL(r.url()).hostname));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
    const pane = page.locator('#pane');

    try {
      await page.goto(server.url);
      await page.locator('html[data-ready="true"]').waitFor({ timeout: 120_000 });
      await shot('1-ready');

      // 插入模板, with the reference's unit and year.
      await pane.getByLabel('部门（单位）名称').fill(UNIT);
      await pane.getByLabel('年度').fill(String(YEAR));
      await pane.getByLabel('预留空行').fill(String(BLANK_ROWS));
      await pane.getByRole('button', { name: '插入模板' }).click();
      await pane.getByText(`已插入工作表“${sheet}”和“报告要素”。`).waitFor();
      await shot('2-inserted');

      // 自动校验 on, then the reference typed in: 6 over the 执行率得分 is marked as soon as it is typed,
      // while the right figures beside it are not.
      await pane.getByRole('tab', { name: '校验' }).click();
      await pane.getByRole('switch', { name: '自动校验' }).check();
      // On once the session has started listening (the switch is disabled while it starts).
      await pane.getByRole('switch', { name: '自动校验', checked: true, disabled: false }).waitFor();
      const [planned, score] = rows;
      await typeRow(page, planned);
      expect((await cellState(page, executionScore)).fill).not.toBe(MARK_FILLS.error);
      await typeRow(page, score);
      await waitForCell(page, executionScore, { fill: MARK_FILLS.error });
      await shot('3-marked-as-typed');
      for (const row of rows.slice(2)) await typeRow(page, row);
      for (const { cell } of planned.cells)
        expect((await cellState(page, cell)).fill).not.toBe(MARK_FILLS.error);
      await shot('4-typed');

      // 校验: the list, with the wrong 执行率得分 in it; a finding clicked selects its cell.
      await pane.getByRole('button', { name: '校验', exact: true }).click();
      await pane.getByText(/已在表格中标记 \d+ 个单元格/).waitFor();
      const checked = await shownFindings(page);
      expect(checked).toContain(`execution-score-mismatch@${executionScore}`);
      expect(checked).toEqual(
        expect.arrayContaining([expect.stringMatching(/^scored-without-actual@[A-Z]+\d+$/)]),
      );
      await shot('5-checked');
      expect(await activeCell(page)).not.toBe(executionScore);
      await pane.locator(`button[data-code="execution-score-mismatch"]`).click();
      await waitForActive(page, executionScore);
      await shot('6-went-to-finding');

      // 填入建议得分, confirmed: 5.76 replaces the 6, and the finding is gone.
      await pane.getByRole('tab', { name: '计算' }).click();
      await pane.getByRole('columnheader', { name: '规则' }).waitFor();
      await pane.getByRole('button', { name: '填入建议得分' }).click();
      const dialog = page.getByRole('alertdialog', { name: '填入建议得分' });
      await dialog.getByText('6 → 5.76').waitFor();
      await shot('7-apply-dialog');
      await dialog.getByRole('button', { name: '确认填入' }).click();
      await pane.getByText(/已填入 \d+ 个单元格。/).waitFor();
      const applied = await cellState(page, executionScore);
      expect(Number(applied.value)).toBeCloseTo(5.76, 10);
      await shot('8-applied');

      // The list as it stands now, to compare with the CLI's reading of the saved file.
      await pane.getByRole('tab', { name: '校验' }).click();
      await pane.getByRole('button', { name: '校验', exact: true }).click();
      await pane.locator(`button[data-code="execution-score-mismatch"]`).waitFor({ state: 'detached' });
      await pane.getByRole('button', { name: '校验', exact: true }).and(page.locator(':enabled')).waitFor();
      const shown = await shownFindings(page);
      expect(shown.length).toBeGreaterThan(0);

      // 生成报告 and its .docx.
      await pane.getByRole('tab', { name: '报告' }).click();
      await pane.getByRole('button', { name: '生成报告' }).click();
      await pane.getByRole('article', { name: '报告预览' }).waitFor();
      await shot('9-report');
      const docxDownload = page.waitForEvent('download');
      await pane.getByRole('button', { name: '下载 .docx' }).click();
      const docxFile = path.join(dir, (await docxDownload).suggestedFilename());
      await (await docxDownload).saveAs(docxFile);
      expect(docxFile).toMatch(/\.docx$/);
      const xml = await (
        await JSZip.loadAsync(await fs.readFile(docxFile))
      )
        .file('word/document.xml')
        ?.async('string');
      expect(xml).toContain(UNIT);
      expect(xml).toContain('596.68');

      // The workbook as .xlsx, read back by `jxzp check`: the same findings at the same cells.
      const xlsxDownload = page.waitForEvent('download');
      await page.click('#save');
      const xlsxFile = path.join(dir, (await xlsxDownload).suggestedFilename());
      await (await xlsxDownload).saveAs(xlsxFile);
      await shot('10-saved');
      const io = recordingIo();
      await run(['check', xlsxFile, '--json'], io);
      const [file] = (
        JSON.parse(io.text()) as {
          files: {
            error: string | null;
            tables: {
              sheet: string;
              budget: { planned: string; actual: string; enteredScore: string };
              findings: { code: string; cell: string | null }[];
            }[];
          }[];
        }
      ).files;
      expect(file.error).toBeNull();
      const table = file.tables.find((t) => t.sheet === sheet);
      expect(table?.budget).toMatchObject({ planned: '1036.03', actual: '596.68', enteredScore: '5.76' });
      const cli = (table?.findings ?? []).map((f) => `${f.code}@${f.cell ?? '全表'}`);
      expect([...cli].sort()).toEqual([...shown].sort());

      expect(problems).toEqual([]);
      expect([...hosts].filter((h) => h !== '127.0.0.1' && h !== 'localhost')).toEqual([]);
      expect(hosts.size).toBeGreaterThan(0);
    } catch (e) {
      // What the page looked like when a step failed.
      await shot('failed');
      throw e;
    }
    await context.close();
  }, 600_000);
});
