import type { Io } from '../../src/cli/io';

export interface Recorded extends Io {
  readonly stdout: string[];
  readonly stderr: string[];
  text(): string;
}

export function recordingIo(): Recorded {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (t) => void stdout.push(t),
    note: (t) => void stderr.push(t),
    progress: (t) => void stderr.push(t),
    progressDone: () => undefined,
    fail: (m) => {
      stderr.push(m);
      return 2;
    },
    text: () => stdout.join('\n'),
  };
}
