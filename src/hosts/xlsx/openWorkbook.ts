import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import { patchValidationParsing } from './exceljsInternals';
import { openError, type XlsxOpenError } from './openErrors';
import { sniffFile } from './sniff';

/** Self-evaluation workbooks are well under 1 MB; anything this big is the wrong file, and ExcelJS holds it all in memory. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type LoadResult =
  | { readonly ok: true; readonly workbook: ExcelJS.Workbook }
  | { readonly ok: false; readonly error: XlsxOpenError };

function errnoCode(e: unknown): string | undefined {
  const code: unknown = typeof e === 'object' && e !== null ? Reflect.get(e, 'code') : undefined;
  return typeof code === 'string' ? code : undefined;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function readFile(
  file: string,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; error: XlsxOpenError }> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile())
      return { ok: false, error: openError('file-unreadable', file, { detail: 'not a regular file' }) };
    if (stat.size > MAX_FILE_BYTES) {
      return {
        ok: false,
        error: openError('file-too-large', file, { sizeBytes: stat.size, limitBytes: MAX_FILE_BYTES }),
      };
    }
    return { ok: true, bytes: await fs.readFile(file) };
  } catch (e) {
    const code =
      errnoCode(e) === 'ENOENT' || errnoCode(e) === 'ENOTDIR' ? 'file-not-found' : 'file-unreadable';
    return { ok: false, error: openError(code, file, { detail: message(e) }) };
  }
}

/** Loads bytes that claim to be an .xlsx; anything else (or a load failure) is an error value, never a throw. */
export async function loadBytes(bytes: Uint8Array, file?: string): Promise<LoadResult> {
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      ok: false,
      error: openError('file-too-large', file, { sizeBytes: bytes.length, limitBytes: MAX_FILE_BYTES }),
    };
  }
  switch (sniffFile(bytes)) {
    case 'empty':
      return { ok: false, error: openError('file-empty', file) };
    case 'encrypted':
      return { ok: false, error: openError('encrypted', file) };
    case 'legacy-xls':
      return { ok: false, error: openError('legacy-xls', file) };
    case 'zip-damaged':
      return {
        ok: false,
        error: openError('corrupt', file, { detail: 'zip without its central directory (truncated)' }),
      };
    case 'zip-not-xlsx':
    case 'unknown':
      return { ok: false, error: openError('not-xlsx', file) };
    case 'xlsx':
      break;
  }
  patchValidationParsing();
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS types its input as its own `Buffer` (an ArrayBuffer); at run time it wants a Node Buffer.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (e) {
    // A damaged zip or XML: the user's file, so a value. The library's words go to `detail` for logs.
    return { ok: false, error: openError('corrupt', file, { detail: message(e) }) };
  }
  if (workbook.worksheets.length === 0)
    return { ok: false, error: openError('corrupt', file, { detail: 'no worksheets' }) };
  return { ok: true, workbook };
}

export async function loadWorkbook(source: Uint8Array | string): Promise<LoadResult> {
  if (typeof source !== 'string') return loadBytes(source);
  const read = await readFile(source);
  return read.ok ? loadBytes(read.bytes, source) : read;
}
