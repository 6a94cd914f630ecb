import type { XRequestContext, XSetting } from './excelApi';
import { utf8Bytes } from './units';

/**
 * The per-workbook store in the add-in's settings of the workbook (`Workbook.settings`, ExcelApi 1.4):
 * saved with the file, one request to read a key and one to write it. A value too large for one
 * request is cut into chunks under `key#0`, `key#1`…, the key itself then holding `{ jxzpChunks: n }`.
 */
interface ChunkHead {
  readonly jxzpChunks: number;
}

/** Bytes of one chunk: two fit a 5 MB request or response with room to spare. */
export const CHUNK_BYTES = 1_500_000;

function isHead(v: unknown): v is ChunkHead {
  return typeof v === 'object' && v !== null && typeof (v as ChunkHead).jxzpChunks === 'number';
}

const chunkKey = (key: string, i: number): string => `${key}#${i}`;

/** Cuts text into pieces of at most `max` UTF-8 bytes, never between the halves of a surrogate pair. */
export function splitByBytes(text: string, max: number): string[] {
  const parts: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const size = utf8Bytes(text.slice(i, pair ? i + 2 : i + 1));
    if (bytes + size > max && i > start) {
      parts.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    if (pair) i++;
  }
  parts.push(text.slice(start));
  return parts;
}

export class SettingsStore {
  /** How many chunks each key had when last read or written here: the ones a shorter value leaves behind. */
  private readonly chunks = new Map<string, number>();

  constructor(private readonly run: <T>(batch: (context: XRequestContext) => Promise<T>) => Promise<T>) {}

  read(key: string): Promise<string | null> {
    return this.run(async (context) => {
      const head = context.workbook.settings.getItemOrNullObject(key).load('value');
      await context.sync();
      if (head.isNullObject) {
        this.chunks.set(key, 0);
        return null;
      }
      const value: unknown = head.value;
      if (!isHead(value)) {
        this.chunks.set(key, 0);
        return typeof value === 'string' ? value : null;
      }
      this.chunks.set(key, value.jxzpChunks);
      const parts: string[] = [];
      // Two chunks per response keep each under 5 MB.
      for (let i = 0; i < value.jxzpChunks; i += 2) {
        const wanted: XSetting[] = [];
        for (let j = i; j < Math.min(i + 2, value.jxzpChunks); j++)
          wanted.push(context.workbook.settings.getItem(chunkKey(key, j)).load('value'));
        await context.sync();
        parts.push(...wanted.map((s) => String(s.value)));
      }
      return parts.join('');
    });
  }

  write(key: string, value: string | null): Promise<void> {
    return this.run(async (context) => {
      const settings = context.workbook.settings;
      const stale = this.chunks.get(key) ?? 0;
      const pieces =
        value === null || utf8Bytes(value) <= CHUNK_BYTES ? null : splitByBytes(value, CHUNK_BYTES);
      const remove = (k: string) => {
        // add-then-delete removes a key whether or not it exists, in the same request.
        settings.add(k, '');
        settings.getItem(k).delete();
      };
      if (pieces === null) {
        if (value === null) remove(key);
        else settings.add(key, value);
        for (let i = 0; i < stale; i++) remove(chunkKey(key, i));
        await context.sync();
        this.chunks.set(key, 0);
        return;
      }
      for (let i = 0; i < pieces.length; i += 2) {
        settings.add(chunkKey(key, i), pieces[i]);
        if (i + 1 < pieces.length) settings.add(chunkKey(key, i + 1), pieces[i + 1]);
        await context.sync();
      }
      for (let i = pieces.length; i < stale; i++) remove(chunkKey(key, i));
      settings.add(key, { jxzpChunks: pieces.length } as unknown as string);
      await context.sync();
      this.chunks.set(key, pieces.length);
    });
  }
}
