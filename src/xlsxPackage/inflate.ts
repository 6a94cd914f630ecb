import { Inflate } from 'fflate';
import { corrupt, PackageRefusal } from './problems';
import type { ZipEntry } from './zipRead';

/** Compressed bytes pushed at a time: deflate expands at most ~1,032×, so one push yields at most ~4 MB. */
const INPUT_SLICE = 4 * 1024;

/** Counts what every part inflates to, against the total budget. */
export class InflateBudget {
  private used = 0;
  constructor(private readonly limit: number) {}
  take(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limit)
      throw new PackageRefusal({ code: 'inflated-too-large', limitBytes: this.limit });
  }
  get total(): number {
    return this.used;
  }
}

/**
 * Inflates one entry chunk by chunk into `sink`, and stops as soon as it has produced more than
 * `maxBytes` (part-too-large) or the shared budget runs out: a bomb is refused after at most one slice
 * more than the limit, never after being inflated. Returns the inflated size. Throws PackageRefusal.
 */
export function inflateEntry(
  zip: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
  budget: InflateBudget,
  sink: (chunk: Uint8Array) => void,
): number {
  const data = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let produced = 0;
  const take = (chunk: Uint8Array): void => {
    produced += chunk.length;
    if (produced > maxBytes)
      throw new PackageRefusal({ code: 'part-too-large', part: entry.name, limitBytes: maxBytes });
    budget.take(chunk.length);
    if (chunk.length > 0) sink(chunk);
  };
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += 64 * 1024) take(data.subarray(at, at + 64 * 1024));
    return produced;
  }
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    take(chunk);
    if (final) finished = true;
  });
  try {
    for (let at = 0; at < data.length; at += INPUT_SLICE) {
      inflater.push(data.subarray(at, at + INPUT_SLICE), at + INPUT_SLICE >= data.length);
    }
    if (data.length === 0) inflater.push(data, true);
  } catch (e) {
    if (e instanceof PackageRefusal) throw e;
    throw corrupt(`entry ${entry.name} does not inflate: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!finished) throw corrupt(`entry ${entry.name} ends before its deflate stream does`);
  return produced;
}

/** The whole inflated text of a small part (workbook, relationships), within `maxBytes`. */
export function inflateText(
  zip: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
  budget: InflateBudget,
): string {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  inflateEntry(zip, entry, maxBytes, budget, (chunk) => {
    text += decoder.decode(chunk, { stream: true });
  });
  return text + decoder.decode();
}
