import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { recordingIo, type Recorded } from './recordingIo';

const FIXTURE = join(__dirname, '../golden/fixtures/demo-example.xlsx');
const OTHER = join(__dirname, '../golden/fixtures/reference-hand.xlsx');
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

/** Every file below `dir` with its hash: what must not change. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out[p] = sha(p);
      else out[p] = 'link';
    }
  };
  walk(dir);
  return out;
}

function fresh(): string {
  return mkdtempSync(join(tmpdir(), 'jxzp-out-'));
}

/** An Io that runs `act` once, the first time the command prints to stdout (after it checked its outputs). */
function actingIo(act: () => void): Recorded {
  const io = recordingIo();
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    act();
  };
  return {
    ...io,
    out: (t) => {
      once();
      io.out(t);
    },
    progress: (t) => {
      once();
      io.progress(t);
    },
  };
}

describe('nothing lost: an output never replaces a file', () => {
  test('check DIR --marked DIR: the marked copy of a.xlsx would be the input a（已标注）.xlsx — refused, naming both', async () => {
    const dir = fresh();
    copyFileSync(FIXTURE, join(dir, 'a.xlsx'));
    copyFileSync(OTHER, join(dir, 'a（已标注）.xlsx'));
    const before = snapshot(dir);
    const io = recordingIo();
    expect(await run(['check', dir, '--marked', dir], io)).toBe(2);
    const said = io.stderr.join('\n');
    expect(said).toContain(
      `输出文件“${join(dir, 'a（已标注）.xlsx')}”（--marked）就是输入文件“${join(dir, 'a（已标注）.xlsx')}”`,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  test('same names in different subfolders: the marked copies mirror the subfolders; a rerun replaces nothing', async () => {
    const dir = fresh();
    const input = join(dir, 'in');
    for (const sub of ['一处', '二处']) {
      mkdirSync(join(input, sub), { recursive: true });
      copyFileSync(sub === '一处' ? FIXTURE : OTHER, join(input, sub, '表.xlsx'));
    }
    const out = join(dir, 'out');
    expect(await run(['check', input, '--marked', out], recordingIo())).toBe(1);
    const first = join(out, '一处', '表（已标注）.xlsx');
    const second = join(out, '二处', '表（已标注）.xlsx');
    expect(existsSync(first) && existsSync(second)).toBe(true);
    expect(sha(first)).not.toBe(sha(second));
    const before = snapshot(dir);
    const again = recordingIo();
    expect(await run(['check', input, '--marked', out], again)).toBe(2);
    expect(again.stderr.join('')).toContain(`输出文件“${first}”已存在`);
    expect(snapshot(dir)).toEqual(before);
  });

  test('a file created at an output path during the run is not replaced, and the outputs already placed are withdrawn', async () => {
    const dir = fresh();
    const md = join(dir, 'r.md');
    const docx = join(dir, 'r.docx');
    const io = actingIo(() => writeFileSync(docx, 'made by someone else meanwhile'));
    expect(await run(['report', FIXTURE, '--md', md, '--docx', docx], io)).toBe(2);
    expect(io.stderr.join('')).toContain(`输出文件“${docx}”在运行期间被创建，为避免覆盖没有写入它`);
    expect(io.stderr.join('')).toContain('因此本次没有写入任何输出文件（已撤回刚写入的 1 个）');
    expect(readFileSync(docx, 'utf8')).toBe('made by someone else meanwhile');
    expect(existsSync(md)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['r.docx']);
  });

  test('a folder run: a marked copy appearing meanwhile withdraws every copy and the summary, and the folders made for them', async () => {
    const dir = fresh();
    const input = join(dir, 'in');
    mkdirSync(join(input, 'sub'), { recursive: true });
    copyFileSync(FIXTURE, join(input, 'a.xlsx'));
    copyFileSync(FIXTURE, join(input, 'sub', 'b.xlsx'));
    const out = join(dir, 'out');
    mkdirSync(out);
    const summary = join(dir, 's.xlsx');
    const late = join(out, 'a（已标注）.xlsx');
    const io = actingIo(() => writeFileSync(late, 'theirs'));
    expect(await run(['check', input, '--marked', out, '--summary', summary], io)).toBe(2);
    expect(readFileSync(late, 'utf8')).toBe('theirs');
    expect(existsSync(summary)).toBe(false);
    expect(readdirSync(out)).toEqual(['a（已标注）.xlsx']);
  });

  test.each([
    [
      ['check', '{in}', '--summary', '{d}/x.xlsx', '--marked', '{d}/x.xlsx'],
      '“{d}/x.xlsx”（--marked）与“{d}/x.xlsx”（--summary）是同一个文件',
    ],
    [
      ['report', '{in}', '--md', '{d}/x', '--sheet', '{d}/x'],
      '“{d}/x”（--md）与“{d}/x”（--sheet）是同一个文件',
    ],
    [
      ['report', '{in}', '--md', '{d}/x', '--docx', '{d}/./x'],
      '“{d}/x”（--md）与“{d}/./x”（--docx）是同一个文件',
    ],
    [['check', '{in}', '--apply-scores', '{in}'], '（--apply-scores）就是输入文件'],
  ])(
    'two outputs that are one file, or an output that is the input: %j refused, naming both',
    async (argv, says) => {
      const dir = fresh();
      const input = join(dir, 'in.xlsx');
      copyFileSync(FIXTURE, input);
      const fill = (s: string) => s.replaceAll('{d}', dir).replaceAll('{in}', input);
      const before = snapshot(dir);
      const io = recordingIo();
      expect(await run(argv.map(fill), io)).toBe(2);
      expect(io.stderr.join('')).toContain(fill(says));
      expect(snapshot(dir)).toEqual(before);
    },
  );

  test('symbolic links are resolved: an output reached through a linked folder that is the input is refused', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'data'));
    const input = join(dir, 'data', 'in.xlsx');
    copyFileSync(FIXTURE, input);
    symlinkSync(join(dir, 'data'), join(dir, 'link'));
    const io = recordingIo();
    expect(
      await run(
        [
          'report',
          input,
          '--sheet',
          join(dir, 'link', 'sub', '..', 'in2.xlsx'),
          '--md',
          join(dir, 'data', 'in2.xlsx'),
        ],
        io,
      ),
    ).toBe(2);
    expect(io.stderr.join('')).toContain('是同一个文件');
  });

  test('a dangling symbolic link at an output path is an existing file: never followed', async () => {
    const dir = fresh();
    const target = join(dir, 'nowhere', 'target.xlsx');
    symlinkSync(target, join(dir, 'out.xlsx'));
    const io = recordingIo();
    expect(await run(['check', FIXTURE, '--marked', join(dir, 'out.xlsx')], io)).toBe(2);
    expect(io.stderr.join('')).toContain('已存在');
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
  });

  test('several outputs: all of them, and no temporary file left behind', async () => {
    const dir = fresh();
    const names = ['r.md', 'r.docx', 'r.xlsx'];
    const io = recordingIo();
    expect(
      await run(
        [
          'report',
          FIXTURE,
          '--md',
          join(dir, names[0]),
          '--docx',
          join(dir, names[1]),
          '--sheet',
          join(dir, names[2]),
        ],
        io,
      ),
    ).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([...names].sort());
    expect(io.stderr.filter((l) => l.startsWith('已写入'))).toHaveLength(3);
  });
});

describe('options: refused with what is valid', () => {
  test.each([
    [
      ['check', FIXTURE, '--docx', 'x.docx'],
      'check 不接受选项 --docx。check 可用的选项：--profile、--json、--marked、--summary、--apply-scores、--limit、--help',
    ],
    [['check', FIXTURE, '--bogus'], '未知选项“--bogus”。check 可用的选项：'],
    [
      ['check', FIXTURE, '--profile', 'nope'],
      '未知的评分标准“nope”，可用：standard-2020、standard-2020-whole-points',
    ],
    [
      ['report', FIXTURE, '--profile', 'nope'],
      '未知的评分标准“nope”，可用：standard-2020、standard-2020-whole-points',
    ],
    [['template', '--year', '2020', '--out'], '选项 --out 后面需要一个值'],
    [['check', FIXTURE, '--json=yes'], '选项 --json 不带值'],
    [
      ['check', FIXTURE, '--limit', 'nope=1'],
      '--limit nope=1：未知的上限名称；可用：file-mb、parts、part-mb、inflated-mb、read-mb、cells、merges、skip-sheet-cells',
    ],
    [['check', FIXTURE, '--limit', 'cells=many'], '--limit cells=many：值应为 1 到'],
  ])('%j', async (argv, says) => {
    const io = recordingIo();
    expect(await run(argv, io)).toBe(2);
    expect(io.stderr.join('\n')).toContain(says);
  });

  test('--limit applies: a table past a lowered cell limit is refused by name', async () => {
    const io = recordingIo();
    expect(await run(['check', FIXTURE, '--limit', 'cells=100'], io)).toBe(2);
    expect(io.text()).toContain('需要读取的单元格超过 100 个的上限');
  });
});
