import { addSheet } from '../../app/addSheet';
import { examplePlans } from '../../app/demoExample';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { XlsxWorkbookHost } from '../../hosts/xlsx';
import { CLI_TEXT as T } from '../../i18n/cli.zh-CN';
import type { ParsedArgs } from '../args';
import type { Io } from '../io';
import { checkCommand } from './check';
import { reportCommand } from './report';

/**
 * `demo`: the main job on the built-in example — insert a blank form, fill it as the 2020 reference
 * table was filled (with its mistakes), check it, and write the 自评报告 from it. Writes into a fresh
 * folder, never over a file.
 */

export async function demoCommand(args: ParsedArgs, io: Io): Promise<number> {
  const dir = (args.options.out as string | undefined) ?? join('out', `demo-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const example = examplePlans();

  io.out(T.demoStep(1, T.demoSteps[0]));
  const blankFile = join(dir, '空白自评表.xlsx');
  const blankHost = XlsxWorkbookHost.create();
  await addSheet(blankHost, example.blank);
  await blankHost.save(blankFile);
  io.out(T.written(blankFile));

  io.out(T.demoStep(2, T.demoSteps[1]));
  const filledFile = join(dir, '示例自评表.xlsx');
  const filledHost = XlsxWorkbookHost.create();
  await addSheet(filledHost, example.filled);
  await addSheet(filledHost, example.inputs);
  await filledHost.save(filledFile);
  io.out(T.demoFilled(filledFile));

  io.out(T.demoStep(3, T.demoSteps[2]));
  const code = await checkCommand(
    {
      command: 'check',
      positionals: [filledFile],
      options: { marked: join(dir, '示例自评表（已标注）.xlsx') },
    },
    io,
  );
  if (code === 2) return 2;

  io.out(T.demoStep(4, T.demoSteps[3]));
  const report = await reportCommand(
    {
      command: 'report',
      positionals: [filledFile],
      options: { docx: join(dir, '自评报告.docx'), md: join(dir, '自评报告.md') },
    },
    quiet(io),
  );
  io.out(T.demoReport(join(dir, '自评报告.docx'), join(dir, '自评报告.md')));
  return report;
}

/** The report's text was the check's business already; the demo only says where the files are. */
function quiet(io: Io): Io {
  return { ...io, out: () => undefined, note: () => undefined };
}
