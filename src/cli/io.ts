/** What a command may do to the terminal; tests pass a recording one. */
export interface Io {
  out(text: string): void;
  /** A side note (files written) — to stderr so that `--json` stays one object on stdout. */
  note(text: string): void;
  /** A one-line progress indicator for folders (stderr). */
  progress(text: string): void;
  progressDone(): void;
  /** Prints a message to stderr and returns exit code 2. */
  fail(message: string): number;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(`${t}\n`),
  note: (t) => process.stderr.write(`${t}\n`),
  progress: (t) => {
    if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${t}`);
    else process.stderr.write(`${t}\n`);
  },
  progressDone: () => {
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  },
  fail: (m) => {
    process.stderr.write(`${m}\n`);
    return 2;
  },
};
