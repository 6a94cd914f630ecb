import { HostUsageError } from '../errors';
import {
  IN_MEMORY_FILE,
  type XlsxOpenErrorCode,
  type XlsxOpenErrorParams,
  xlsxOpenMessage,
  xlsxSaveMessage,
} from '../../i18n/hostText.zh-CN';

export type { XlsxOpenErrorCode } from '../../i18n/hostText.zh-CN';

/** Why a file could not be opened: a value (bad files are user input), with its Chinese message made once. */
export interface XlsxOpenError {
  readonly code: XlsxOpenErrorCode;
  readonly params: XlsxOpenErrorParams;
  /** zh-CN, from src/i18n/hostText.zh-CN.ts. */
  readonly message: string;
  /** The underlying library or system message, for logs; never shown as the reason. */
  readonly detail?: string;
}

export function openError(
  code: XlsxOpenErrorCode,
  file: string | undefined,
  extra: Omit<XlsxOpenErrorParams, 'file'> & { readonly detail?: string } = {},
): XlsxOpenError {
  const { detail, ...rest } = extra;
  const params: XlsxOpenErrorParams = { file: file ?? IN_MEMORY_FILE, ...rest };
  return {
    code,
    params,
    message: xlsxOpenMessage(code, params),
    ...(detail === undefined ? {} : { detail }),
  };
}

/**
 * A workbook opened from a package that left big sheets or names out (to check it, not to copy it) was
 * about to be written: the copy would lack them. A bug of ours, never the user's file.
 */
export class PartialWorkbookError extends HostUsageError {
  override readonly name = 'PartialWorkbookError';
  constructor() {
    super('this workbook was read only in part (sheets: tables): it cannot be saved');
  }
}

/** Writing the file failed (permissions, a file held open by Excel on Windows…). */
export class XlsxSaveError extends Error {
  override readonly name = 'XlsxSaveError';
  constructor(
    readonly file: string,
    options: { readonly cause: unknown },
  ) {
    super(xlsxSaveMessage(file), options);
  }
}
