import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { recordingIo } from '../cli/recordingIo';

/**
 * `jxzp check` and `--json` on committed workbooks, compared with outputs captured before the seam
 * refactor (issue 7): the text and the JSON a reviewer sees must not change by accident. Set
 * UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change, and say why in the commit.
 */
const fixtures = join(__dirname, 'fixtures');
const expectedDir = join(__dirname, 'expected');
const files = readdirSync(fixtures)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();

const runs: [string, string[]][] = [
  ['txt', []],
  ['json', ['--json']],
  ['whole.json', ['--json', '--profile', 'standard-2020-whole-points']],
];

async function output(file: string, extra: string[]): Promise<string> {
  const io = recordingIo();
  const code = await run(['check', join(fixtures, file), ...extra], io);
  // Paths differ between machines: fixtures are named relative to their folder.
  return `exit ${code}\n${io.text().split(fixtures).join('<fixtures>')}\n`;
}

test.each(files.flatMap((f) => runs.map(([ext, args]) => [f, ext, args] as const)))(
  'check %s (%s) is unchanged',
  async (file, ext, args) => {
    const got = await output(file, args);
    const path = join(expectedDir, `${file}.${ext}`);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
      mkdirSync(expectedDir, { recursive: true });
      writeFileSync(path, got);
    }
    expect(got).toBe(readFileSync(path, 'utf8'));
  },
);

test('a folder check with its summary line is unchanged', async () => {
  const got = await output('', []);
  const path = join(expectedDir, 'folder.txt');
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, got);
  expect(got).toBe(readFileSync(path, 'utf8'));
});
