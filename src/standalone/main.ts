import type { IWorkbookData } from '@univerjs/core';
import type { Session } from '../app/session.types';
import { STANDALONE_TEXT as T } from '../i18n/standalone.zh-CN';
import { PaneSlot } from './paneSlot';
import { forget, keep, loadKept } from './persist';
import type { SheetApp } from './sheet/sheetApp';
import './page.css';

// Everything the first interaction needs starts loading at once and in parallel: the sheet's chunk
// (Univer, also preloaded from the page's head), the core that makes the pane's session, and the
// workbook kept in this browser. The pane itself (React and Fluent's provider) is in this chunk and
// paints before any of them has arrived.
const sheetChunk = import('./sheet/sheetApp');
const coreChunk = import('../app/session');
const keptWorkbook = loadKept().catch(() => null);

function element<E extends HTMLElement>(id: string): E {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`index.html has no #${id}`);
  return found as E;
}

const ui = {
  title: element('title'),
  open: element<HTMLButtonElement>('open'),
  save: element<HTMLButtonElement>('save'),
  clear: element<HTMLButtonElement>('clear'),
  example: element<HTMLButtonElement>('example'),
  file: element<HTMLInputElement>('file'),
  status: element('status'),
  kept: element('kept'),
  sheet: element('sheet'),
  pane: element('pane'),
  drop: element('drop'),
};
document.title = T.title;
ui.title.textContent = T.title;
ui.open.textContent = T.open;
ui.save.textContent = T.save;
ui.clear.textContent = T.clear;
ui.example.textContent = T.example;
ui.drop.textContent = T.dropHint;
// What the sheet's place shows until Univer has arrived.
const sheetLoading = document.createElement('p');
sheetLoading.className = 'loading';
sheetLoading.textContent = T.loading;
ui.sheet.append(sheetLoading);

function say(message: string, error = false): void {
  ui.status.textContent = message;
  // A long message is cut to the bar's width; the whole of it on hover.
  ui.status.title = message;
  ui.status.classList.toggle('error', error);
}

/** The workbook shown, the name it is saved under, and the session the pane drives it with. */
let app: SheetApp | null = null;
let fileName: string = T.defaultFileName;
const pane = new PaneSlot(ui.pane);
let session: Promise<Session>;

// The pane paints now, with the session to come once the sheet has started (or the reason it did not).
let sessionMade: (made: Promise<Session>) => void = () => undefined;
session = new Promise<Session>((resolve) => (sessionMade = resolve));
pane.show(session);
performance.mark('jxzp:pane-mounted');

function show(snapshot: IWorkbookData | null, name: string, first = false): void {
  if (app === null) throw new Error('the sheet is not started');
  const host = app.live.open(snapshot, T.blankSheet);
  fileName = name;
  const made = coreChunk.then(({ createSession }) => createSession(host));
  if (first) sessionMade(made);
  else pane.show(made);
  session = made;
}

// ---- keeping the workbook in this browser -----------------------------------------------------------

let keepTimer: ReturnType<typeof setTimeout> | undefined;

async function keepNow(): Promise<void> {
  if (app === null) return;
  try {
    const snapshot = await app.live.host.snapshot();
    await keep({ snapshot, fileName, savedAt: new Date().toISOString() });
    // Beside the status, not in it: what the user just did stays said.
    ui.kept.textContent = T.kept(new Date().toLocaleTimeString('zh-CN'));
  } catch {
    say(T.keepFailed, true);
  }
}

function keepSoon(): void {
  clearTimeout(keepTimer);
  keepTimer = setTimeout(() => void keepNow(), 800);
}

// ---- files -------------------------------------------------------------------------------------------

async function openFile(file: File): Promise<void> {
  if (!/\.xlsx$/i.test(file.name)) {
    say(T.notXlsx(file.name), true);
    return;
  }
  if (app !== null && (await app.live.hasContent()) && !window.confirm(T.replaceConfirm(file.name))) return;
  const { readXlsx } = await import('./xlsx/xlsxFile');
  const read = await readXlsx(new Uint8Array(await file.arrayBuffer()), file.name, 'opened');
  if (!read.ok) {
    say(read.error.message, true);
    return;
  }
  show(read.snapshot, file.name.replace(/\.xlsx$/i, ''));
  say(T.opened(file.name));
  await keepNow();
}

async function saveFile(): Promise<void> {
  if (app === null) return;
  try {
    const [{ writeXlsx }, snapshot] = await Promise.all([
      import('./xlsx/xlsxFile'),
      app.live.host.snapshot(),
    ]);
    const bytes = await writeXlsx(snapshot);
    const name = `${fileName}.xlsx`;
    const url = URL.createObjectURL(
      new Blob([bytes as Uint8Array<ArrayBuffer>], {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say(T.saved(name));
  } catch {
    say(T.saveFailed, true);
  }
}

async function insertExample(): Promise<void> {
  try {
    const done = await (await session).insertExample();
    if (done.ok) say(T.exampleInserted(done.sheet));
    else say(T.exampleFailed(done.errors.map((e) => e.message).join(' ')), true);
  } catch (e) {
    say(T.exampleFailed(e instanceof Error ? e.message : String(e)), true);
  }
}

async function clearKept(): Promise<void> {
  if (!window.confirm(T.clearConfirm)) return;
  await forget();
  show(null, T.defaultFileName);
  ui.kept.textContent = '';
  say(T.cleared);
}

ui.open.addEventListener('click', () => ui.file.click());
ui.file.addEventListener('change', () => {
  const file = ui.file.files?.[0];
  ui.file.value = '';
  if (file) void openFile(file);
});
ui.save.addEventListener('click', () => void saveFile());
ui.clear.addEventListener('click', () => void clearKept());
ui.example.addEventListener('click', () => void insertExample());

// Dropping a file anywhere on the page opens it; the overlay shows while a file is dragged over.
let dragDepth = 0;
window.addEventListener('dragenter', (e) => {
  if (!e.dataTransfer?.types.includes('Files')) return;
  dragDepth++;
  ui.drop.hidden = false;
});
window.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) ui.drop.hidden = true;
});
window.addEventListener('dragover', (e) => e.preventDefault());
window.addEventListener('drop', (e) => {
  e.preventDefault();
  dragDepth = 0;
  ui.drop.hidden = true;
  const file = e.dataTransfer?.files[0];
  if (file && app !== null) void openFile(file);
});

// ---- start -------------------------------------------------------------------------------------------

async function start(): Promise<void> {
  const [{ startSheetApp }, kept] = await Promise.all([sheetChunk, keptWorkbook]);
  performance.mark('jxzp:sheet-chunk');
  sheetLoading.remove();
  app = startSheetApp(ui.sheet);
  performance.mark('jxzp:univer');
  show(kept?.snapshot ?? null, kept?.fileName ?? T.defaultFileName, true);
  performance.mark('jxzp:workbook');
  if (kept) say(T.restored(kept.fileName));
  app.live.onChange(keepSoon);
  // For the browser tests, and for anyone looking into the sheet from the browser's devtools.
  Reflect.set(window, 'jxzpUniver', app.api);
  for (const button of [ui.open, ui.save, ui.clear, ui.example]) button.disabled = false;
  await Promise.all([
    app.painted.then(() => performance.mark('jxzp:sheet-painted')),
    pane.shown().then(() => performance.mark('jxzp:pane-ready')),
  ]);
  // For the browser tests and the bench: sheet painted, pane interactive, toolbar live — and when, in
  // ms since navigation started.
  document.documentElement.dataset.readyMs = String(Math.round(performance.now()));
  document.documentElement.dataset.ready = 'true';
}

start().catch((e: unknown) => {
  // The pane says why it has no sheet to work on; the status bar says it too.
  const failed = Promise.reject(e instanceof Error ? e : new Error(String(e)));
  sessionMade(failed);
  say(T.startFailed(e instanceof Error ? e.message : String(e)), true);
});
