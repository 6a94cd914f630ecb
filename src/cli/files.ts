import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export type InputFiles =
  | { readonly ok: true; readonly folder: boolean; readonly files: readonly string[] }
  | { readonly ok: false; readonly reason: 'not-found' | 'empty-folder' };

/** A file, or every .xlsx below a folder (sorted; Excel's `~$` lock files skipped). */
export function listInputs(path: string): InputFiles {
  if (!existsSync(path)) return { ok: false, reason: 'not-found' };
  if (!statSync(path).isDirectory()) return { ok: true, folder: false, files: [path] };
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith('~$')) files.push(full);
    }
  };
  walk(path);
  return files.length ? { ok: true, folder: true, files } : { ok: false, reason: 'empty-folder' };
}

/** `report.xlsx` → `report（已标注）.xlsx`, for marked copies written into a folder. */
export function markedName(file: string): string {
  return basename(file).replace(/\.xlsx$/i, '（已标注）.xlsx');
}
