import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { addSheet } from '../../app/addSheet';
import { applyScores } from '../../app/applyScores';
import { suggestScores } from '../../app/suggestScores';
import { changeValueText, scoreChangeLabel } from '../../i18n/app.zh-CN';
import { checkWorkbook } from '../../app/checkWorkbook';
import { markFindings } from '../../app/markFindings';
import { summarize, type TableSummary } from '../../app/summarize';
import { summaryPlan, type SummaryRow } from '../../app/summaryPlan';
import { XlsxWorkbookHost } from '../../hosts/xlsx';
import { CLI_TEXT as T } from '../../i18n/cli.zh-CN';
import { findingMessage } from '../../i18n/findings.zh-CN';
import type { ParsedArgs } from '../args';
import { listInputs, markedName, outputProblem } from '../files';
import { formatTable } from '../formatTerminal';
import type { Io } from '../io';

interface FileResult {
  readonly file: string;
  readonly error: string | null;
  readonly tables: readonly TableSummary[];
}

/**
 * `check FILE|FOLDER`: reads every table of every file, prints the findings (or one JSON object),
 * optionally writes marked copies and a summary workbook. Input files are never modified.
 * Exit: 0 no errors, 1 errors found (or a file of a folder unreadable), 2 unusable input.
 */
export async function checkCommand(args: ParsedArgs, io: Io): Promise<number> {
  const path = args.positionals[0];
  if (!path) return io.fail(T.missingOption('文件或文件夹'));
  const inputs = listInputs(path);
  if (!inputs.ok) return io.fail(inputs.reason === 'not-found' ? T.notFound(path) : T.noXlsxInFolder(path));
  const marked = args.options.marked as string | undefined;
  const summary = args.options.summary as string | undefined;
  const applyOut = args.options['apply-scores'] as string | undefined;
  if (applyOut && inputs.folder) return io.fail(T.applyScoresNeedsFile);
  for (const out of [summary, inputs.folder ? undefined : marked, applyOut]) {
    const problem = out ? outputProblem(out, inputs.files) : null;
    if (out && problem) return io.fail(problem === 'exists' ? T.outExists(out) : T.outSameAsInput(out));
  }
  if (marked && inputs.folder) mkdirSync(marked, { recursive: true });
  const json = args.options.json === true;
  const profileId = args.options.profile as string | undefined;
  const results: FileResult[] = [];
  const n = inputs.files.length;
  for (const [i, file] of inputs.files.entries()) {
    if (inputs.folder) io.progress(T.progress(i + 1, n, file));
    const result = await checkFile(
      file,
      profileId,
      marked && (inputs.folder ? join(marked, markedName(file)) : marked),
      io,
    );
    results.push(result);
    if (!json) printFile(result, io);
    if (applyOut && result.error === null) await applyScoresCopy(file, applyOut, profileId, json, io);
  }
  if (inputs.folder) io.progressDone();
  if (summary) {
    const host = XlsxWorkbookHost.create();
    await addSheet(host, summaryPlan(summaryRows(results)));
    await host.save(summary);
    if (!json) io.out(T.written(summary));
  }
  const errors = results.reduce((a, r) => a + r.tables.reduce((b, t) => b + t.errors, 0), 0);
  const unreadable = results.filter((r) => r.error !== null).length;
  if (json) io.out(JSON.stringify({ files: results }, null, 2));
  else if (inputs.folder)
    io.out(
      T.folderDone(
        n,
        results.reduce((a, r) => a + r.tables.length, 0),
        unreadable,
        errors,
      ),
    );
  if (!inputs.folder && unreadable > 0) return 2;
  return errors > 0 || unreadable > 0 ? 1 : 0;
}

async function checkFile(
  file: string,
  profileId: string | undefined,
  markedOut: string | undefined | false,
  io: Io,
): Promise<FileResult> {
  const opened = await XlsxWorkbookHost.open(file);
  if (!opened.ok) return { file, error: opened.error.message, tables: [] };
  const checked = await checkWorkbook(opened.host, { profileId });
  if (checked.tables.length === 0) {
    const first = checked.problems[0]?.findings[0];
    const message = first ? findingMessage(first) : T.noTable(basename(file));
    return { file, error: message, tables: [] };
  }
  if (markedOut) {
    await markFindings(opened.host, checked.tables, checked.inputs?.sheet ? [checked.inputs.sheet] : []);
    await opened.host.save(markedOut);
    io.note(T.written(markedOut));
  }
  return { file, error: null, tables: checked.tables.map(summarize) };
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
  out: string,
  profileId: string | undefined,
  json: boolean,
  io: Io,
): Promise<void> {
  const opened = await XlsxWorkbookHost.open(file);
  if (!opened.ok) return;
  const host = opened.host;
  const checked = await checkWorkbook(host, { profileId });
  const changes = [];
  for (const t of checked.tables) changes.push(...suggestScores(t, await host.readGrid(t.sheet)));
  const say = json ? io.note : io.out;
  if (changes.length === 0) {
    say(T.noScoreChanges(file));
    return;
  }
  const applied = await applyScores(host, changes);
  if (!applied.ok) throw new Error(`suggested cells changed while applying: ${applied.cells.join(', ')}`);
  for (const c of changes)
    say(T.scoreChange(c.cell, scoreChangeLabel(c), changeValueText(c.before), changeValueText(c.after)));
  await host.save(out);
  say(T.scoresApplied(changes.length, out));
}
