/**
 * What a file's first bytes say it is, before anything parses it: a zip (an .xlsx is one), an OLE
 * compound file (D0 CF 11 E0) — either a password-encrypted .xlsx (it holds an `EncryptedPackage`
 * stream) or an old binary .xls — or something else. Works on bytes only (browser and Node alike).
 */
export type FileKind = 'empty' | 'zip' | 'encrypted' | 'legacy-xls' | 'unknown';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** Whether `needle` occurs in `bytes` (directory entry names of OLE files are UTF-16LE). */
export function containsBytes(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  for (
    let at = bytes.indexOf(first);
    at >= 0 && at + needle.length <= bytes.length;
    at = bytes.indexOf(first, at + 1)
  ) {
    let i = 1;
    while (i < needle.length && bytes[at + i] === needle[i]) i++;
    if (i === needle.length) return true;
  }
  return false;
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

const ENCRYPTED_PACKAGE = utf16le('EncryptedPackage');

export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP)) return 'zip';
  // ECMA-376 agile and standard encryption both use this stream.
  if (startsWith(bytes, OLE)) return containsBytes(bytes, ENCRYPTED_PACKAGE) ? 'encrypted' : 'legacy-xls';
  return 'unknown';
}
