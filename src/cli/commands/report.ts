import { writeFileSync } from 'node:fs';
import { addReportSheet, composeReport } from '../../app/writeReport';
import { toMarkdown } from '../../domain/report/render/toMarkdown';
import { toText } from '../../domain/report/render/toText';
import { XlsxWorkbookHost } from '../../hosts/xlsx';
import { CLI_TEXT as T } from '../../i18n/cli.zh-CN';
import { toDocx } from '../../report/docx';
import type { ParsedArgs } from '../args';
import { outputProblem } from '../files';
import type { Io } from '../io';
import { summarize } from '../../app/summarize';
import { formatTable } from '../formatTerminal';

/**
 * `report FILE.xlsx`: prints the 自评报告 as text, then the findings that concern it; writes Markdown,
 * .docx, or a copy of the workbook with a 自评报告 sheet. The input is never modified.
 */
export async function reportCommand(args: ParsedArgs, io: Io): Promise<number> {
  const file = args.positionals[0];
  if (!file) return io.fail(T.missingOption('文件'));
  const outs = { md: args.options.md, docx: args.options.docx, sheet: args.options.sheet } as Record<
    string,
    string | undefined
  >;
  for (const out of Object.values(outs)) {
    const problem = out ? outputProblem(out, [file]) : null;
    if (out && problem) return io.fail(problem === 'exists' ? T.outExists(out) : T.outSameAsInput(out));
  }
  const opened = await XlsxWorkbookHost.open(file);
  if (!opened.ok) return io.fail(T.fileError(file, opened.error.message));
  const composed = await composeReport(opened.host, args.options.profile as string | undefined);
  if (!composed.ok) return io.fail(T.noTable(file));
  const { report, table } = composed;
  io.out(toText(report));
  if (composed.otherTables > 0) io.note(T.reportFirstTableOnly(table.sheet, composed.otherTables));
  io.out(formatTable(file, summarize(table)));
  if (outs.md) {
    writeFileSync(outs.md, toMarkdown(report), { flag: 'wx' });
    io.note(T.written(outs.md));
  }
  if (outs.docx) {
    writeFileSync(outs.docx, await toDocx(report), { flag: 'wx' });
    io.note(T.written(outs.docx));
  }
  if (outs.sheet) {
    await addReportSheet(opened.host, report);
    await opened.host.save(outs.sheet);
    io.note(T.written(outs.sheet));
  }
  return 0;
}
