/**
 * Misuse of a host by our own code (a sheet that is not there, a name already taken, an address that is
 * not A1): a bug, so it throws — the same named error from every host (the contract suite checks it).
 */
export class HostUsageError extends Error {
  override readonly name: string = 'HostUsageError';
}

export class SheetNotFoundError extends HostUsageError {
  override readonly name = 'SheetNotFoundError';
  constructor(readonly sheet: string) {
    super(`no sheet named ${JSON.stringify(sheet)}`);
  }
}

export class SheetExistsError extends HostUsageError {
  override readonly name = 'SheetExistsError';
  constructor(readonly sheet: string) {
    super(`a sheet named ${JSON.stringify(sheet)} exists already`);
  }
}

export class BadAddressError extends HostUsageError {
  override readonly name = 'BadAddressError';
  constructor(readonly address: string) {
    super(`not an A1 cell address: ${JSON.stringify(address)}`);
  }
}

export class BadStoreKeyError extends HostUsageError {
  override readonly name = 'BadStoreKeyError';
  constructor(readonly key: string) {
    super(`not a store key (ASCII letters, digits, '.', '-', '_', at most 64): ${JSON.stringify(key)}`);
  }
}

/** Keys of the per-workbook store: short ASCII names, so that every host can keep them as is. */
const STORE_KEY = /^[A-Za-z0-9._-]{1,64}$/;

/** Throws `BadStoreKeyError` unless `key` is a store key: every host's readStore/writeStore asks this first. */
export function checkStoreKey(key: string): void {
  if (!STORE_KEY.test(key)) throw new BadStoreKeyError(key);
}
