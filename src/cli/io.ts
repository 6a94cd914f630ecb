import { escapeControls } from './terminalText';

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

/** The terminal: whatever a cell or a file name holds is printed with its control characters escaped. */
export const processIo: Io = {
  out: (t) => process.stdout.write(`${escapeControls(t)}\n`),
  note: (t) => process.stderr.write(`${escapeControls(t)}\n`),
  progress: (t) => {
    if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${escapeControls(t)}`);
    else process.stderr.write(`${escapeControls(t)}\n`);
  },
  progressDone: () => {
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  },
  fail: (m) => {
    process.stderr.write(`${escapeControls(m)}\n`);
    return 2;
  },
};
