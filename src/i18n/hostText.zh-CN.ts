/**
 * User-facing Chinese text of the file hosts: why an .xlsx file cannot be opened or saved. An exhaustive
 * switch with no default branch, so a new code without a message does not compile.
 */

export type XlsxOpenErrorCode =
  | 'file-not-found'
  | 'file-unreadable'
  | 'file-empty'
  | 'file-too-large'
  | 'encrypted'
  | 'legacy-xls'
  | 'not-xlsx'
  | 'corrupt'
  // limits of the package inspection (src/xlsxPackage/limits.ts; README, "Limits")
  | 'too-many-parts'
  | 'part-too-large'
  | 'inflated-too-large'
  | 'read-too-large'
  | 'too-many-cells'
  | 'merge-too-large'
  | 'too-many-merges'
  | 'names-too-large';

export interface XlsxOpenErrorParams {
  /** The file name as given (or `（内存数据）` for bytes). */
  readonly file: string;
  readonly sizeBytes?: number;
  readonly limitBytes?: number;
  /** A part of the package (`xl/worksheets/sheet1.xml`). */
  readonly part?: string;
  readonly sheet?: string;
  /** A range as the file writes it (`M50:XFD1048576`). */
  readonly range?: string;
  readonly count?: number;
  readonly limit?: number;
}

const MB = 1024 * 1024;

function megabytes(bytes: number | undefined): string {
  return bytes === undefined ? '?' : (bytes / MB).toFixed(1);
}

/** 1234567 → '1,234,567'; counts are whole numbers, written without locale surprises. */
function count(n: number | undefined): string {
  return n === undefined
    ? '?'
    : Math.round(n)
        .toString()
        .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const TOO_BIG_ADVICE = '这不像一张绩效自评表；如确需读取，可用 --limit 调高上限（见 README“上限”）。';

export const IN_MEMORY_FILE = '（内存数据）';

export function xlsxOpenMessage(code: XlsxOpenErrorCode, p: XlsxOpenErrorParams): string {
  switch (code) {
    case 'file-not-found':
      return `找不到文件“${p.file}”，请检查路径是否正确。`;
    case 'file-unreadable':
      return `无法读取文件“${p.file}”（可能是文件夹、没有读取权限或正被其他程序占用）。`;
    case 'file-empty':
      return `文件“${p.file}”是空文件（0 字节），不是有效的 Excel 工作簿。`;
    case 'file-too-large':
      return `文件“${p.file}”大小为 ${megabytes(p.sizeBytes)} MB，超过 ${megabytes(p.limitBytes)} MB 的上限；绩效自评表通常不足 1 MB，请确认文件是否正确。`;
    case 'encrypted':
      return `文件“${p.file}”设置了打开密码（已加密），无法读取。请先取消密码（Excel：文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码；WPS：文件 → 文档加密 → 密码加密，清空密码），保存后再试。`;
    case 'legacy-xls':
      return `文件“${p.file}”是旧版 Excel 97-2003 格式（.xls），暂不支持。请在 Excel 或 WPS 中打开后“另存为” .xlsx 格式再试。`;
    case 'not-xlsx':
      return `文件“${p.file}”不是 Excel 工作簿（.xlsx）。请选择 .xlsx 格式的文件。`;
    case 'corrupt':
      return `文件“${p.file}”已损坏或格式不完整，无法读取。请在 Excel 或 WPS 中打开并修复后另存为 .xlsx 再试。`;
    case 'too-many-parts':
      return `文件“${p.file}”的压缩包内有 ${count(p.count)} 个部件，超过 ${count(p.limit)} 个的上限，未读取。${TOO_BIG_ADVICE}`;
    case 'part-too-large':
      return `文件“${p.file}”中的部件“${p.part ?? '?'}”解压后超过 ${megabytes(p.limitBytes)} MB 的上限（可能是“压缩炸弹”），已停止解压，未读取。${TOO_BIG_ADVICE}`;
    case 'inflated-too-large':
      return `文件“${p.file}”解压后的总大小超过 ${megabytes(p.limitBytes)} MB 的上限（可能是“压缩炸弹”），已停止解压，未读取。${TOO_BIG_ADVICE}`;
    case 'read-too-large':
      return `文件“${p.file}”需要读取的内容解压后约 ${megabytes(p.sizeBytes)} MB，超过 ${megabytes(p.limitBytes)} MB 的上限，未读取。${TOO_BIG_ADVICE}`;
    case 'too-many-cells':
      return `文件“${p.file}”需要读取的单元格超过 ${count(p.limit)} 个的上限（工作表“${p.sheet ?? '?'}”最多），未读取。${TOO_BIG_ADVICE}`;
    case 'merge-too-large':
      return `文件“${p.file}”的工作表“${p.sheet ?? '?'}”中合并区域 ${p.range ?? '?'} 覆盖 ${count(p.count)} 个单元格，超过 ${count(p.limit)} 个的上限，未读取。请在 Excel 或 WPS 中取消这个合并后再试。`;
    case 'too-many-merges':
      return `文件“${p.file}”的工作表“${p.sheet ?? '?'}”有 ${count(p.count)} 个合并区域，超过 ${count(p.limit)} 个的上限，未读取。${TOO_BIG_ADVICE}`;
    case 'names-too-large':
      return `文件“${p.file}”中定义的名称共覆盖 ${count(p.count)} 个单元格，超过 ${count(p.limit)} 个的上限，无法完整读取以便另存副本。请在 Excel 或 WPS 的“名称管理器”中删除覆盖整张表的名称后再试。`;
  }
}

export function xlsxSaveMessage(file: string): string {
  return `无法保存文件“${file}”（可能没有写入权限，或文件正被 Excel、WPS 等程序打开）。`;
}
