import type { IWorkbookData } from '@univerjs/core';
import { STANDALONE_TEXT as T } from '../i18n/standalone.zh-CN';
import type { UniverSheetHost } from '../hosts/univer/UniverSheetHost';
import { mountPane } from './paneSlot';
import { forget, keep, loadKept } from './persist';
import type { SheetApp } from './sheet/sheetApp';
import './page.css';

// Everything the first paint needs starts loading at once and in parallel: the sheet's chunk (Univer),
// the workbook kept in this browser, and (through main's own imports) the pane.
const sheetChunk = import('./sheet/sheetApp');
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
  file: element<HTMLInputElement>('file'),
  status: element('status'),
  sheet: element('sheet'),
  pane: element('pane'),
  drop: element('drop'),
};
document.title = T.title;
ui.title.textContent = T.title;
ui.open.textContent = T.open;
ui.save.textContent = T.save;
ui.clear.textContent = T.clear;
ui.drop.textContent = T.dropHint;

function say(message: string, error = false): void {
  ui.status.textContent = message;
  ui.status.classList.toggle('error', error);
}

/** The workbook shown, the name it is saved under, and the pane driving it. */
let app: SheetApp | null = null;
let fileName: string = T.defaultFileName;
let unmountPane: (() => void) | null = null;

function show(snapshot: IWorkbookData | null, name: string): UniverSheetHost {
  if (app === null) throw new Error('the sheet is not started');
  unmountPane?.();
  const host = app.live.open(snapshot, T.blankSheet);
  fileName = name;
  unmountPane = mountPane(ui.pane, host);
  return host;
}

// ---- keeping the workbook in this browser -----------------------------------------------------------

let keepTimer: ReturnType<typeof setTimeout> | undefined;

async function keepNow(): Promise<void> {
  if (app === null) return;
  try {
    const snapshot = await app.live.host.snapshot();
    await keep({ snapshot, fileName, savedAt: new Date().toISOString() });
    say(T.kept(new Date().toLocaleTimeString('zh-CN')));
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

async function clearKept(): Promise<void> {
  if (!window.confirm(T.clearConfirm)) return;
  await forget();
  show(null, T.defaultFileName);
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
  app = startSheetApp(ui.sheet);
  performance.mark('jxzp:univer');
  show(kept?.snapshot ?? null, kept?.fileName ?? T.defaultFileName);
  performance.mark('jxzp:workbook');
  if (kept) say(T.restored(kept.fileName));
  app.live.onChange(keepSoon);
  for (const button of [ui.open, ui.save, ui.clear]) button.disabled = false;
  await app.painted;
  // For the browser tests and the bench: sheet painted, pane mounted, toolbar live — and when, in ms
  // since navigation started.
  document.documentElement.dataset.readyMs = String(Math.round(performance.now()));
  document.documentElement.dataset.ready = 'true';
}

void start();
