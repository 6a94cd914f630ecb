import type { IWorkbookData } from '@univerjs/core';
import { XlsxWorkbookHost } from '../../hosts/xlsx/XlsxWorkbookHost';
import { loadBytes } from '../../hosts/xlsx/openWorkbook';
import type { XlsxOpenError } from '../../hosts/xlsx/openErrors';
import { fromSnapshot } from './fromSnapshot';
import { toSnapshot } from './toSnapshot';

export type XlsxReadResult =
  | { readonly ok: true; readonly snapshot: IWorkbookData }
  | { readonly ok: false; readonly error: XlsxOpenError };

/**
 * An .xlsx file's bytes as a Univer workbook snapshot, read by the xlsx host's own loader (its checks
 * for encrypted, legacy and damaged files, with their Chinese messages, and its ExcelJS fixes).
 */
export async function readXlsx(bytes: Uint8Array, fileName: string, unitId: string): Promise<XlsxReadResult> {
  const loaded = await loadBytes(bytes, fileName);
  if (!loaded.ok) return loaded;
  return { ok: true, snapshot: toSnapshot(loaded.workbook, unitId, fileName.replace(/\.xlsx$/i, '')) };
}

/** A Univer workbook snapshot as .xlsx bytes, written as the xlsx host writes its files. */
export async function writeXlsx(snapshot: IWorkbookData): Promise<Uint8Array> {
  const host = XlsxWorkbookHost.create();
  fromSnapshot(snapshot, host.workbook);
  return new Uint8Array(await host.toBuffer());
}
