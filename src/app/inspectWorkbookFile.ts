import { type XlsxOpenErrorCode, xlsxOpenMessage } from '../i18n/hostText.zh-CN';
import { isFormLabel } from '../templates/read/formLabels';
import {
  preparePackage,
  type Inflater,
  type PackageLimits,
  type PreparedPackage,
  type SheetSelection,
} from '../xlsxPackage';

export type InspectedFile =
  | { readonly ok: true; readonly package: PreparedPackage }
  | { readonly ok: false; readonly code: XlsxOpenErrorCode; readonly message: string };

/**
 * What every front end does with the bytes of an .xlsx a user chose (the standalone page, the task pane,
 * the command line) before any spreadsheet library opens them: the package inspection with its limits
 * (xlsxPackage), the forms' labels deciding which big sheets a check may leave unread, and a Chinese
 * message naming the file when it is refused. Hand `package.bytes` on, never the original bytes.
 */
export async function inspectWorkbookFile(
  bytes: Uint8Array,
  options: {
    readonly file: string;
    /** 'all' when the workbook will be saved again; 'tables' when it is only checked. */
    readonly sheets: SheetSelection;
    readonly limits?: Partial<PackageLimits>;
    readonly inflate?: Inflater;
  },
): Promise<InspectedFile> {
  const result = await preparePackage(bytes, {
    sheets: options.sheets,
    limits: options.limits,
    inflate: options.inflate,
    isFormText: isFormLabel,
  });
  if (result.ok) return result;
  const { code, ...params } = result.problem;
  const shown = code === 'corrupt' ? {} : params;
  return { ok: false, code, message: xlsxOpenMessage(code, { file: options.file, ...shown }) };
}
