import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { baseWorkbook } from '../fixtures/hostile/basePackage';
import { buildCorpus, HOSTILE_CASES } from '../fixtures/hostile/corpus';
import { jxzpInChild } from '../fixtures/hostile/inChild';
import { recordingIo } from '../cli/recordingIo';

/** The goal of the issue: each hostile file checked in its own process stays under this. */
const PEAK_MB = 512;

/** What the message of each refusal says (the reader must learn what is too big, or that it is damaged). */
const SAYS: Record<string, RegExp> = {
  'merge-too-large': /合并区域 M50:XFD1048576 覆盖 17,166,484,044 个单元格，超过 500,000 个的上限/,
  'too-many-merges': /有 6,037 个合并区域，超过 5,000 个的上限/,
  'part-too-large':
    /中的部件“xl\/worksheets\/sheet\d\.xml”解压后超过 256\.0 MB 的上限（可能是“压缩炸弹”），已停止解压/,
  'too-many-cells': /需要读取的单元格超过 500,000 个的上限（工作表“整体支出自评表2020”最多）/,
  'too-many-parts': /压缩包内有 20,010 个部件，超过 10,000 个的上限/,
  corrupt: /已损坏或格式不完整，无法读取/,
};

const dir = mkdtempSync(join(tmpdir(), 'jxzp-hostile-'));
let files: Map<string, string>;
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

beforeAll(async () => {
  files = await buildCorpus(join(dir, 'corpus'));
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('every hostile file: a clear outcome, the input untouched', () => {
  test.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    const file = files.get(name) as string;
    const before = sha(file);
    const io = recordingIo();
    const code = await run(['check', file], io);
    if (c.outcome.kind === 'refused') {
      expect(code).toBe(2);
      const said = [...io.stdout, ...io.stderr].join('\n');
      expect(said).toMatch(SAYS[c.outcome.code]);
      expect(said).toContain(file);
    } else {
      expect(code).toBe(1);
      expect(io.text()).toContain('整体支出自评表2020');
    }
    expect(sha(file)).toBe(before);
  });
});

describe('in a process of its own, the heaviest files stay bounded', () => {
  test.each([
    'far-cell',
    'giant-merge',
    'sheet-bomb',
    'side-bomb',
    'cells-bomb',
    'long-text',
    'huge-attribute',
  ])(
    '%s: exits by itself, with a message, under 512 MB',
    async (name) => {
      const r = await jxzpInChild(['check', files.get(name) as string], 60_000);
      expect(r.signal).toBeNull();
      expect([1, 2]).toContain(r.exit);
      expect(r.peakMb).not.toBeNull();
      expect(r.peakMb as number).toBeLessThan(PEAK_MB);
      expect(`${r.stdout.toString('utf8')}${r.stderr}`).toMatch(/整体支出自评表2020|无法读取|未读取/);
    },
    90_000,
  );
});

describe('what a hostile file says is shown as data', () => {
  test('a sheet reaching XFD1048576 is read up to the limit, and the finding names the far corner', async () => {
    const io = recordingIo();
    expect(await run(['check', files.get('far-cell') as string, '--json'], io)).toBe(1);
    const [table] = JSON.parse(io.text()).files[0].tables;
    expect(table.findings[0]).toEqual({
      code: 'sheet-read-in-part',
      severity: 'warning',
      cell: null,
      message: expect.stringContaining('延伸到 XFD1048576，超出了读取范围（A1:CV20000）'),
      expected: null,
      actual: null,
    });
    expect(table.totals.grade).toBe('优');
  });

  test.each([
    ['not-a-number', '非数字'],
    ['infinite-number', '无穷大'],
  ])('%s in 全年预算数: a finding on C5, and no grade', async (name, words) => {
    const io = recordingIo();
    expect(await run(['check', files.get(name) as string, '--json'], io)).toBe(1);
    const [table] = JSON.parse(io.text()).files[0].tables;
    expect(table.totals.grade).toBeNull();
    expect(table.budget.planned).toBeNull();
    expect(table.findings).toContainEqual(
      expect.objectContaining({
        code: 'number-not-finite',
        cell: 'C5',
        severity: 'error',
        message: expect.stringContaining(words),
      }),
    );
    const text = recordingIo();
    await run(['check', files.get(name) as string], text);
    expect(text.text()).toContain('等级 —');
  });

  test('a 10 MB text is cut in the summary cell at 32,767 characters with a visible mark', async () => {
    const summary = join(dir, 'long-summary.xlsx');
    expect(await run(['check', files.get('long-text') as string, '--summary', summary], recordingIo())).toBe(
      1,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    const ws = wb.worksheets[0];
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && texts.push(cell.value)));
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(32_767);
  });

  test('formula-looking texts stay plain text in the summary, the marked copy, Markdown and .docx', async () => {
    const file = files.get('formula-texts') as string;
    const text = '=HYPERLINK("http://example.invalid","点击")';
    const out = join(dir, 'formula');
    mkdirSync(out);
    const [summary, marked, md, docx] = ['s.xlsx', 'm.xlsx', 'r.md', 'r.docx'].map((f) => join(out, f));
    expect(await run(['check', file, '--summary', summary, '--marked', marked], recordingIo())).toBe(1);
    expect(await run(['report', file, '--md', md, '--docx', docx], recordingIo())).toBe(0);
    for (const book of [summary, marked]) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(book);
      const cells: ExcelJS.Cell[] = [];
      wb.worksheets.forEach((ws) =>
        // Only a merge's own cell: the others of a merge show its value.
        ws.eachRow((row) => row.eachCell((c) => c.master === c && c.value === text && cells.push(c))),
      );
      expect(cells.length).toBeGreaterThan(0);
      for (const c of cells) expect(c.type).toBe(ExcelJS.ValueType.String);
      const formulas: string[] = [];
      wb.worksheets.forEach((ws) =>
        ws.eachRow((row) =>
          row.eachCell((c) => c.formula && c.formula.includes('HYPERLINK') && formulas.push(c.formula)),
        ),
      );
      expect(formulas).toEqual([]);
    }
    expect(readFileSync(md, 'utf8')).toContain(text);
    expect(readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  test('control characters from cells never reach the terminal raw', async () => {
    const r = await jxzpInChild(['check', files.get('terminal-escapes') as string]);
    expect(r.exit).toBe(1);
    const out = r.stdout.toString('utf8');
    expect(out).toContain('局\\u001B[2J\\u001B]0;pwned\\u0007\\u009B31m\\u202Egnp.exe');
    const raw = [...out].filter((ch) => {
      const c = ch.codePointAt(0) ?? 0;
      return (
        (c < 0x20 && ch !== '\n' && ch !== '\t') || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
      );
    });
    expect(raw).toEqual([]);
    const json = await jxzpInChild(['check', files.get('terminal-escapes') as string, '--json']);
    const unit = JSON.parse(json.stdout.toString('utf8')).files[0].tables[0].unit;
    expect(unit).toBe('局\u001B[2J\u001B]0;pwned\u0007\u009B31m\u202Egnp.exe');
    expect(json.stdout.includes(0x1b)).toBe(false);
  }, 60_000);
});

describe('a folder of hostile files beside valid ones', () => {
  test('every file costs itself only: the batch goes on, checks the valid ones and writes its summary', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    for (const [name, file] of files) copyFileSync(file, join(folder, `${name}.xlsx`));
    const valid = await baseWorkbook();
    for (const n of [1, 2, 3]) writeFileSync(join(folder, `z-valid-${n}.xlsx`), valid);
    const summary = join(dir, 'folder-summary.xlsx');
    const r = await jxzpInChild(['check', folder, '--summary', summary], 240_000);
    expect(r.signal).toBeNull();
    expect(r.exit).toBe(1);
    expect(r.peakMb as number).toBeLessThan(PEAK_MB);
    const refused = HOSTILE_CASES.filter((c) => c.outcome.kind === 'refused').length;
    const checked = HOSTILE_CASES.length - refused + 3;
    expect(r.stdout.toString('utf8')).toContain(
      `共检查 ${HOSTILE_CASES.length + 3} 个文件、${checked} 张表；无法读取 ${refused} 个文件`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(summary);
    // A title row, a header row, one row per file.
    expect(wb.worksheets[0].actualRowCount).toBe(2 + HOSTILE_CASES.length + 3);
  }, 300_000);
});
