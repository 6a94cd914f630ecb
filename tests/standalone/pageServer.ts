import { type ChildProcess, spawn } from 'child_process';
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * `npm start` builds the page into one folder (emptied first) and serves it from there: two test files
 * running it at once in jest's workers would build over each other's page. Each holds this lock, a
 * folder (made atomically) naming its process, from before the build until its server has stopped; the
 * lock of a process that died is taken over. Resolves with what releases it.
 */
async function pageLock(): Promise<() => Promise<void>> {
  const lock = path.join(
    os.tmpdir(),
    `jxzp-page-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`,
  );
  const owner = path.join(lock, 'pid');
  for (;;) {
    try {
      await fs.mkdir(lock);
      await fs.writeFile(owner, String(process.pid));
      return () => fs.rm(lock, { recursive: true, force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const pid = Number(await fs.readFile(owner, 'utf8').catch(() => ''));
    // No pid yet: its owner is between making the folder and writing the file.
    if (pid > 0 && !alive(pid)) await fs.rm(lock, { recursive: true, force: true });
    else await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * `npm start` as a user runs it, on a free port (PORT=0): the page built and served on 127.0.0.1.
 * Resolves with its address once printed; `stop` sends Ctrl-C (SIGINT) as a terminal does. One at a
 * time (see pageLock): the timeout counts from when this one may start.
 */
export interface PageServer {
  readonly url: string;
  /** Ctrl-C; resolves with everything the command printed once it has exited. */
  stop(): Promise<string>;
}

export async function startPage(timeoutMs = 180_000): Promise<PageServer> {
  const release = await pageLock();
  return started(timeoutMs, release).catch(async (e: unknown) => {
    await release();
    throw e;
  });
}

function started(timeoutMs: number, release: () => Promise<void>): Promise<PageServer> {
  const root = ROOT;
  // As from a terminal: jest's NODE_ENV=test would make vite build React's development bundle.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0' };
  delete env.NODE_ENV;
  const child: ChildProcess = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that stopping it is what Ctrl-C in a terminal does: SIGINT to npm and
    // to the server it started.
    detached: true,
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let stopping = false;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`npm start printed no address:\n${output}`));
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGINT');
    }, timeoutMs);
    const heard = (chunk: Buffer): void => {
      if (stopping) return;
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0];
      if (!url) return;
      clearTimeout(timer);
      resolve({
        url,
        stop: async () => {
          stopping = true;
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGINT');
          await exited;
          await release();
          return output;
        },
      });
    };
    child.stdout?.on('data', heard);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (stopping) output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => {
      if (!stopping) reject(new Error(`npm start exited (${code}):\n${output}`));
    });
  });
}
