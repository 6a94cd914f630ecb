/** Misuse of a host by our own code (a sheet that is not there, an address that is not A1): a bug, so it throws. */
export class HostUsageError extends Error {
  override readonly name: string = 'HostUsageError';
}

export class SheetNotFoundError extends HostUsageError {
  override readonly name = 'SheetNotFoundError';
  constructor(readonly sheet: string) {
    super(`no sheet named ${JSON.stringify(sheet)}`);
  }
}

export class BadAddressError extends HostUsageError {
  override readonly name = 'BadAddressError';
  constructor(readonly address: string) {
    super(`not an A1 cell address: ${JSON.stringify(address)}`);
  }
}

/** The hidden marks sheet holds something we did not write (edited by hand): restoring from it would guess. */
export class MarksStoreError extends Error {
  override readonly name = 'MarksStoreError';
}
