import { DEFAULT_PACKAGE_LIMITS, type PackageLimits } from '../xlsxPackage';
import { CLI_TEXT as T } from '../i18n/cli.zh-CN';

const MB = 1024 * 1024;

/** `--limit NAME=VALUE`: the settings of the package inspection, by the names the README documents. */
export const LIMIT_SETTINGS: Readonly<Record<string, { key: keyof PackageLimits; unit: number }>> = {
  'file-mb': { key: 'maxFileBytes', unit: MB },
  parts: { key: 'maxParts', unit: 1 },
  'part-mb': { key: 'maxPartBytes', unit: MB },
  'inflated-mb': { key: 'maxInflatedBytes', unit: MB },
  'read-mb': { key: 'maxReadBytes', unit: MB },
  cells: { key: 'maxCells', unit: 1 },
  merges: { key: 'maxMerges', unit: 1 },
  'skip-sheet-cells': { key: 'skipSheetCells', unit: 1 },
};

/** What the zip format and the package writer allow, whatever is asked. */
const CEILING: Partial<Record<keyof PackageLimits, number>> = {
  maxParts: 0xffff,
  maxReadBytes: 2048 * MB,
  maxFileBytes: 2048 * MB,
};

export type LimitsResult =
  { readonly ok: true; readonly limits: PackageLimits } | { readonly ok: false; readonly message: string };

/** The defaults with each `NAME=VALUE` applied; an unknown name or a value that is no positive whole number is refused. */
export function limitsOption(values: readonly string[]): LimitsResult {
  const limits: { -readonly [K in keyof PackageLimits]: number } = { ...DEFAULT_PACKAGE_LIMITS };
  const names = Object.keys(LIMIT_SETTINGS).join('、');
  for (const value of values) {
    const [name, amount = ''] = value.split('=', 2);
    const setting = Object.hasOwn(LIMIT_SETTINGS, name) ? LIMIT_SETTINGS[name] : undefined;
    if (!setting) return { ok: false, message: T.unknownLimit(value, names) };
    const n = /^\d{1,10}$/.test(amount) ? Number(amount) * setting.unit : NaN;
    const ceiling = CEILING[setting.key] ?? Number.MAX_SAFE_INTEGER;
    if (!(n >= 1 && n <= ceiling))
      return { ok: false, message: T.badLimit(value, Math.floor(ceiling / setting.unit)) };
    limits[setting.key] = n;
  }
  return { ok: true, limits };
}
