/** @jest-environment jsdom */
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import JSZip from 'jszip';
import { addSheet } from '../../src/app/addSheet';
import { MARK_FILLS } from '../../src/app/marks/planMarks';
import { createSession } from '../../src/app/session';
import { STANDARD_2020 } from '../../src/domain/profiles/standard2020';
import { MemoryWorkbook } from '../../src/hosts/memory';
import { taskpaneZhCN as T } from '../../src/i18n/taskpane.zh-CN';
import type { PaneServices } from '../../src/taskpane/shared/services';
import { mountTaskPane } from '../../src/taskpane/mountTaskPane';
import { TaskPane } from '../../src/taskpane/TaskPane';
import { renderTemplate, renderTemplateWithMap } from '../../src/templates/render';
import { demoWorkbook } from './demoWorkbook';
import { findDialog } from './dialog';

// Role queries walk the accessibility tree of every (hidden) part: slow in jsdom, not wrong.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(60_000);

const EXECUTION_SCORE = '执行率得分填为 6，按执行率 57.59% × 分值 10 应为 5.76';

function recordingServices() {
  const copied: string[] = [];
  const saved: { name: string; bytes: Uint8Array; type: string }[] = [];
  const services: PaneServices = {
    copyText: async (text) => (copied.push(text), true),
    saveFile: (name, bytes, type) => void saved.push({ name, bytes, type }),
  };
  return { services, copied, saved };
}

async function openPart(name: string) {
  await userEvent.click(screen.getByRole('tab', { name }));
}

/** The finding's button in the list: its cell beside its sentence. */
function findingName(cell: string, sentence: string) {
  return (name: string) => name.replace(/\s+/g, '') === `${cell}${sentence}`.replace(/\s+/g, '');
}

function findingButton(cell: string, sentence: string): HTMLElement {
  return screen.getByRole('button', { name: findingName(cell, sentence) });
}

describe('插入模板', () => {
  test('inserts exactly the rendered form, with the options typed, on a new sheet', async () => {
    const book = new MemoryWorkbook();
    render(<TaskPane session={createSession(book)} today={new Date(2024, 3, 1)} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: T.insert.kindProject }));
    await user.type(screen.getByRole('textbox', { name: T.insert.unitProject }), '老旧小区改造');
    const year = screen.getByRole('textbox', { name: T.insert.year });
    await user.clear(year);
    await user.type(year, '2023');
    const rows = screen.getByRole('textbox', { name: T.insert.blankRows });
    await user.clear(rows);
    await user.type(rows, '3');
    await user.click(screen.getByRole('checkbox', { name: T.insert.withInputs }));
    await user.click(screen.getByRole('button', { name: T.insert.submit }));

    const options = {
      kind: 'project',
      year: 2023,
      unit: '老旧小区改造',
      profile: STANDARD_2020,
      blankRowsPerLevel2: 3,
    } as const;
    const rendered = renderTemplateWithMap(options);
    if (!rendered.ok || rendered.map.kind === 'reportInputs') throw new Error('render failed');
    await screen.findByText(T.insert.done(rendered.plan.sheetName));
    expect((await book.listSheets()).map((s) => s.name).filter((n) => !n.startsWith('JXZP_'))).toEqual([
      rendered.plan.sheetName,
    ]);
    expect(book.value(rendered.plan.sheetName, rendered.map.meta.unit)).toBe('老旧小区改造');
    // Cell for cell what the renderer plans, nothing else.
    const expected = new MemoryWorkbook();
    await addSheet(expected, rendered.plan);
    expect(await book.readGrid(rendered.plan.sheetName)).toEqual(
      await expected.readGrid(rendered.plan.sheetName),
    );
  });

  test('a year out of range is said under the field and nothing is inserted; a second insert gets a new sheet', async () => {
    const book = new MemoryWorkbook();
    render(<TaskPane session={createSession(book)} today={new Date(2024, 3, 1)} />);
    const user = userEvent.setup();
    const year = screen.getByRole('textbox', { name: T.insert.year });
    await user.clear(year);
    await user.type(year, '1999');
    await user.click(screen.getByRole('button', { name: T.insert.submit }));
    await screen.findByText(T.insert.fixFields);
    expect(year.getAttribute('aria-invalid')).toBe('true');
    expect((await book.listSheets()).length).toBe(0);

    await user.clear(year);
    await user.type(year, '2023');
    await user.click(screen.getByRole('checkbox', { name: T.insert.withInputs }));
    await user.click(screen.getByRole('button', { name: T.insert.submit }));
    const first = renderTemplate({ kind: 'overall', year: 2023, unit: '', profile: STANDARD_2020 });
    if (!first.ok) throw new Error('render failed');
    await screen.findByText(T.insert.done(first.plan.sheetName));
    await user.click(screen.getByRole('button', { name: T.insert.submit }));
    await waitFor(async () => expect((await book.listSheets()).filter((s) => s.visible).length).toBe(2));
    const names = (await book.listSheets()).filter((s) => s.visible).map((s) => s.name);
    expect(names[0]).toBe(first.plan.sheetName);
    expect(names[1]).not.toBe(first.plan.sheetName);
  });
});

describe('校验', () => {
  test('check marks the sheet and lists the findings; clicking one selects its cell; 清除标记 restores the cells', async () => {
    const demo = await demoWorkbook();
    const g5 = demo.map.budget[0].score;
    if (!g5) throw new Error('no score cell');
    demo.book.setFormat(demo.sheet, g5, { fill: '#00B050', note: '原有批注' });
    render(<TaskPane session={demo.session} />);
    const user = userEvent.setup();
    await openPart(T.tabs.check);
    await user.click(screen.getByRole('button', { name: T.check.run }));

    const outcome = await demo.session.check();
    if (!outcome.ok) throw new Error(outcome.message);
    const table = outcome.tables[0];
    await screen.findByText(T.check.marked(outcome.marked));
    expect(
      screen.getByText(T.check.counts(table.counts.error, table.counts.warning, table.counts.info)),
    ).toBeTruthy();
    expect(
      screen.getByRole('region', { name: T.check.group(T.check.severity.error, table.counts.error) }),
    ).toBeTruthy();
    expect(demo.book.format(demo.sheet, g5)).toMatchObject({ fill: MARK_FILLS.error });
    expect(demo.book.format(demo.sheet, g5).note).toContain(EXECUTION_SCORE);

    await user.click(findingButton(g5, EXECUTION_SCORE));
    await waitFor(async () => expect(await demo.book.selection()).toEqual({ sheet: demo.sheet, cell: g5 }));

    await user.click(screen.getByRole('button', { name: T.check.clearMarks }));
    await screen.findByText(T.check.marksCleared);
    expect(demo.book.format(demo.sheet, g5)).toMatchObject({ fill: '#00B050', note: '原有批注' });
  });

  test('自动校验: after the user types the right score, its finding and its mark go away', async () => {
    const demo = await demoWorkbook();
    const g5 = demo.map.budget[0].score;
    if (!g5) throw new Error('no score cell');
    render(<TaskPane session={demo.session} />);
    const user = userEvent.setup();
    await openPart(T.tabs.check);
    await user.click(screen.getByRole('switch', { name: T.check.autoCheck }));
    await screen.findByRole('button', { name: findingName(g5, EXECUTION_SCORE) });
    expect(demo.book.format(demo.sheet, g5).fill).toBe(MARK_FILLS.error);

    act(() => demo.book.setValue(demo.sheet, g5, 5.76));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: findingName(g5, EXECUTION_SCORE) })).toBeNull(),
    );
    expect(demo.book.format(demo.sheet, g5).fill).toBeNull();

    await user.click(screen.getByRole('switch', { name: T.check.autoCheck }));
    await waitFor(() =>
      expect((screen.getByRole('switch', { name: T.check.autoCheck }) as HTMLInputElement).checked).toBe(
        false,
      ),
    );
    // Stopped: a later edit is not heard.
    act(() => demo.book.setValue(demo.sheet, g5, 6));
    await new Promise((r) => setTimeout(r, 1500));
    expect(screen.queryByRole('button', { name: findingName(g5, EXECUTION_SCORE) })).toBeNull();
  });

  test('a host that cannot notify edits offers 自动校验 as unavailable, and says why', async () => {
    const demo = await demoWorkbook();
    const session = { ...demo.session, canAutoCheck: false };
    render(<TaskPane session={session} />);
    await openPart(T.tabs.check);
    const toggle = screen.getByRole('switch', { name: T.check.autoCheck });
    expect(toggle.hasAttribute('disabled')).toBe(true);
    const why = document.getElementById(toggle.getAttribute('aria-describedby') ?? '');
    expect(why?.textContent).toBe(T.check.autoCheckUnavailable);
  });
});

describe('计算', () => {
  test('the figures beside the entered ones; 填入建议得分 writes only after 确认填入', async () => {
    const demo = await demoWorkbook();
    const g5 = demo.map.budget[0].score;
    if (!g5) throw new Error('no score cell');
    render(<TaskPane session={demo.session} />);
    const user = userEvent.setup();
    await openPart(T.tabs.compute);
    await user.click(screen.getByRole('button', { name: T.compute.run }));
    const scoreRow = await screen.findByRole('row', { name: /^执行率得分/ });
    expect(
      within(scoreRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['执行率得分', '10', '6', '5.76']);
    expect(screen.getByRole('row', { name: /^执行率\s*57\.59%$/ })).toBeTruthy();

    const before = await demo.book.readGrid(demo.sheet);
    await user.click(screen.getByRole('button', { name: T.compute.suggest }));
    let dialog = await findDialog();
    const changes = await demo.session.suggestScores((await tableRef(demo)).ref);
    const items = within(dialog).getAllByRole('listitem', { hidden: true });
    expect(items).toHaveLength(changes.length);
    expect(items[0].textContent).toBe(
      `${changes[0].cell}${changes[0].label}${changes[0].before} → ${changes[0].after}`,
    );
    expect(changes.find((c) => c.cell === g5)).toMatchObject({ before: 6, after: 5.76 });
    await user.click(within(dialog).getByRole('button', { name: T.common.cancel, hidden: true }));
    await waitFor(() => expect(document.querySelector('[role="alertdialog"]')).toBeNull());
    expect(await demo.book.readGrid(demo.sheet)).toEqual(before);

    await user.click(screen.getByRole('button', { name: T.compute.suggest }));
    dialog = await findDialog();
    await user.click(within(dialog).getByRole('button', { name: T.compute.confirm, hidden: true }));
    await screen.findByText(T.compute.applied(changes.length));
    for (const c of changes) expect(demo.book.value(c.sheet, c.cell)).toBe(c.after);
    // Only those cells changed.
    const after = await demo.book.readGrid(demo.sheet);
    const changed = new Set(changes.map((c) => c.cell));
    after.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = `${String.fromCharCode(65 + c)}${r + 1}`;
        if (!changed.has(cell)) expect([cell, v]).toEqual([cell, before.values[r]?.[c] ?? null]);
      }),
    );
    // The figures are re-read after the write.
    await waitFor(() =>
      expect(
        within(screen.getByRole('row', { name: /^执行率得分/ }))
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ).toEqual(['执行率得分', '10', '5.76', '5.76']),
    );
  });
});

async function tableRef(demo: Awaited<ReturnType<typeof demoWorkbook>>) {
  const outcome = await demo.session.check();
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.tables[0];
}

describe('报告', () => {
  test('generate, preview with placeholders, insert as a sheet, copy the text, download the .docx', async () => {
    const demo = await demoWorkbook();
    const { services, copied, saved } = recordingServices();
    render(<TaskPane session={demo.session} services={services} />);
    const user = userEvent.setup();
    await openPart(T.tabs.report);
    await user.click(screen.getByRole('button', { name: T.report.generate }));
    const preview = await screen.findByRole('article', { name: T.report.preview });

    const composed = await demo.session.composeReport((await tableRef(demo)).ref);
    if (!composed.ok) throw new Error(composed.message);
    const title = composed.report.title.map((r) => r.text).join('');
    expect(within(preview).getByRole('heading', { level: 2 }).textContent).toBe(title);
    expect(preview.textContent).toContain('预算执行率 57.59%');
    const marks = [...preview.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m?.startsWith('【请填写：') || m?.startsWith('【请核对：'))).toBe(true);

    const sheetsBefore = (await demo.book.listSheets()).map((s) => s.name);
    await user.click(screen.getByRole('button', { name: T.report.insertSheet }));
    const added = (await demo.book.listSheets()).map((s) => s.name).filter((n) => !sheetsBefore.includes(n));
    await screen.findByText(T.report.inserted(added[0]));
    expect(added).toHaveLength(1);
    const grid = await demo.book.readGrid(added[0]);
    expect(grid.values.flat()).toContain(title);

    await user.click(screen.getByRole('button', { name: T.report.copy }));
    await screen.findByText(T.report.copied);
    expect(copied).toEqual([composed.text]);

    await user.click(screen.getByRole('button', { name: T.report.download }));
    await screen.findByText(T.report.downloaded(`${title}.docx`));
    expect(saved.map((s) => [s.name, s.type])).toEqual([
      [`${title}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ]);
    const xml = await (await JSZip.loadAsync(saved[0].bytes)).file('word/document.xml')?.async('string');
    expect(xml).toContain(composed.report.title[0].text);
  });
});

describe('mountTaskPane', () => {
  test('paints a loader at once, then the pane when the session is ready; unmounting empties the container', async () => {
    const demo = await demoWorkbook();
    const container = document.createElement('div');
    document.body.append(container);
    let resolve: (s: typeof demo.session) => void = () => undefined;
    let unmount: () => void = () => undefined;
    act(() => {
      unmount = mountTaskPane(container, new Promise((r) => (resolve = r)));
    });
    expect(within(container).getByText(T.loading)).toBeTruthy();
    act(() => resolve(demo.session));
    await within(container).findByRole('tab', { name: T.tabs.insert });
    act(() => unmount());
    expect(container.childElementCount).toBe(0);
    container.remove();
  });

  test('a session that cannot be made is said in Chinese, not a blank pane', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    act(() => {
      mountTaskPane(container, Promise.reject(new Error(T.entry.notExcel)));
    });
    await within(container).findByText(T.loadFailed(T.entry.notExcel));
    container.remove();
  });
});
