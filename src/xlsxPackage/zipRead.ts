import { corrupt, PackageRefusal } from './problems';

/** One file of a zip, as its central directory describes it (the source of truth, as for JSZip). */
export interface ZipEntry {
  /** The name without a leading '/', which the spreadsheet library strips too. */
  readonly name: string;
  /** 0 stored, 8 deflated: the only two methods the library reads. */
  readonly method: 0 | 8;
  readonly crc32: number;
  readonly compressedSize: number;
  /** What the directory claims; never trusted for a limit (inflating measures). */
  readonly declaredSize: number;
  /** Where the compressed data starts in the file. */
  readonly dataStart: number;
  readonly time: number;
  readonly date: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

class Reader {
  readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u16(at: number): number {
    this.need(at, 2);
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    this.need(at, 4);
    return this.view.getUint32(at, true);
  }
  u64(at: number): number {
    const low = this.u32(at);
    const high = this.u32(at + 4);
    if (high > 0x1fffff) throw corrupt('a zip64 field beyond 2^53');
    return high * 0x100000000 + low;
  }
  need(at: number, length: number): void {
    if (at < 0 || at + length > this.bytes.length) throw corrupt('a zip record points outside the file');
  }
}

function findEndOfDirectory(r: Reader): number {
  const last = r.bytes.length - 22;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (r.bytes[at] === 0x50 && r.view.getUint32(at, true) === EOCD) return at;
  }
  throw corrupt('zip without its end of central directory (truncated)');
}

interface Directory {
  readonly count: number;
  readonly offset: number;
  readonly size: number;
}

function directoryOf(r: Reader, eocd: number): Directory {
  let count = r.u16(eocd + 10);
  let size = r.u32(eocd + 12);
  let offset = r.u32(eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || r.u32(locator) !== EOCD64_LOCATOR)
      throw corrupt('zip64 fields without a zip64 locator');
    const at = r.u64(locator + 8);
    if (r.u32(at) !== EOCD64) throw corrupt('zip64 locator not pointing at a zip64 directory end');
    count = r.u64(at + 32);
    size = r.u64(at + 40);
    offset = r.u64(at + 48);
  }
  r.need(offset, size);
  return { count, offset, size };
}

/** Sizes and offset a zip64 "extended information" extra field replaces (each only when its field is all ones). */
function zip64Extra(
  r: Reader,
  extraStart: number,
  extraLength: number,
  fields: { size: number; compressed: number; offset: number },
): { size: number; compressed: number; offset: number } {
  const out = { ...fields };
  let at = extraStart;
  const end = extraStart + extraLength;
  while (at + 4 <= end) {
    const id = r.u16(at);
    const length = r.u16(at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const next = (): number => {
        const value = r.u64(p);
        p += 8;
        return value;
      };
      if (fields.size === 0xffffffff) out.size = next();
      if (fields.compressed === 0xffffffff) out.compressed = next();
      if (fields.offset === 0xffffffff) out.offset = next();
      return out;
    }
    at += 4 + length;
  }
  return out;
}

const utf8 = new TextDecoder('utf-8');

/**
 * The entries of a zip from its central directory, each checked against the file: a record outside it,
 * an unknown compression method, an encrypted entry, a duplicated name, or entries whose data overlap
 * (the "overlapping files" zip bomb) make the file damaged. Directories are left out. Throws PackageRefusal.
 */
export function readZipDirectory(bytes: Uint8Array, maxParts: number): ZipEntry[] {
  const r = new Reader(bytes);
  const dir = directoryOf(r, findEndOfDirectory(r));
  if (dir.count > maxParts) {
    throw new PackageRefusal({ code: 'too-many-parts', count: dir.count, limit: maxParts });
  }
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    if (r.u32(at) !== CENTRAL) throw corrupt(`central directory record ${i} has no signature`);
    const flags = r.u16(at + 8);
    const method = r.u16(at + 10);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    r.need(at + 46, nameLength + extraLength + commentLength);
    const rawName = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const sizes = zip64Extra(r, at + 46 + nameLength, extraLength, {
      size: r.u32(at + 24),
      compressed: r.u32(at + 20),
      offset: r.u32(at + 42),
    });
    const entry = {
      flags,
      method,
      name: rawName.replace(/^\/+/, ''),
      crc32: r.u32(at + 16),
      time: r.u16(at + 12),
      date: r.u16(at + 14),
      ...sizes,
    };
    at += 46 + nameLength + extraLength + commentLength;
    if (entry.name.endsWith('/') && entry.compressed === 0) continue;
    entries.push(checkedEntry(r, entry, names));
  }
  checkNoOverlap(entries, dir.offset);
  return entries;
}

function checkedEntry(
  r: Reader,
  e: {
    flags: number;
    method: number;
    name: string;
    crc32: number;
    time: number;
    date: number;
    size: number;
    compressed: number;
    offset: number;
  },
  names: Set<string>,
): ZipEntry {
  if (e.flags & 0x0001) throw corrupt(`entry ${e.name} is encrypted`);
  if (e.method !== 0 && e.method !== 8) throw corrupt(`entry ${e.name} uses compression method ${e.method}`);
  if (names.has(e.name)) throw corrupt(`entry ${e.name} appears twice`);
  names.add(e.name);
  if (r.u32(e.offset) !== LOCAL) throw corrupt(`entry ${e.name} has no local header`);
  const dataStart = e.offset + 30 + r.u16(e.offset + 26) + r.u16(e.offset + 28);
  r.need(dataStart, e.compressed);
  if (e.method === 0 && e.compressed !== e.size) throw corrupt(`stored entry ${e.name} has two sizes`);
  return {
    name: e.name,
    method: e.method,
    crc32: e.crc32,
    compressedSize: e.compressed,
    declaredSize: e.size,
    dataStart,
    time: e.time,
    date: e.date,
  };
}

function checkNoOverlap(entries: readonly ZipEntry[], directoryStart: number): void {
  const spans = entries
    .map((e) => [e.dataStart, e.dataStart + e.compressedSize] as const)
    .sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < spans.length; i++) {
    const next = i + 1 < spans.length ? spans[i + 1][0] : directoryStart;
    if (spans[i][1] > next) throw corrupt('zip entries overlap');
  }
}
