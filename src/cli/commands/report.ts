import { summarize } from '../../app/summarize';
import { addReportSheet, composeReport } from '../../app/writeReport';
import { toMarkdown } from '../../domain/report/render/toMarkdown';
import { toText } from '../../domain/report/render/toText';
import { CLI_TEXT as T } from '../../i18n/cli.zh-CN';
import { toDocx } from '../../report/docx';
import { stringOption, type ParsedArgs } from '../args';
import { readOptions } from '../commonOptions';
import { formatTable } from '../formatTerminal';
import type { Io } from '../io';
import { openInput } from '../openInput';
import { planOutputs, type Output } from '../outputs';
import { writeOutputs } from '../writeOutputs';

/**
 * `report FILE.xlsx`: prints the 自评报告 as text, then the findings that concern it; writes Markdown,
 * .docx, or a copy of the workbook with a 自评报告 sheet — all of them or none, each checked before the
 * file is read. The input is never modified.
 */
export async function reportCommand(args: ParsedArgs, io: Io): Promise<number> {
  const file = args.positionals[0];
  if (!file) return io.fail(T.missingOption('文件'));
  const options = readOptions(args);
  if (!options.ok) return io.fail(options.message);
  const md = stringOption(args, 'md');
  const docx = stringOption(args, 'docx');
  const sheet = stringOption(args, 'sheet');
  const wanted: Output[] = [
    ...(md ? [{ path: md, option: '--md' }] : []),
    ...(docx ? [{ path: docx, option: '--docx' }] : []),
    ...(sheet ? [{ path: sheet, option: '--sheet' }] : []),
  ];
  const plan = planOutputs(wanted, [file]);
  if (!plan.ok) return io.fail(plan.message);
  const opened = await openInput(file, { copy: sheet !== undefined, limits: options.limits });
  if (!opened.ok) return io.fail(T.fileError(file, opened.message));
  for (const s of opened.leftOut) io.note(T.sheetNotRead(file, s.name, s.cells));
  const composed = await composeReport(opened.host, options.profileId);
  if (!composed.ok) return io.fail(T.noTable(file));
  const { report, table } = composed;
  io.out(toText(report));
  if (composed.otherTables > 0) io.note(T.reportFirstTableOnly(table.sheet, composed.otherTables));
  io.out(formatTable(file, summarize(table)));
  if (sheet && opened.copyRefused !== null)
    return io.fail(T.nothingWritten(T.copyRefused(file, opened.copyRefused), 0));
  const written = await writeOutputs(plan.outputs, async (out) => {
    if (out.path === md) return toMarkdown(report);
    if (out.path === docx) return toDocx(report);
    await addReportSheet(opened.host, report);
    return opened.host.toBuffer();
  });
  if (!written.ok) return io.fail(written.message);
  for (const f of written.written) io.note(T.written(f));
  return 0;
}
