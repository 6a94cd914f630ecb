import { type ChildProcess, spawn } from 'child_process';
import * as path from 'path';

/**
 * `npm start` as a user runs it, on a free port (PORT=0): the page built and served on 127.0.0.1.
 * Resolves with its address once printed; `stop` sends Ctrl-C (SIGINT) as a terminal does.
 */
export interface PageServer {
  readonly url: string;
  /** Ctrl-C; resolves with everything the command printed once it has exited. */
  stop(): Promise<string>;
}

export function startPage(timeoutMs = 180_000): Promise<PageServer> {
  const root = path.resolve(__dirname, '../..');
  const child: ChildProcess = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that stopping it is what Ctrl-C in a terminal does: SIGINT to npm and
    // to the server it started.
    detached: true,
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let stopping = false;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start printed no address:\n${output}`)), timeoutMs);
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
