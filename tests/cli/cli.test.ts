import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { XlsxWorkbookHost } from '../../src/hosts/xlsx';
import { REFERENCE_MERGES, REFERENCE_VALUES } from '../fixtures/referenceGrid';
import { writeHandTyped } from '../fixtures/handTyped';
import { recordingIo } from './recordingIo';
import { renderTemplateWithMap } from '../../src/templates/render';
import { fillPlan } from '../../src/templates/fillPlan';
import type { PlanValue } from '../../src/templates/plan';
import { STANDARD_2020 } from '../../src/domain/profiles/standard2020';

const dir = mkdtempSync(join(tmpdir(), 'jxzp-cli-'));
const reference = join(dir, '望城区信访局2020.xlsx');
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

beforeAll(async () => {
  await writeHandTyped(reference, [{ name: '自评表', rows: REFERENCE_VALUES, merges: REFERENCE_MERGES }]);
});

describe('jxzp template', () => {
  test('writes a new workbook with the form, and never overwrites', async () => {
    const out = join(dir, 'template.xlsx');
    const io = recordingIo();
    expect(
      await run(
        ['template', '--kind', 'project', '--year', '2021', '--unit', '某项目', '--inputs', '--out', out],
        io,
      ),
    ).toBe(0);
    const opened = await XlsxWorkbookHost.open(out);
    if (!opened.ok) throw new Error(opened.error.message);
    expect((await opened.host.listSheets()).map((s) => s.name)).toEqual(['项目支出自评表2021', '报告要素']);
    const again = recordingIo();
    expect(await run(['template', '--year', '2021', '--out', out], again)).toBe(2);
    expect(again.stderr.join('')).toContain('已存在');
  });

  test('an output folder that does not exist: exit 2 with a Chinese message, no crash', async () => {
    const io = recordingIo();
    expect(
      await run(['template', '--year', '2020', '--out', join(dir, 'no-such-folder', 'x.xlsx')], io),
    ).toBe(2);
    expect(io.stderr.join('')).toContain('无法写入');
    const md = recordingIo();
    expect(await run(['report', reference, '--md', join(dir, 'no-such-folder', 'r.md')], md)).toBe(2);
    expect(md.stderr.join('')).toContain('无法写入');
  });

  test.each([
    [['template', '--year', '20', '--out', 'x.xlsx'], '--year 应为'],
    [['template', '--kind', 'foo', '--year', '2020', '--out', 'x.xlsx'], '--kind 应为'],
    [['template', '--year', '2020'], '缺少参数 --out'],
    [['template', '--year', '2020', '--profile', 'nope', '--out', 'x.xlsx'], '未知的评分标准'],
    [['template', '--bogus'], '参数有误'],
  ])('bad options %j → exit 2 with a Chinese message', async (argv, text) => {
    const io = recordingIo();
    expect(await run(argv, io)).toBe(2);
    expect(io.stderr.join('\n')).toContain(text);
  });
});

describe('jxzp check on the hand-typed reference table', () => {
  test('--apply-scores writes a copy with the suggested values; the copy has no 5.76 mismatch; the original is byte-identical', async () => {
    const before = sha(reference);
    const out = join(dir, 'applied.xlsx');
    const io = recordingIo();
    expect(await run(['check', reference, '--apply-scores', out], io)).toBe(1);
    expect(io.stdout).toEqual(
      expect.arrayContaining([
        'H5　执行率得分：6 → 5.76',
        'F7　事业收入执行率：0.00% → （空）',
        'F8　其他资金执行率：0.00% → （空）',
        `已填入 3 处建议值：${out}`,
      ]),
    );
    expect(sha(reference)).toBe(before);
    const again = recordingIo();
    await run(['check', out, '--json'], again);
    const [t] = JSON.parse(again.text()).files[0].tables;
    const codes = t.findings.map((f: { code: string }) => f.code);
    expect(codes).not.toContain('execution-score-mismatch');
    expect(codes).not.toContain('rate-should-be-blank');
    expect(t.budget.enteredScore).toBe('5.76');
    expect(await run(['check', reference, '--apply-scores', out], recordingIo())).toBe(2);
    expect(await run(['check', dir, '--apply-scores', join(dir, 'x.xlsx')], recordingIo())).toBe(2);
  });

  test('prints the findings and exits 1; the input is not modified', async () => {
    const before = sha(reference);
    const io = recordingIo();
    expect(await run(['check', reference], io)).toBe(1);
    const out = io.text();
    expect(out).toContain('执行率 57.59%　执行率得分 5.76');
    expect(out).toMatch(/H5\s+错误\s+执行率得分填为 6，按执行率 57.59% × 分值 10 应为 5.76/);
    expect(out).toContain('效益指标（30分）标明 30 分，其下三级指标分值合计 40 分');
    expect(out).toContain('全表分值合计 110 分');
    expect(out).toContain('全表得分合计 106 分');
    expect(out).toContain('本行疑似错位');
    expect(sha(reference)).toBe(before);
  });

  test('--json prints one object with exact figures as strings', async () => {
    const io = recordingIo();
    expect(await run(['check', reference, '--json'], io)).toBe(1);
    const json = JSON.parse(io.text());
    expect(json.files).toHaveLength(1);
    const [file] = json.files;
    expect(file.error).toBeNull();
    const [t] = file.tables;
    expect(t).toMatchObject({
      sheet: '自评表',
      kind: 'overall',
      unit: '长沙市望城区信访局',
      year: 2020,
      budget: {
        planned: '1036.03',
        actual: '596.68',
        rate: '57.59',
        weight: '10',
        score: '5.76',
        enteredScore: '6',
      },
      totals: { weights: '110', enteredScore: '106', grade: '优' },
    });
    const codes = t.findings.map((f: { code: string }) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'execution-score-mismatch',
        'level1-weight-sum',
        'weights-total',
        'score-total-over-max',
        'scored-without-actual',
        'target-copies-name',
        'row-shifted',
        'execution-low-no-reason',
      ]),
    );
    for (const f of t.findings)
      expect(Object.keys(f).sort()).toEqual(expect.arrayContaining(['cell', 'code', 'message', 'severity']));
  });

  test('whole-point profile: the entered 6 is right', async () => {
    const io = recordingIo();
    await run(['check', reference, '--json', '--profile', 'standard-2020-whole-points'], io);
    const [t] = JSON.parse(io.text()).files[0].tables;
    expect(t.budget.score).toBe('6');
    expect(t.findings.map((f: { code: string }) => f.code)).not.toContain('execution-score-mismatch');
  });

  test('--marked writes a marked copy; the original keeps its formatting', async () => {
    const out = join(dir, 'marked.xlsx');
    const before = sha(reference);
    expect(await run(['check', reference, '--marked', out], recordingIo())).toBe(1);
    expect(sha(reference)).toBe(before);
    const opened = await XlsxWorkbookHost.open(out);
    if (!opened.ok) throw new Error(opened.error.message);
    const cell = opened.host.workbook.getWorksheet('自评表')?.getCell('H5');
    expect(cell?.note).toBeDefined();
    expect(JSON.stringify(cell?.note)).toContain('5.76');
    expect(await run(['check', reference, '--marked', reference], recordingIo())).toBe(2);
  });
});

describe('jxzp check on a folder', () => {
  test('goes on past bad files, writes a summary, exits 1', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'jxzp-folder-'));
    copyFileSync(reference, join(folder, 'a.xlsx'));
    writeFileSync(join(folder, 'b.xlsx'), 'this is not a workbook');
    writeFileSync(join(folder, 'c.xlsx'), '');
    writeFileSync(
      join(folder, 'd.xlsx'),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    );
    await writeHandTyped(join(folder, 'e.xlsx'), [{ name: 'Sheet1', rows: [['随便写的内容', 1, 2]] }]);
    const summary = join(dir, 'summary.xlsx');
    const io = recordingIo();
    expect(await run(['check', folder, '--json', '--summary', summary], io)).toBe(1);
    const json = JSON.parse(io.text());
    const byName = Object.fromEntries(json.files.map((f: { file: string }) => [f.file.split('/').pop(), f]));
    expect(byName['a.xlsx'].tables).toHaveLength(1);
    for (const bad of ['b.xlsx', 'c.xlsx', 'd.xlsx', 'e.xlsx']) {
      expect(byName[bad].error).toMatch(/[\u4e00-\u9fff]/);
      expect(byName[bad].tables).toEqual([]);
    }
    expect(io.stderr.filter((l) => /^\[\d+\/5\]/.test(l))).toHaveLength(5);
    const opened = await XlsxWorkbookHost.open(summary);
    if (!opened.ok) throw new Error(opened.error.message);
    const grid = await opened.host.readGrid('汇总');
    expect(grid.values[1]).toEqual(expect.arrayContaining(['文件', '执行率', '执行率得分', '总分', '等级']));
    const row = grid.values.find((r) => typeof r[0] === 'string' && r[0].endsWith('a.xlsx'));
    expect(row?.slice(2, 8)).toEqual(['长沙市望城区信访局', 2020, 0.5759, 5.76, 95.76, '优']);
  });

  test('a single unreadable file exits 2; a missing path exits 2', async () => {
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, 'nope');
    expect(await run(['check', bad], recordingIo())).toBe(2);
    expect(await run(['check', join(dir, 'missing.xlsx')], recordingIo())).toBe(2);
  });

  test('a correctly filled template exits 0 and says so', async () => {
    const out = join(dir, 'clean.xlsx');
    const rendered = renderTemplateWithMap({
      kind: 'overall',
      year: 2024,
      unit: '某局',
      profile: STANDARD_2020,
    });
    if (!rendered.ok || rendered.map.kind !== 'overall') throw new Error('render failed');
    const m = rendered.map;
    const first = (level1: string) => m.indicators.find((i) => i.level1Key === level1);
    const values = new Map<string, PlanValue>([
      [m.budget[0].planned, 100],
      [m.budget[0].actual, 95],
      [m.budget[0].reason, null],
    ]);
    for (const [key, target, actual, w] of [
      ['output', '≥100件', '120件', 50],
      ['effect', '≥90%', '95%', 30],
      ['satisfaction', '≥90%', '96%', 10],
    ] as const) {
      const row = first(key);
      if (!row) throw new Error(key);
      values
        .set(row.name, `${key}指标`)
        .set(row.target, target)
        .set(row.actual, actual)
        .set(row.weight, w)
        .set(row.score, w);
    }
    const host = XlsxWorkbookHost.create();
    await host.applyPlan(fillPlan(rendered.plan, values));
    await host.save(out);
    const io = recordingIo();
    expect(await run(['check', out, '--json'], io)).toBe(0);
    const [t] = JSON.parse(io.text()).files[0].tables;
    expect(t.errors).toBe(0);
    // 执行率得分 is a formula nobody has calculated yet: not a missing score.
    expect(t.findings.map((f: { code: string }) => f.code)).not.toContain('execution-score-missing');
    expect(t.budget).toMatchObject({ rate: '95.00', score: '9.50' });
    expect(t.totals).toMatchObject({ weights: '100', ruleScore: '99.50', grade: '优' });
  });
});
