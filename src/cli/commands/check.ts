import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { addSheet } from '../../app/addSheet';
import { applyScores } from '../../app/applyScores';
import { checkWorkbook } from '../../app/checkWorkbook';
import { markFindings } from '../../app/markFindings';
import { suggestScores } from '../../app/suggestScores';
import { summarize, type TableSummary } from '../../app/summarize';
import { summaryPlan, type SummaryRow } from '../../app/summaryPlan';
import { XlsxWorkbookHost } from '../../hosts/xlsx';
import { changeValueText, scoreChangeLabel } from '../../i18n/app.zh-CN';
import { CLI_TEXT as T } from '../../i18n/cli.zh-CN';
import { findingMessage } from '../../i18n/findings.zh-CN';
import type { PackageLimits } from '../../xlsxPackage';
import { stringOption, type ParsedArgs } from '../args';
import { readOptions } from '../commonOptions';
import { listInputs, markedName } from '../files';
import { formatTable } from '../formatTerminal';
import type { Io } from '../io';
import { openInput } from '../openInput';
import { OutputBatch, OutputError, planOutputs, type Output, type PlannedOutput } from '../outputs';

interface FileResult {
  readonly file: string;
  readonly error: string | null;
  readonly tables: readonly TableSummary[];
  /** Big sheets without the forms' labels, not read (only present when there are some). */
  readonly sheetsNotRead?: readonly { readonly sheet: string; readonly cells: number }[];
}

interface Settings {
  readonly profileId: string | undefined;
  readonly limits: PackageLimits;
  readonly json: boolean;
}

/**
 * `check FILE|FOLDER`: reads every table of every file, prints the findings (or one JSON object),
 * optionally writes marked copies (for a folder, a folder mirroring its subfolders), a summary workbook
 * and a copy with the suggested scores. Input files are never modified; every output is checked before
 * the first file is read, and all of them are written at the end, or none. In a folder, a file that
 * cannot be read or checked costs that file only.
 * Exit: 0 no errors, 1 errors found (or a file of a folder unusable), 2 unusable input or outputs.
 */
export async function checkCommand(args: ParsedArgs, io: Io): Promise<number> {
  const path = args.positionals[0];
  if (!path) return io.fail(T.missingOption('文件或文件夹'));
  const options = readOptions(args);
  if (!options.ok) return io.fail(options.message);
  const inputs = listInputs(path);
  if (!inputs.ok) return io.fail(inputs.reason === 'not-found' ? T.notFound(path) : T.noXlsxInFolder(path));
  const marked = stringOption(args, 'marked');
  const summary = stringOption(args, 'summary');
  const applyOut = stringOption(args, 'apply-scores');
  if (applyOut && inputs.folder) return io.fail(T.applyScoresNeedsFile);
  if (marked && inputs.folder && existsSync(marked) && !statSync(marked).isDirectory())
    return io.fail(T.markedNeedsFolder(marked));

  const markedOf = new Map<string, Output>();
  for (const file of marked ? inputs.files : []) {
    const out: Output = inputs.folder
      ? { path: mirrored(path, marked as string, file), option: '--marked', createFolders: true }
      : { path: marked as string, option: '--marked' };
    markedOf.set(file, out);
  }
  const wanted: Output[] = [
    ...markedOf.values(),
    ...(applyOut ? [{ path: applyOut, option: '--apply-scores' }] : []),
    ...(summary ? [{ path: summary, option: '--summary' }] : []),
  ];
  const plan = planOutputs(wanted, inputs.files);
  if (!plan.ok) return io.fail(plan.message);
  const planned = new Map(plan.outputs.map((o) => [o.path, o]));

  const settings: Settings = {
    profileId: options.profileId,
    limits: options.limits,
    json: args.options.json === true,
  };
  const batch = new OutputBatch();
  const results: FileResult[] = [];
  const refused: string[] = [];
  try {
    const n = inputs.files.length;
    for (const [i, file] of inputs.files.entries()) {
      if (inputs.folder) io.progress(T.progress(i + 1, n, file));
      const markedOut = markedOf.has(file) ? planned.get(markedOf.get(file)?.path ?? '') : undefined;
      const applyPlanned = applyOut ? planned.get(applyOut) : undefined;
      const copies = { marked: markedOut, apply: applyPlanned };
      const refusedBefore = refused.length;
      const result = inputs.folder
        ? await isolated(file, () => checkFile(file, settings, copies, batch, io, refused))
        : await checkFile(file, settings, copies, batch, io, refused);
      results.push(result);
      if (!settings.json) printFile(result, io);
      if (inputs.folder && refused.length > refusedBefore) io.note(refused[refused.length - 1]);
    }
    if (inputs.folder) io.progressDone();
    if (!inputs.folder && refused.length > 0) {
      await batch.abort();
      return io.fail(T.nothingWritten(refused[0], 0));
    }
    const summaryOut = summary ? planned.get(summary) : undefined;
    if (summaryOut) {
      const host = XlsxWorkbookHost.create();
      await addSheet(host, summaryPlan(summaryRows(results)));
      await batch.stage(summaryOut, await host.toBuffer());
    }
  } catch (e) {
    await batch.abort();
    if (e instanceof OutputError) return io.fail(T.nothingWritten(e.message, 0));
    throw e;
  }
  const committed = await batch.commit();
  if (!committed.ok) return io.fail(committed.message);
  for (const written of committed.written) {
    if (written === summary && !settings.json) io.out(T.written(written));
    else io.note(T.written(written));
  }

  const errors = results.reduce((a, r) => a + r.tables.reduce((b, t) => b + t.errors, 0), 0);
  const unreadable = results.filter((r) => r.error !== null).length;
  if (settings.json) io.out(JSON.stringify({ files: results }, null, 2));
  else if (inputs.folder)
    io.out(
      T.folderDone(
        inputs.files.length,
        results.reduce((a, r) => a + r.tables.length, 0),
        unreadable,
        errors,
      ),
    );
  if (!inputs.folder && unreadable > 0) return 2;
  return errors > 0 || unreadable > 0 || refused.length > 0 ? 1 : 0;
}

/** `DIR/sub/a.xlsx` checked with `--marked OUT` → `OUT/sub/a（已标注）.xlsx`: names never collide. */
function mirrored(root: string, outFolder: string, file: string): string {
  return join(outFolder, relative(root, dirname(file)), markedName(file));
}

/** One file of a folder: whatever goes wrong in it (a bug of ours included) is that file's result only. */
async function isolated(file: string, check: () => Promise<FileResult>): Promise<FileResult> {
  try {
    return await check();
  } catch (e) {
    if (e instanceof OutputError) throw e;
    return { file, error: T.internalFileError(e instanceof Error ? e.message : String(e)), tables: [] };
  }
}

async function checkFile(
  file: string,
  settings: Settings,
  copies: { readonly marked: PlannedOutput | undefined; readonly apply: PlannedOutput | undefined },
  batch: OutputBatch,
  io: Io,
  refused: string[],
): Promise<FileResult> {
  const wantsCopy = copies.marked !== undefined || copies.apply !== undefined;
  const opened = await openInput(file, { copy: wantsCopy, limits: settings.limits });
  if (!opened.ok) return { file, error: opened.message, tables: [] };
  const sheetsNotRead = opened.leftOut.map((s) => ({ sheet: s.name, cells: s.cells }));
  for (const s of opened.leftOut) io.note(T.sheetNotRead(file, s.name, s.cells));
  const notRead = sheetsNotRead.length > 0 ? { sheetsNotRead } : {};
  const checked = await checkWorkbook(opened.host, { profileId: settings.profileId });
  if (checked.tables.length === 0) {
    const first = checked.problems[0]?.findings[0];
    const message = first ? findingMessage(first) : T.noTable(basename(file));
    return { file, error: message, tables: [], ...notRead };
  }
  if (wantsCopy && opened.copyRefused !== null) {
    refused.push(T.copyRefused(file, opened.copyRefused));
  } else {
    if (copies.marked) {
      await markFindings(opened.host, checked.tables, checked.inputs?.sheet ? [checked.inputs.sheet] : []);
      await batch.stage(copies.marked, await opened.host.toBuffer());
    }
    if (copies.apply) await applyScoresCopy(file, copies.apply, settings, batch, io);
  }
  return { file, error: null, tables: checked.tables.map(summarize), ...notRead };
}

function printFile(r: FileResult, io: Io): void {
  if (r.error !== null) {
    io.out(T.fileError(r.file, r.error));
    return;
  }
  for (const t of r.tables) io.out(formatTable(r.file, t));
}

function summaryRows(results: readonly FileResult[]): SummaryRow[] {
  return results.flatMap((r): SummaryRow[] =>
    r.error !== null
      ? [{ file: r.file, table: null, note: r.error }]
      : r.tables.map((t) => ({ file: r.file, table: t, note: '' })),
  );
}

/** `--apply-scores`: a copy of the file with every suggested 执行率 and score filled in; each change printed. */
async function applyScoresCopy(
  file: string,
  out: PlannedOutput,
  settings: Settings,
  batch: OutputBatch,
  io: Io,
): Promise<void> {
  const opened = await openInput(file, { copy: true, limits: settings.limits });
  if (!opened.ok) return;
  const host = opened.host;
  const checked = await checkWorkbook(host, { profileId: settings.profileId });
  const changes = [];
  for (const t of checked.tables) changes.push(...suggestScores(t, await host.readGrid(t.sheet)));
  const say = settings.json ? io.note : io.out;
  if (changes.length === 0) {
    say(T.noScoreChanges(file));
    return;
  }
  const applied = await applyScores(host, changes);
  if (!applied.ok) throw new Error(`suggested cells changed while applying: ${applied.cells.join(', ')}`);
  for (const c of changes)
    say(T.scoreChange(c.cell, scoreChangeLabel(c), changeValueText(c.before), changeValueText(c.after)));
  await batch.stage(out, await host.toBuffer());
  say(T.scoresApplied(changes.length, out.path));
}
