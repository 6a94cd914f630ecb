/**
 * The errors the fake raises. Real Office.js rejects `context.sync()` with an `OfficeExtension.Error`
 * whose `code` says what went wrong; the fake does the same with the same codes, so host code that
 * branches on `code` is tested as it will run. `NotModelled` is the fake's own: the host used something
 * the fake does not imitate, and a test must not pass by accident.
 */
export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'ApiNotFound'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'InvalidObjectPath'
  | 'NotModelled';

export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { readonly code: string; readonly message: string };
  constructor(
    readonly code: FakeErrorCode,
    message: string,
  ) {
    super(message);
    this.debugInfo = { code, message };
  }
}

export function notModelled(what: string): FakeOfficeError {
  return new FakeOfficeError('NotModelled', `the Excel fake does not model ${what}`);
}

export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
