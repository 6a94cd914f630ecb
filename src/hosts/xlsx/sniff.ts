/**
 * What a file's first bytes say it is, before ExcelJS sees it: an .xlsx is a zip holding
 * `xl/workbook.xml`; an OLE compound file (D0 CF 11 E0) is either a password-encrypted .xlsx (it holds
 * an `EncryptedPackage` stream) or an old binary .xls.
 */
export type FileKind =
  'empty' | 'xlsx' | 'zip-not-xlsx' | 'zip-damaged' | 'encrypted' | 'legacy-xls' | 'unknown';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** End of the central directory: a zip cut short (a failed download, a full disk) has none. */
const ZIP_END = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, text: string, encoding: 'latin1' | 'utf16le'): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(text, encoding));
}

export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP)) {
    // Entry names are stored in plain text in the local headers and the central directory.
    if (contains(bytes, 'xl/workbook.xml', 'latin1')) return 'xlsx';
    return contains(bytes, String.fromCharCode(...ZIP_END), 'latin1') ? 'zip-not-xlsx' : 'zip-damaged';
  }
  if (startsWith(bytes, OLE)) {
    // Directory entry names are UTF-16LE; ECMA-376 agile and standard encryption both use this stream.
    return contains(bytes, 'EncryptedPackage', 'utf16le') ? 'encrypted' : 'legacy-xls';
  }
  return 'unknown';
}
