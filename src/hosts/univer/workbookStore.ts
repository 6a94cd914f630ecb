import type { FWorkbook } from '@univerjs/sheets/facade';

/**
 * The per-workbook store in Univer: a map in the workbook's custom metadata, which Univer keeps in its
 * snapshot (what the page saves locally) without showing it anywhere. The page writes it into the
 * .xlsx it saves as the xlsx host's store, and reads it back from there.
 */
export const STORE_CUSTOM_KEY = 'jxzpStore';

function storeOf(wb: FWorkbook): Record<string, string> {
  const custom = wb.getCustomMetadata();
  const store: unknown = custom?.[STORE_CUSTOM_KEY];
  return typeof store === 'object' && store !== null ? (store as Record<string, string>) : {};
}

export function readStoreValue(wb: FWorkbook, key: string): string | null {
  const value = storeOf(wb)[key];
  return typeof value === 'string' ? value : null;
}

export function writeStoreValue(wb: FWorkbook, key: string, value: string | null): void {
  const store = { ...storeOf(wb) };
  if (value === null) delete store[key];
  else store[key] = value;
  wb.setCustomMetadata({ ...wb.getCustomMetadata(), [STORE_CUSTOM_KEY]: store });
}

/** Every key and value: what the page carries into the .xlsx it saves. */
export function storeEntries(wb: FWorkbook): [string, string][] {
  return Object.entries(storeOf(wb)).filter((e): e is [string, string] => typeof e[1] === 'string');
}
