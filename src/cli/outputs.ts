import { constants, promises as fs, lstatSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { CLI_TEXT as T } from '../i18n/cli.zh-CN';

/** One file a command will write, and the option that asked for it (named in messages). */
export interface Output {
  readonly path: string;
  readonly option: string;
  /** Folders that may be created for it (the mirrored subfolders of a folder of marked copies). */
  readonly createFolders?: boolean;
}

export interface PlannedOutput extends Output {
  /** Where it lands, symlinks resolved (its folder may not exist yet when `createFolders`). */
  readonly real: string;
}

export type OutputPlan =
  | { readonly ok: true; readonly outputs: readonly PlannedOutput[] }
  | { readonly ok: false; readonly message: string };

function exists(path: string): boolean {
  try {
    lstatSync(path); // a dangling symbolic link exists too: writing through it would create its target
    return true;
  } catch {
    return false;
  }
}

/**
 * The real path of `path`: its nearest existing ancestor resolved by the file system (symbolic links
 * followed, `..` taken after them as the system does — never lexically), the rest appended.
 */
function realPath(path: string): string {
  const rest: string[] = [];
  let at = isAbsolute(path) ? path : `${process.cwd()}${sep}${path}`;
  for (;;) {
    try {
      return join(realpathSync.native(at), ...rest.reverse());
    } catch {
      const parent = dirname(at);
      if (parent === at) return resolve(path);
      rest.push(basename(at));
      at = parent;
    }
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Checks every output of a command before anything is written: none may exist already (a dangling
 * symbolic link included), none may be an input (after resolving symbolic links), no two may be the
 * same file. A clash is refused with a message naming both paths.
 */
export function planOutputs(outputs: readonly Output[], inputs: readonly string[]): OutputPlan {
  const inputReals = new Map(inputs.map((f) => [realPath(f), f]));
  const planned: PlannedOutput[] = [];
  const byReal = new Map<string, PlannedOutput>();
  for (const out of outputs) {
    const real = realPath(out.path);
    const input = inputReals.get(real);
    if (input !== undefined) return { ok: false, message: T.outIsInput(out.path, out.option, input) };
    const other = byReal.get(real);
    if (other) return { ok: false, message: T.outputsClash(other.path, other.option, out.path, out.option) };
    if (exists(out.path)) return { ok: false, message: T.outExists(out.path) };
    if (!out.createFolders && !isFolder(dirname(real)))
      return { ok: false, message: T.cannotWrite(out.path) };
    const p = { ...out, real };
    planned.push(p);
    byReal.set(real, p);
  }
  return { ok: true, outputs: planned };
}

interface Staged {
  readonly out: PlannedOutput;
  readonly temp: string;
}

interface Placed {
  readonly path: string;
  readonly dev: number;
  readonly ino: number;
}

export type CommitResult =
  | { readonly ok: true; readonly written: readonly string[] }
  | { readonly ok: false; readonly message: string };

/**
 * The outputs of one command, written all or none. Each is first written to a new temporary file beside
 * its place (exclusive create), then linked into place — a link never replaces a file, so one that
 * appeared meanwhile is not touched and the whole batch is withdrawn: the files already placed by this
 * batch (checked to be still ours) are removed, as are the folders it created.
 */
export class OutputBatch {
  private readonly staged: Staged[] = [];
  private readonly createdFolders: string[] = [];

  /** Writes an output's bytes to its temporary file; throws an OutputError when that is impossible. */
  async stage(out: PlannedOutput, bytes: Uint8Array | string): Promise<void> {
    const folder = dirname(out.real);
    if (out.createFolders) await this.makeFolders(folder, out);
    const temp = join(
      folder,
      `.${basename(out.real)}.${process.pid}-${Math.random().toString(36).slice(2)}.jxzp-tmp`,
    );
    try {
      await fs.writeFile(temp, bytes, { flag: 'wx' });
    } catch (e) {
      await fs.rm(temp, { force: true });
      throw new OutputError(out, e);
    }
    this.staged.push({ out, temp });
  }

  /** Puts every staged file in place, or none. */
  async commit(): Promise<CommitResult> {
    const placed: Placed[] = [];
    for (const { out, temp } of this.staged) {
      try {
        placed.push(await place(temp, out.real));
      } catch (e) {
        await this.withdraw(placed);
        const appeared = (e as NodeJS.ErrnoException).code === 'EEXIST';
        const reason = appeared ? T.outAppeared(out.path) : T.cannotWrite(out.path);
        return { ok: false, message: T.nothingWritten(reason, placed.length) };
      }
    }
    await this.cleanUp();
    return { ok: true, written: this.staged.map((s) => s.out.path) };
  }

  /** Removes what was staged: nothing is written. */
  async abort(): Promise<void> {
    await this.cleanUp();
    await this.removeFolders();
  }

  private async makeFolders(folder: string, out: PlannedOutput): Promise<void> {
    const missing: string[] = [];
    for (let at = folder; !isFolder(at); at = dirname(at)) {
      if (exists(at)) throw new OutputError(out, new Error(`${at} is not a folder`));
      missing.push(at);
      if (dirname(at) === at) break;
    }
    for (const f of missing.reverse()) {
      try {
        await fs.mkdir(f);
        this.createdFolders.push(f);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new OutputError(out, e);
      }
    }
  }

  private async withdraw(placed: readonly Placed[]): Promise<void> {
    for (const p of placed) {
      try {
        const now = lstatSync(p.path);
        // Only a file this batch put there: if someone replaced it meanwhile, it is theirs.
        if (now.dev === p.dev && now.ino === p.ino) await fs.unlink(p.path);
      } catch {
        // Already gone: nothing of ours is left there.
      }
    }
    await this.cleanUp();
    await this.removeFolders();
  }

  private async cleanUp(): Promise<void> {
    await Promise.all(this.staged.map((s) => fs.rm(s.temp, { force: true })));
  }

  private async removeFolders(): Promise<void> {
    for (const f of [...this.createdFolders].reverse()) {
      // Only when empty: a folder that holds anything is not removed.
      await fs.rmdir(f).catch(() => undefined);
    }
  }
}

/** Links `temp` to `target`, never replacing; where links are not supported, an exclusive copy. */
async function place(temp: string, target: string): Promise<Placed> {
  try {
    await fs.link(temp, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw e;
    await fs.copyFile(temp, target, constants.COPYFILE_EXCL);
  }
  const s = lstatSync(target);
  return { path: target, dev: s.dev, ino: s.ino };
}

/** An output that cannot be written at all (no permission, a full disk): the command stops, nothing is placed. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  constructor(
    readonly output: Output,
    cause: unknown,
  ) {
    super(T.cannotWrite(output.path), { cause });
  }
}
