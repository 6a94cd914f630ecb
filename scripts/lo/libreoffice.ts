import { execFile } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';

/**
 * LibreOffice headless, for tests and scripts: a throw-away profile that (1) recomputes every formula of
 * an .xlsx on load — so what we read back is LibreOffice's arithmetic, not a cached value — and (2)
 * replaces the Windows Chinese fonts our templates name (宋体, 黑体…) with Noto CJK SC, so printed pages
 * use Simplified Chinese glyphs instead of whatever face fontconfig falls back to.
 */

/** Windows font → installed Noto CJK face (Debian fonts-noto-cjk). Serif for the Song/Fang/Kai faces. */
export const FONT_REPLACEMENTS: Readonly<Record<string, string>> = {
  宋体: 'Noto Serif CJK SC',
  SimSun: 'Noto Serif CJK SC',
  新宋体: 'Noto Serif CJK SC',
  NSimSun: 'Noto Serif CJK SC',
  仿宋: 'Noto Serif CJK SC',
  仿宋_GB2312: 'Noto Serif CJK SC',
  FangSong: 'Noto Serif CJK SC',
  楷体: 'Noto Serif CJK SC',
  楷体_GB2312: 'Noto Serif CJK SC',
  KaiTi: 'Noto Serif CJK SC',
  方正小标宋简体: 'Noto Serif CJK SC',
  方正小标宋_GBK: 'Noto Serif CJK SC',
  黑体: 'Noto Sans CJK SC',
  SimHei: 'Noto Sans CJK SC',
  微软雅黑: 'Noto Sans CJK SC',
  'Microsoft YaHei': 'Noto Sans CJK SC',
  等线: 'Noto Sans CJK SC',
  DengXian: 'Noto Sans CJK SC',
  // ExcelJS's default font, which sets the width unit of every column: Calibri's digits are 0.5 em wide;
  // without Carlito installed, fontconfig gives DejaVu Sans (0.64 em), making every column a third
  // wider than in Excel and the printed page a quarter smaller. Noto Sans Mono CJK's digits are 0.5 em.
  Calibri: 'Noto Sans Mono CJK SC',
};

/** The `soffice` on PATH, or null (tests that need it are then skipped). */
export function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'soffice');
    if (dir !== '' && existsSync(candidate)) return candidate;
  }
  return null;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function prop(name: string, value: string | number | boolean): string {
  return `<prop oor:name="${name}" oor:op="fuse"><value>${xml(String(value))}</value></prop>`;
}

/**
 * registrymodifications.xcu of the profile: Calc's "Recalculation on file load" for Excel 2007+ files set
 * to Always (OOXMLRecalcMode 0; the default 1 means "never" for headless runs), and the font replacement
 * table of Tools → Options → Fonts (Office.Common/Font/Substitution), each pair applied always.
 */
export function registryModifications(
  replacements: Readonly<Record<string, string>> = FONT_REPLACEMENTS,
): string {
  const items = [
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load">${prop('OOXMLRecalcMode', 0)}</item>`,
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load">${prop('ODFRecalcMode', 0)}</item>`,
    `<item oor:path="/org.openoffice.Office.Common/Font/Substitution">${prop('Replacement', true)}</item>`,
    ...Object.entries(replacements).map(
      ([from, to], i) =>
        `<item oor:path="/org.openoffice.Office.Common/Font/Substitution/FontPairs"><node oor:name="_${i}" oor:op="replace">` +
        prop('Always', true) +
        prop('OnScreenOnly', false) +
        prop('ReplaceFont', from) +
        prop('SubstituteFont', to) +
        `</node></item>`,
    ),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    ...items,
    '</oor:items>',
    '',
  ].join('\n');
}

/** fontconfig aliases for the same names: a second line of defence for text LibreOffice lays out through fontconfig. */
export function fontsConf(replacements: Readonly<Record<string, string>> = FONT_REPLACEMENTS): string {
  const aliases = Object.entries(replacements).map(
    ([from, to]) =>
      `  <alias binding="same"><family>${xml(from)}</family><prefer><family>${xml(to)}</family></prefer></alias>`,
  );
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    ...aliases,
    '</fontconfig>',
    '',
  ].join('\n');
}

export interface LibreOfficeProfile {
  readonly dir: string;
  /** For `-env:UserInstallation=`. */
  readonly url: string;
  readonly fontsConf: string;
}

/** Writes a fresh profile under `dir` (created if needed) before LibreOffice first starts with it. */
export async function createProfile(dir: string): Promise<LibreOfficeProfile> {
  const user = path.join(dir, 'user');
  await fs.mkdir(user, { recursive: true });
  await fs.writeFile(path.join(user, 'registrymodifications.xcu'), registryModifications(), 'utf8');
  const conf = path.join(dir, 'fonts.conf');
  await fs.writeFile(conf, fontsConf(), 'utf8');
  return { dir, url: pathToFileURL(dir).href, fontsConf: conf };
}

export type ConvertFormat = 'xlsx' | 'pdf' | 'xls';

/** LibreOffice's export filter for each target, pinned so that the output never depends on defaults. */
const FILTERS: Readonly<Record<ConvertFormat, string>> = {
  xlsx: 'xlsx:Calc MS Excel 2007 XML',
  pdf: 'pdf:calc_pdf_Export',
  xls: 'xls:MS Excel 97',
};

export class LibreOfficeError extends Error {
  override readonly name = 'LibreOfficeError';
}

/**
 * Converts one file with `soffice --headless --convert-to`, using the profile. Returns the output path.
 * LibreOffice exits 0 even when it could not convert, so the output file is checked.
 */
export async function convert(
  input: string,
  outDir: string,
  format: ConvertFormat,
  profile: LibreOfficeProfile,
  timeoutMs = 120_000,
): Promise<string> {
  const soffice = findSoffice();
  if (soffice === null)
    throw new LibreOfficeError('soffice is not on PATH (scripts/install-test-deps.sh installs it)');
  await fs.mkdir(outDir, { recursive: true });
  const args = [
    `-env:UserInstallation=${profile.url}`,
    '--headless',
    '--norestore',
    '--nolockcheck',
    '--calc',
    '--convert-to',
    FILTERS[format],
    '--outdir',
    outDir,
    input,
  ];
  const env = { ...process.env, FONTCONFIG_FILE: profile.fontsConf, SAL_USE_VCLPLUGIN: 'svp' };
  const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
    execFile(soffice, args, { env, timeout: timeoutMs, maxBuffer: 10 * 1024 * 1024 }, (error, out, err) => {
      if (error) reject(new LibreOfficeError(`soffice failed: ${error.message}\n${err}`, { cause: error }));
      else resolve({ stdout: out, stderr: err });
    });
  });
  const output = path.join(outDir, `${path.parse(input).name}.${format}`);
  if (!existsSync(output))
    throw new LibreOfficeError(`soffice wrote no ${output}\nstdout: ${stdout}\nstderr: ${stderr}`);
  return output;
}
