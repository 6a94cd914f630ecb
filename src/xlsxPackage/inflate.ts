import { Inflate } from 'fflate';
import { corrupt, PackageRefusal } from './problems';
import type { ZipEntry } from './zipRead';

/**
 * Inflates raw DEFLATE data, handing each piece of output to `onChunk` as it is made; stops (and
 * rejects with what `onChunk` threw) as soon as `onChunk` throws. Rejects with any other error on data
 * that does not inflate. The command line passes Node's zlib (hosts/xlsx/nodeInflate.ts), three times
 * faster; browsers get `fflateInflate`.
 */
export type Inflater = (data: Uint8Array, onChunk: (chunk: Uint8Array) => void) => Promise<void>;

/** Compressed bytes pushed at a time: deflate expands at most ~1,032×, so one push yields at most ~16 MB. */
const INPUT_SLICE = 16 * 1024;

export const fflateInflate: Inflater = async (data, onChunk) => {
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    onChunk(chunk);
    if (final) finished = true;
  });
  if (data.length === 0) inflater.push(data, true);
  for (let at = 0; at < data.length; at += INPUT_SLICE) {
    inflater.push(data.subarray(at, at + INPUT_SLICE), at + INPUT_SLICE >= data.length);
  }
  if (!finished) throw new Error('the deflate stream ends early');
};

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
 * `maxBytes` (part-too-large) or the shared budget runs out: a bomb is refused after at most one chunk
 * more than the limit, never after being inflated. Resolves to the inflated size; rejects with a
 * PackageRefusal.
 */
export async function inflateEntry(
  zip: Uint8Array,
  entry: ZipEntry,
  limits: { readonly maxBytes: number; readonly budget: InflateBudget; readonly inflate: Inflater },
  sink: (chunk: Uint8Array) => void,
): Promise<number> {
  const data = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let produced = 0;
  const take = (chunk: Uint8Array): void => {
    produced += chunk.length;
    if (produced > limits.maxBytes)
      throw new PackageRefusal({ code: 'part-too-large', part: entry.name, limitBytes: limits.maxBytes });
    limits.budget.take(chunk.length);
    if (chunk.length > 0) sink(chunk);
  };
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += 64 * 1024) take(data.subarray(at, at + 64 * 1024));
    return produced;
  }
  try {
    await limits.inflate(data, take);
  } catch (e) {
    if (e instanceof PackageRefusal) throw e;
    throw corrupt(`entry ${entry.name} does not inflate: ${e instanceof Error ? e.message : String(e)}`);
  }
  return produced;
}
