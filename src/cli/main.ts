#!/usr/bin/env node
import { PROFILES } from '../domain/profiles/registry';
import { CLI_TEXT as T } from '../i18n/cli.zh-CN';
import { XlsxSaveError } from '../hosts/xlsx';
import { parseCliArgs, type ParsedArgs } from './args';
import { checkCommand } from './commands/check';
import { demoCommand } from './commands/demo';
import { reportCommand } from './commands/report';
import { templateCommand } from './commands/template';
import { processIo, type Io } from './io';

/** The command line: one place that picks the host (.xlsx files) and wires the use cases. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) return io.fail(`${T.badOption(parsed.message)}\n\n${T.usage}`);
  const { args } = parsed;
  if (args.options.help || args.command === undefined || args.command === 'help') {
    io.out(T.usage);
    return args.command === undefined && !args.options.help ? 2 : 0;
  }
  try {
    return await dispatch(args, io);
  } catch (e) {
    const message = environmentProblem(e);
    if (message === null) throw e;
    return io.fail(message);
  }
}

function dispatch(args: ParsedArgs, io: Io): Promise<number> | number {
  switch (args.command) {
    case 'template':
      return templateCommand(args, io);
    case 'check':
      return checkCommand(args, io);
    case 'report':
      return reportCommand(args, io);
    case 'demo':
      return demoCommand(args, io);
    case 'profiles':
      io.out(T.profilesHeading);
      for (const p of PROFILES) io.out(`  ${p.id}　${p.name}`);
      return 0;
    default:
      return io.fail(`${T.unknownCommand(args.command ?? '')}\n\n${T.usage}`);
  }
}

/** A file that cannot be written (no folder, no permission, held open) is the user's situation, not our bug. */
function environmentProblem(e: unknown): string | null {
  if (e instanceof XlsxSaveError) return e.message;
  // Duck-typed: Node's fs errors need not be instances of this realm's Error (e.g. under jest).
  const errno = e as Partial<NodeJS.ErrnoException> | null;
  if (typeof errno?.code === 'string' && typeof errno.path === 'string') return T.cannotWrite(errno.path);
  return null;
}

if (require.main === module) {
  run(process.argv.slice(2), processIo).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // A bug of ours, not bad input: say so plainly and exit 2 rather than print a bare stack.
      process.stderr.write(
        `内部错误，请将以下信息反馈给开发者：\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
      process.exitCode = 2;
    },
  );
}
