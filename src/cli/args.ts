import { parseArgs } from 'node:util';

export interface ParsedArgs {
  readonly command: string | undefined;
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
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
  help: { type: 'boolean', short: 'h' },
} as const;

export type ArgsResult =
  { readonly ok: true; readonly args: ParsedArgs } | { readonly ok: false; readonly message: string };

export function parseCliArgs(argv: readonly string[]): ArgsResult {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    return {
      ok: true,
      args: { command: positionals[0], positionals: positionals.slice(1), options: values },
    };
  } catch (e) {
    // node:util reports unknown options and missing values as TypeErrors with an English message.
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
