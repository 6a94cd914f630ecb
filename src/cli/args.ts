import { parseArgs } from 'node:util';
import { CLI_TEXT as T } from '../i18n/cli.zh-CN';

export interface ParsedArgs {
  readonly command: string | undefined;
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
}

const OPTIONS = {
  kind: { type: 'string' },
  year: { type: 'string' },
  unit: { type: 'string' },
  profile: { type: 'string' },
  rows: { type: 'string' },
  out: { type: 'string' },
  inputs: { type: 'boolean' },
  json: { type: 'boolean' },
  marked: { type: 'string' },
  summary: { type: 'string' },
  md: { type: 'string' },
  docx: { type: 'string' },
  sheet: { type: 'string' },
  'apply-scores': { type: 'string' },
  limit: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof OPTIONS;

/** The options each command takes (`--help` goes with every one). */
export const COMMAND_OPTIONS: Readonly<Record<string, readonly OptionName[]>> = {
  template: ['kind', 'year', 'unit', 'profile', 'rows', 'inputs', 'out'],
  check: ['profile', 'json', 'marked', 'summary', 'apply-scores', 'limit'],
  report: ['profile', 'md', 'docx', 'sheet', 'limit'],
  demo: ['out'],
  profiles: [],
  help: [],
};

export type ArgsResult =
  { readonly ok: true; readonly args: ParsedArgs } | { readonly ok: false; readonly message: string };

const isOption = (name: string): name is OptionName => Object.hasOwn(OPTIONS, name);

function optionList(command: string | undefined): string {
  const names =
    command !== undefined && Object.hasOwn(COMMAND_OPTIONS, command) ? COMMAND_OPTIONS[command] : [];
  return [...names, 'help'].map((n) => `--${n}`).join('、');
}

/**
 * What went wrong with the options, in Chinese, found from node:util's tokens (its own errors are
 * English): an option no command knows, one the command does not take, a value missing or given to a
 * switch. Each message lists the command's options.
 */
function optionProblem(argv: readonly string[]): string {
  const { tokens, positionals } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const command = positionals[0];
  const valid = optionList(command);
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    if (!isOption(t.name)) return T.unknownOption(t.rawName, command, valid);
    if (OPTIONS[t.name].type === 'string' && (t.value === undefined || t.value.startsWith('-')))
      return T.optionNeedsValue(t.rawName);
    if (OPTIONS[t.name].type === 'boolean' && t.value !== undefined) return T.optionTakesNoValue(t.rawName);
  }
  return T.badOption(argv.join(' '));
}

export function parseCliArgs(argv: readonly string[]): ArgsResult {
  let values: Record<string, string | boolean | string[] | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    }));
  } catch {
    return { ok: false, message: optionProblem(argv) };
  }
  const command = positionals[0];
  if (command !== undefined && Object.hasOwn(COMMAND_OPTIONS, command)) {
    const allowed: readonly string[] = [...COMMAND_OPTIONS[command], 'help'];
    const extra = Object.keys(values).find((name) => !allowed.includes(name));
    if (extra)
      return { ok: false, message: T.optionNotForCommand(`--${extra}`, command, optionList(command)) };
  }
  return { ok: true, args: { command, positionals: positionals.slice(1), options: values } };
}

/** A string option's value (the last one when given twice). */
export function stringOption(args: ParsedArgs, name: OptionName): string | undefined {
  const v = args.options[name];
  if (Array.isArray(v)) return v[v.length - 1];
  return typeof v === 'string' ? v : undefined;
}

/** A repeatable option's values. */
export function listOption(args: ParsedArgs, name: OptionName): readonly string[] {
  const v = args.options[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}
