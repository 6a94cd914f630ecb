import { addSheet } from '../../app/addSheet';
import { PROFILES } from '../../domain/profiles/registry';
import { XlsxWorkbookHost } from '../../hosts/xlsx';
import { CLI_TEXT as T } from '../../i18n/cli.zh-CN';
import { renderOptionMessage } from '../../i18n/renderOptions.zh-CN';
import { renderTemplate, type RenderOptions } from '../../templates/render';
import type { ParsedArgs } from '../args';
import { profileOption } from '../commonOptions';
import { planOutputs } from '../outputs';
import { writeOutputs } from '../writeOutputs';
import type { Io } from '../io';

export type OptionsResult =
  { readonly ok: true; readonly options: RenderOptions } | { readonly ok: false; readonly message: string };

/** --kind, --year, --unit, --profile, --rows → render options, or a message naming the bad option. */
export function templateOptions(args: ParsedArgs): OptionsResult {
  const o = args.options;
  const kind = (o.kind as string | undefined) ?? 'overall';
  if (kind !== 'overall' && kind !== 'project') return { ok: false, message: T.badKind(kind) };
  const yearText = o.year as string | undefined;
  if (yearText === undefined) return { ok: false, message: T.missingOption('year') };
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < 2000 || year > 2100)
    return { ok: false, message: T.badYear(yearText) };
  const rowsText = o.rows as string | undefined;
  const rows = rowsText === undefined ? undefined : Number(rowsText);
  if (rows !== undefined && (!Number.isInteger(rows) || rows < 1 || rows > 200))
    return { ok: false, message: T.badRows(rowsText as string) };
  const profile = profileOption(o.profile as string | undefined);
  if (!profile.ok) return profile;
  return {
    ok: true,
    options: {
      kind,
      year,
      unit: (o.unit as string | undefined) ?? '',
      profile: profile.profile ?? PROFILES[0],
      blankRowsPerLevel2: rows,
    },
  };
}

/** `template`: a new workbook with the form (and, with --inputs, the 报告要素 sheet). */
export async function templateCommand(args: ParsedArgs, io: Io): Promise<number> {
  const out = args.options.out as string | undefined;
  if (!out) return io.fail(T.missingOption('out'));
  const parsed = templateOptions(args);
  if (!parsed.ok) return io.fail(parsed.message);
  const plan = planOutputs([{ path: out, option: '--out' }], []);
  if (!plan.ok) return io.fail(plan.message);
  const host = XlsxWorkbookHost.create();
  const kinds =
    args.options.inputs === true ? [parsed.options.kind, 'reportInputs' as const] : [parsed.options.kind];
  for (const kind of kinds) {
    const rendered = renderTemplate({ ...parsed.options, kind });
    if (!rendered.ok) return io.fail(T.badOption(rendered.error.fields.map(renderOptionMessage).join('；')));
    await addSheet(host, rendered.plan);
  }
  const written = await writeOutputs(plan.outputs, () => host.toBuffer());
  if (!written.ok) return io.fail(written.message);
  io.out(T.written(out));
  return 0;
}
