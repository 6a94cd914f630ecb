import type { IWorkbookData } from '@univerjs/core';

/**
 * The workbook kept in the browser between visits (IndexedDB, this page's origin only), until the user
 * clears it. One record: the last snapshot and the name it is saved under.
 */
const DB = 'jxzp-standalone';
const STORE = 'workbook';
const KEY = 'current';

export interface KeptWorkbook {
  readonly snapshot: IWorkbookData;
  readonly fileName: string;
  readonly savedAt: string;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
  } finally {
    db.close();
  }
}

export async function loadKept(): Promise<KeptWorkbook | null> {
  const kept: unknown = await run('readonly', (s) => s.get(KEY));
  return typeof kept === 'object' && kept !== null && 'snapshot' in kept ? (kept as KeptWorkbook) : null;
}

export async function keep(workbook: KeptWorkbook): Promise<void> {
  await run('readwrite', (s) => s.put(workbook, KEY));
}

export async function forget(): Promise<void> {
  await run('readwrite', (s) => s.delete(KEY));
}
