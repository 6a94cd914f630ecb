import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import {
  DEFAULT_PACKAGE_LIMITS,
  preparePackage,
  type PackageProblem,
  type PreparedPackage,
  type PrepareOptions,
  type SheetSelection,
} from '../../xlsxPackage';
import { patchValidationParsing } from './exceljsInternals';
import { platformInflate } from './nodeInflate';
import { openError, type XlsxOpenError } from './openErrors';

/** Self-evaluation workbooks are well under 1 MB; anything this big is the wrong file. */
export const MAX_FILE_BYTES = DEFAULT_PACKAGE_LIMITS.maxFileBytes;

export type LoadResult =
  | { readonly ok: true; readonly workbook: ExcelJS.Workbook }
  | { readonly ok: false; readonly error: XlsxOpenError };

export type PrepareFileResult =
  | { readonly ok: true; readonly package: PreparedPackage }
  | { readonly ok: false; readonly error: XlsxOpenError };

/**
 * Packages this module prepared, the file each came from and what was kept of it: handed to `open` as
 * bytes, they are not inspected a second time (their limits may be the user's), and messages still
 * name the file.
 */
const prepared = new WeakMap<
  Uint8Array,
  { readonly file: string | undefined; readonly sheets: SheetSelection }
>();

/** Workbooks loaded from a package that left sheets or names out: saving one would lose them. */
const partial = new WeakSet<ExcelJS.Workbook>();

/** Whether the workbook was read only in part (PrepareOptions `sheets: 'tables'`): it must never be saved. */
export function isPartial(book: ExcelJS.Workbook): boolean {
  return partial.has(book);
}

function errnoCode(e: unknown): string | undefined {
  const code: unknown = typeof e === 'object' && e !== null ? Reflect.get(e, 'code') : undefined;
  return typeof code === 'string' ? code : undefined;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A package problem as an open error naming the file. */
export function problemError(problem: PackageProblem, file: string | undefined): XlsxOpenError {
  const { code, ...params } = problem;
  if (code === 'corrupt') return openError(code, file, { detail: problem.detail });
  return openError(code, file, params);
}

async function readFile(
  file: string,
  maxBytes: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; error: XlsxOpenError }> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile())
      return { ok: false, error: openError('file-unreadable', file, { detail: 'not a regular file' }) };
    // Before reading: a file past the limit is never loaded into memory.
    if (stat.size > maxBytes) {
      return {
        ok: false,
        error: openError('file-too-large', file, { sizeBytes: stat.size, limitBytes: maxBytes }),
      };
    }
    return { ok: true, bytes: await fs.readFile(file) };
  } catch (e) {
    const code =
      errnoCode(e) === 'ENOENT' || errnoCode(e) === 'ENOTDIR' ? 'file-not-found' : 'file-unreadable';
    return { ok: false, error: openError(code, file, { detail: message(e) }) };
  }
}

/**
 * Reads and inspects a workbook file (or bytes) with the given limits and sheet selection; the package
 * it gives is what `XlsxWorkbookHost.open` should be handed. See xlsxPackage/preparePackage.ts.
 */
export async function prepareWorkbook(
  source: Uint8Array | string,
  options: PrepareOptions = {},
): Promise<PrepareFileResult> {
  const file = typeof source === 'string' ? source : undefined;
  let bytes: Uint8Array;
  if (typeof source === 'string') {
    const read = await readFile(source, options.limits?.maxFileBytes ?? MAX_FILE_BYTES);
    if (!read.ok) return read;
    bytes = read.bytes;
  } else bytes = source;
  const result = await preparePackage(bytes, { inflate: platformInflate, ...options });
  if (!result.ok) return { ok: false, error: problemError(result.problem, file) };
  prepared.set(result.package.bytes, { file, sheets: result.package.sheets });
  return result;
}

/**
 * Loads bytes that claim to be an .xlsx; anything else (or a load failure) is an error value, never a
 * throw. The package is inspected first (every sheet kept, default limits) unless it came out of
 * `prepareWorkbook`, so that ExcelJS never meets a bomb.
 */
export async function loadBytes(bytes: Uint8Array, file?: string): Promise<LoadResult> {
  let pkg = bytes;
  let name = file;
  const known = prepared.get(bytes);
  if (known) name = known.file;
  else {
    const result = await preparePackage(bytes, { inflate: platformInflate });
    if (!result.ok) return { ok: false, error: problemError(result.problem, file) };
    pkg = result.package.bytes;
  }
  patchValidationParsing();
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS types its input as its own `Buffer` (an ArrayBuffer); at run time it wants a Node Buffer.
    await workbook.xlsx.load(
      Buffer.from(pkg.buffer, pkg.byteOffset, pkg.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch (e) {
    // A damaged zip or XML: the user's file, so a value. The library's words go to `detail` for logs.
    return { ok: false, error: openError('corrupt', name, { detail: message(e) }) };
  }
  if (workbook.worksheets.length === 0)
    return { ok: false, error: openError('corrupt', name, { detail: 'no worksheets' }) };
  if (known?.sheets === 'tables') partial.add(workbook);
  return { ok: true, workbook };
}

export async function loadWorkbook(source: Uint8Array | string): Promise<LoadResult> {
  if (typeof source !== 'string') return loadBytes(source);
  const read = await readFile(source, MAX_FILE_BYTES);
  return read.ok ? loadBytes(read.bytes, source) : read;
}
