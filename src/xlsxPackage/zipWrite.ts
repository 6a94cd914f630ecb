/** One entry of a zip being written: its compressed data as is, with what the directory says of it. */
export interface ZipOutEntry {
  readonly name: string;
  readonly method: 0 | 8;
  readonly crc32: number;
  readonly size: number;
  readonly data: Uint8Array;
  readonly time: number;
  readonly date: number;
}

const encoder = new TextEncoder();

/**
 * A plain zip (no zip64: the package handed on is within the read limits, far under 4 GB): local
 * headers, the data as given, the central directory. Names are UTF-8 (flag 11).
 */
export function writeZip(entries: readonly ZipOutEntry[]): Uint8Array {
  if (entries.length > 0xffff) throw new RangeError('more entries than a plain zip holds');
  const names = entries.map((e) => encoder.encode(e.name));
  const localSize = entries.reduce((n, e, i) => n + 30 + names[i].length + e.data.length, 0);
  const centralSize = names.reduce((n, name) => n + 46 + name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  /** The fields local and central headers share, from version-needed on (`at`: where that field goes). */
  const common = (at: number, e: ZipOutEntry, nameLength: number): void => {
    view.setUint16(at, 20, true);
    view.setUint16(at + 2, 0x0800, true);
    view.setUint16(at + 4, e.method, true);
    view.setUint16(at + 6, e.time, true);
    view.setUint16(at + 8, e.date, true);
    view.setUint32(at + 10, e.crc32, true);
    view.setUint32(at + 14, e.data.length, true);
    view.setUint32(at + 18, e.size, true);
    view.setUint16(at + 22, nameLength, true);
  };
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    common(at + 4, e, names[i].length);
    out.set(names[i], at + 30);
    out.set(e.data, at + 30 + names[i].length);
    at += 30 + names[i].length + e.data.length;
  });
  const centralStart = at;
  entries.forEach((e, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    common(at + 6, e, names[i].length);
    view.setUint32(at + 42, offsets[i], true);
    out.set(names[i], at + 46);
    at += 46 + names[i].length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
