import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSheet, pairInputs } from '../../src/app/checkWorkbook';
import { summarize } from '../../src/app/summarize';
import { run } from '../../src/cli/main';
import { writeHandTyped } from '../fixtures/handTyped';
import { PROVINCIAL_FIXTURES } from '../fixtures/provincial';
import { sichuanMistakes } from '../fixtures/provincial/sichuan';
import { recordingIo } from '../cli/recordingIo';

/**
 * `jxzp check` on every provincial fixture written as a plain .xlsx with ExcelJS, the way a clerk's
 * workbook reaches a reviewer: the file reads as the grid does (same figures, same findings at the
 * same cells), the implied profile is named, and a folder of them is reviewed in one run.
 */
const dir = mkdtempSync(join(tmpdir(), 'jxzp-provincial-'));
const folder = join(dir, '各省自评表');
const fileOf = (id: string) => join(folder, `${id}.xlsx`);

beforeAll(async () => {
  mkdirSync(folder);
  for (const f of PROVINCIAL_FIXTURES) {
    await writeHandTyped(fileOf(f.id), [{ name: f.grid.sheet, rows: f.grid.values, merges: [...f.merges] }]);
  }
});

interface JsonTable {
  profile: string;
  year: number | null;
  budget: { rate: string | null; score: string | null };
  totals: { weights: string; enteredScore: string; ruleScore: string | null; grade: string | null };
  findings: { code: string; cell: string | null }[];
}

describe('jxzp check on the provincial fixtures written as .xlsx', () => {
  test.each(PROVINCIAL_FIXTURES.map((f) => [f.id, f] as const))('%s reads as its grid', async (id, f) => {
    const io = recordingIo();
    const exit = await run(['check', fileOf(id), '--json'], io);
    const [t] = JSON.parse(io.text()).files[0].tables as JsonTable[];
    const expected = summarize(pairInputs(checkSheet(f.grid).tables, null)[0]);
    expect(t.profile).toBe(expected.profile);
    expect(t.year).toBe(expected.year);
    expect([t.budget.rate, t.budget.score]).toEqual([expected.budget.rate, expected.budget.score]);
    expect(t.totals).toEqual(expected.totals);
    expect(t.findings.map((x) => `${x.cell} ${x.code}`)).toEqual(
      expected.findings.map((x) => `${x.cell} ${x.code}`),
    );
    expect(exit).toBe(expected.errors > 0 ? 1 : 0);
  });

  test('the text output names the profile the form implies, and the findings', async () => {
    const io = recordingIo();
    expect(await run(['check', fileOf(sichuanMistakes.id)], io)).toBe(1);
    const out = io.text();
    expect(out).toContain('执行率 82.00%　执行率得分 8.20　总分 97.80　等级 优　评分标准 sichuan-2023');
    expect(out).toMatch(
      /K17\s+错误\s+指标“工资发放准确率”完成值未达指标值（按规则得分 19.60，分值 20），须填写偏差原因分析及改进措施/,
    );
    expect(out).toMatch(/F10\s+错误\s+预算执行率 82.00% 低于 90%（未执行 45.34 万元），须说明原因/);
  });

  test('a folder of every family: one table each, the clean ones without findings', async () => {
    const io = recordingIo();
    expect(await run(['check', folder, '--json'], io)).toBe(1);
    const files = JSON.parse(io.text()).files as { file: string; tables: JsonTable[] }[];
    expect(files).toHaveLength(PROVINCIAL_FIXTURES.length);
    for (const f of PROVINCIAL_FIXTURES) {
      const file = files.find((x) => x.file.endsWith(`${f.id}.xlsx`));
      expect(file?.tables).toHaveLength(1);
      if (f.clean && f.family !== 'hubei-county') expect(file?.tables[0].findings).toEqual([]);
    }
  });
});
