import { prepareWorkbook, XlsxWorkbookHost, type XlsxOpenErrorCode } from '../hosts/xlsx';
import { isFormLabel } from '../templates/read/formLabels';
import type { LeftOutSheet, PackageLimits } from '../xlsxPackage';

export type OpenedInput =
  | {
      readonly ok: true;
      readonly host: XlsxWorkbookHost;
      /** Big sheets without the forms' labels, not read. */
      readonly leftOut: readonly LeftOutSheet[];
      /**
       * Why a copy of this workbook (marked, with scores, with the report) cannot be written: it is
       * past a limit read whole, and only its tables were read. null when a copy may be written.
       */
      readonly copyRefused: string | null;
    }
  | { readonly ok: false; readonly message: string };

/** Past these, reading only the sheets with tables may still succeed. */
const WHOLE_WORKBOOK_LIMITS: ReadonlySet<XlsxOpenErrorCode> = new Set([
  'part-too-large',
  'inflated-too-large',
  'read-too-large',
  'too-many-cells',
  'merge-too-large',
  'too-many-merges',
  'names-too-large',
]);

/**
 * Opens an input for a command. When the command writes a copy of the workbook it must be read whole
 * (every sheet, every name), within the limits; otherwise — or when the whole is past a limit — only
 * what checking needs is read: big sheets without the forms' labels are left out (see xlsxPackage).
 */
export async function openInput(
  file: string,
  options: { readonly copy: boolean; readonly limits: PackageLimits },
): Promise<OpenedInput> {
  let copyRefused: string | null = null;
  if (options.copy) {
    const whole = await prepareWorkbook(file, { sheets: 'all', limits: options.limits });
    if (whole.ok) return open(whole.package.bytes, [], null);
    if (!WHOLE_WORKBOOK_LIMITS.has(whole.error.code)) return { ok: false, message: whole.error.message };
    copyRefused = whole.error.message;
  }
  const read = await prepareWorkbook(file, {
    sheets: 'tables',
    limits: options.limits,
    isFormText: isFormLabel,
  });
  if (!read.ok) return { ok: false, message: read.error.message };
  return open(read.package.bytes, read.package.leftOut, copyRefused);
}

async function open(
  bytes: Uint8Array,
  leftOut: readonly LeftOutSheet[],
  copyRefused: string | null,
): Promise<OpenedInput> {
  const opened = await XlsxWorkbookHost.open(bytes);
  return opened.ok
    ? { ok: true, host: opened.host, leftOut, copyRefused }
    : { ok: false, message: opened.error.message };
}
