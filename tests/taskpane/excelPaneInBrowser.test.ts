import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { addSheet } from '../../src/app/addSheet';
import { createSession } from '../../src/app/session';
import type { ScoreChangeView, TableView } from '../../src/app/session.types';
import { demoReportInputs, demoValues, DEMO_UNIT, DEMO_YEAR } from '../../src/app/demoExample';
import { STANDARD_2020 } from '../../src/domain/profiles/standard2020';
import { MemoryWorkbook } from '../../src/hosts/memory';
import { taskpaneZhCN as T } from '../../src/i18n/taskpane.zh-CN';
import { messageBody, placeOf } from '../../src/taskpane/check/findingGroups';
import { fillPlan } from '../../src/templates/fillPlan';
import type { PlanValue } from '../../src/templates/plan';
import { renderTemplateWithMap } from '../../src/templates/render';
import type { FakeExcel } from '../fakes/excel';
import { hasChromium, launchChromium, serveFolder } from '../web/browserHarness';
import { overflowing } from './overflowing';
import { buildBundle, OFFICE_JS, withExcel } from '../web/buildBundle';
import { recalculated } from './excelRecalc';

/** Where the screenshots go, to be looked at (out/ is not committed). */
const SHOTS = join(__dirname, '../../out/taskpane-screenshots');
const WIDTHS = [320, 450] as const;

type Typed = [sheet: string, cell: string, value: string | number | boolean | null];

/** The page's `window` with the stand-in's handle on the Excel fake. */
type WithFake = { readonly jxzpFakeExcel: FakeExcel };

const form = renderTemplateWithMap({
  kind: 'overall',
  year: DEMO_YEAR,
  unit: DEMO_UNIT,
  profile: STANDARD_2020,
  blankRowsPerLevel2: 2,
});
const inputs = renderTemplateWithMap({
  kind: 'reportInputs',
  year: DEMO_YEAR,
  unit: DEMO_UNIT,
  profile: STANDARD_2020,
});

function scalar(v: PlanValue): string | number | null {
  if (v !== null && typeof v === 'object') throw new Error('the demo types no formula');
  return v;
}

/** What the clerk types into the two new sheets (the demo's table and 报告要素), then what Excel shows in the formulas. */
function typing(sheet: string, inputsSheet: string): { typed: Typed[]; computed: Typed[] } {
  if (!form.ok || form.map.kind === 'reportInputs' || !inputs.ok || inputs.map.kind !== 'reportInputs')
    throw new Error('the demo templates failed to render');
  const values = demoValues(form.map);
  const facts = demoReportInputs(inputs.map);
  return {
    typed: [
      ...[...values].map(([cell, v]): Typed => [sheet, cell, scalar(v)]),
      ...[...facts].map(([cell, v]): Typed => [inputsSheet, cell, scalar(v)]),
    ],
    computed: [
      ...recalculated(form.plan, values).map(([cell, v]): Typed => [sheet, cell, v]),
      ...recalculated(inputs.plan, facts).map(([cell, v]): Typed => [inputsSheet, cell, v]),
    ],
  };
}

/**
 * What src/app makes of the same table typed into an in-memory workbook: the figures and findings the
 * Excel pane must show (they come through a different host, so agreement is not a given).
 */
async function expectedTable(
  sheet: string,
  inputsSheet: string,
): Promise<TableView & { suggestions: readonly ScoreChangeView[] }> {
  if (!form.ok || form.map.kind === 'reportInputs' || !inputs.ok || inputs.map.kind !== 'reportInputs')
    throw new Error('the demo templates failed to render');
  const book = new MemoryWorkbook();
  await addSheet(book, { ...fillPlan(form.plan, demoValues(form.map)), sheetName: sheet });
  await addSheet(book, { ...fillPlan(inputs.plan, demoReportInputs(inputs.map)), sheetName: inputsSheet });
  const session = createSession(book);
  const outcome = await session.check();
  if (!outcome.ok || outcome.tables.length !== 1) throw new Error('the demo table did not check');
  const table = outcome.tables[0];
  return { ...table, suggestions: await session.suggestScores(table.ref) };
}

/** The cells' text of the score table's row whose first cell is `label`. */
const rowTexts = (page: Page, label: string): Promise<string[]> =>
  page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: label, exact: true }) })
    .getByRole('cell')
    .allTextContents();

/** The finding buttons' text as the list shows it: cell, then sentence. */
const findingTexts = (page: Page): Promise<string[]> =>
  page
    .getByRole('list')
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => (b.textContent ?? '').replace(/\s+/g, '')));

/** The active cell of the fake workbook, as `sheet!A1`. */
const activeCell = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const { doc } = (window as unknown as WithFake).jxzpFakeExcel;
    const sheet = doc.sheets.find((s) => s.id === doc.active.sheetId)?.name ?? '?';
    let col = '';
    for (let c = doc.active.col; c > 0; c = Math.floor((c - 1) / 26))
      col = String.fromCharCode(65 + ((c - 1) % 26)) + col;
    return `${sheet}!${col}${doc.active.row}`;
  });

const syncs = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as WithFake).jxzpFakeExcel.syncs);

/** The syncs so far, once the pane has been quiet (no new sync) for half a second. */
async function syncsWhenQuiet(page: Page): Promise<number> {
  let last = await syncs(page);
  for (;;) {
    await page.waitForTimeout(500);
    const now = await syncs(page);
    if (now === last) return now;
    last = now;
  }
}

(hasChromium && withExcel() ? describe : describe.skip)(
  'the Excel add-in page in headless Chromium, Office.js standing in as the Excel fake',
  () => {
    let paneDir: string;
    let standIn: string;
    beforeAll(async () => {
      paneDir = mkdtempSync(join(tmpdir(), 'jxzp-excel-pane-'));
      const standInDir = mkdtempSync(join(tmpdir(), 'jxzp-office-stand-in-'));
      // The production build of the add-in's page, exactly what the manifest points Excel at.
      await Promise.all([
        buildBundle('taskpane', paneDir),
        buildBundle('office-stand-in', standInDir, { taskpaneTest: true }),
      ]);
      standIn = readFileSync(join(standInDir, 'office-stand-in.js'), 'utf8');
    }, 400_000);

    test.each(WIDTHS)(
      'at %i px: insert, fill, check, apply the suggested score, report; syncs as the host promises; nothing leaves the page, the CSP holds',
      async (width) => {
        mkdirSync(SHOTS, { recursive: true });
        const { server, url } = await serveFolder(paneDir);
        const browser = await launchChromium();
        try {
          const context = await browser.newContext({ viewport: { width, height: 720 } });
          const foreign: string[] = [];
          const office: string[] = [];
          // Office.js is asked of Microsoft's CDN, as Excel requires; the test answers with the fake.
          // Anything else not from the page's own origin is refused and reported.
          await context.route('**/*', (route) => {
            const asked = route.request().url();
            if (asked === OFFICE_JS) {
              office.push(asked);
              return route.fulfill({ status: 200, contentType: 'text/javascript', body: standIn });
            }
            if (new URL(asked).origin === url) return route.continue();
            foreign.push(asked);
            return route.abort();
          });
          await context.addInitScript(() => {
            const seen: string[] = [];
            Object.assign(window, { jxzpCspViolations: seen });
            document.addEventListener('securitypolicyviolation', (e) =>
              seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
            );
          });
          const page = await context.newPage();
          const errors: string[] = [];
          page.on('pageerror', (e) => errors.push(e.message));
          page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
          const shot = async (part: string, fullPage = true) => {
            expect(await overflowing(page)).toEqual([]);
            // From the top: scrolled down, a full-page shot draws the sticky tabs over the middle.
            await page.evaluate(() => window.scrollTo(0, 0));
            await page.screenshot({ path: join(SHOTS, `excel-${width}-${part}.png`), fullPage });
          };
          const quiet = () => syncsWhenQuiet(page);

          await page.goto(`${url}/taskpane.html`);
          await page.getByRole('button', { name: '插入模板' }).waitFor();
          expect(await quiet()).toBe(0);

          // 插入模板: the demo's unit and year, 2 blank rows per 二级, with 报告要素 (the default).
          await page.getByRole('textbox', { name: '部门（单位）名称' }).fill(DEMO_UNIT);
          await page.getByRole('textbox', { name: '年度' }).fill(String(DEMO_YEAR));
          let before = await quiet();
          await page.getByRole('button', { name: '插入模板' }).click();
          await page.getByText(/已插入工作表/).waitFor();
          // Per sheet listSheets 1 + applyPlan 2, then select 1: 2 sheets, 7 requests.
          expect((await quiet()) - before).toBe(7);
          const sheets = await page.evaluate(() =>
            (window as unknown as WithFake).jxzpFakeExcel.doc.sheets.map((s) => s.name),
          );
          expect(sheets).toEqual(['Sheet1', `整体支出自评表${DEMO_YEAR}`, '报告要素']);
          await shot('1-insert');

          // The clerk fills both sheets in Excel; Excel shows what the formulas compute.
          const { typed, computed } = typing(sheets[1], sheets[2]);
          await page.evaluate(
            ([t, c]) => {
              const fake = (window as unknown as WithFake).jxzpFakeExcel;
              for (const [sheet, cell, value] of t) fake.user.type(sheet, cell, value);
              for (const [sheet, cell, value] of c)
                if (value !== null) fake.user.setComputed(sheet, cell, value);
            },
            [typed, computed] as const,
          );

          // 校验: the findings, grouped, and the marks in the sheet.
          await page.getByRole('tab', { name: '校验' }).click();
          before = await quiet();
          await page.getByRole('button', { name: '校验', exact: true }).click();
          await page.getByText(/已在表格中标记 \d+ 个单元格/).waitFor();
          // listSheets 1, readGrid of each of the 3 sheets, then marks: readStore 1, readFormats and
          // writeFormats 1 each for each of the 2 marked sheets, writeStore 1.
          const checkSyncs = (await quiet()) - before;
          expect(checkSyncs).toBe(1 + 3 + 1 + 2 * 2 + 1);
          const expected = await expectedTable(sheets[1], sheets[2]);
          const shown = await findingTexts(page);
          // Every finding src/app makes of the table, cell first (on its own sheet without the sheet name).
          expect(shown.sort()).toEqual(
            expected.findings
              .map((f) => `${placeOf(f, sheets[1]) ?? T.check.noCell}${messageBody(f)}`.replace(/\s+/g, ''))
              .sort(),
          );
          expect(shown).toContain('G5执行率得分填为6，按执行率57.59%×分值10应为5.76');
          const g5 = await page.evaluate(
            (s) => (window as unknown as WithFake).jxzpFakeExcel.cell(s, 'G5'),
            sheets[1],
          );
          expect(g5.value).toBe(6);
          expect(g5.fill).not.toBeNull();
          expect(g5.note).toContain('应为 5.76');
          await shot('2-check');
          // Clicking a finding selects its cell in the workbook.
          await page.getByRole('button', { name: /^G5\s*执行率得分填为 6/ }).click();
          await quiet();
          expect(await activeCell(page)).toBe(`${sheets[1]}!G5`);

          // 计算: the figures, then 填入建议得分 lists the one change and writes it only once confirmed.
          await page.getByRole('tab', { name: '计算' }).click();
          await page.getByRole('columnheader', { name: '规则' }).waitFor();
          // 执行率, 总分 and 等级 as src/app computes them for the same table, beside what the sheet holds.
          const { budget, totals } = expected;
          expect(await rowTexts(page, T.compute.rate)).toEqual([T.compute.rate, `${budget.rate}%`]);
          expect(await rowTexts(page, T.compute.total)).toEqual([
            T.compute.total,
            totals.weight,
            totals.enteredScore,
            totals.ruleScore,
          ]);
          expect(await rowTexts(page, T.compute.grade)).toEqual([
            T.compute.grade,
            '',
            totals.enteredGrade,
            totals.grade,
          ]);
          await shot('3-compute');
          before = await quiet();
          await page.getByRole('button', { name: '填入建议得分' }).click();
          const dialog = page.getByRole('alertdialog', { name: '填入建议得分' });
          await dialog.waitFor();
          await dialog.getByText('6 → 5.76').waitFor();
          // suggestScores reads the sheet as it is now: 1 request, nothing written.
          expect((await quiet()) - before).toBe(1);
          expect(await dialog.getByRole('listitem').allTextContents()).toEqual(
            expected.suggestions.map((c) => `${c.cell}${c.label}${c.before ?? ''} → ${c.after ?? ''}`),
          );
          await shot('3-compute-dialog');
          before = await quiet();
          await dialog.getByRole('button', { name: '确认填入' }).click();
          await page.getByText('已填入 1 个单元格。').waitFor();
          // applyScores: readGrid 1 (is every cell still as suggested?) and writeValues 1; then the pane
          // re-checks the workbook as above, except that 报告要素's marks stand unchanged: its formats are
          // read, not written again.
          expect((await quiet()) - before).toBe(2 + (checkSyncs - 1));
          const after = await page.evaluate(
            (s) => (window as unknown as WithFake).jxzpFakeExcel.cell(s, 'G5'),
            sheets[1],
          );
          expect(after.value).toBe(5.76);

          // 报告: the preview with its placeholders.
          await page.getByRole('tab', { name: '报告' }).click();
          await page.getByRole('button', { name: '生成报告' }).click();
          const preview = page.getByRole('article', { name: '报告预览' });
          await preview.waitFor();
          // The report states the figures src/app computes, and counts the placeholders it shows.
          const report = (await preview.textContent()) ?? '';
          expect(report).toContain(DEMO_UNIT);
          expect(report).toContain(
            `自评得分为 ${expected.totals.ruleScore} 分，评价等级为“${expected.totals.grade}”`,
          );
          const placeholders = report.match(/【请(填写|核对)：/g)?.length ?? 0;
          expect(placeholders).toBeGreaterThan(0);
          await page.getByText(T.report.placeholderHint(placeholders)).waitFor();
          await shot('4-report', false);

          expect(errors).toEqual([]);
          expect(
            await page.evaluate(
              () => (window as unknown as { jxzpCspViolations: string[] }).jxzpCspViolations,
            ),
          ).toEqual([]);
          expect(office).toEqual([OFFICE_JS]);
          expect(foreign).toEqual([]);
        } finally {
          await browser.close();
          server.close();
        }
      },
      180_000,
    );
  },
);
