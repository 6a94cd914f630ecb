import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { STANDARD_2020 } from '../../src/domain/profiles/standard2020';
import { XlsxWorkbookHost } from '../../src/hosts/xlsx';
import { fillPlan } from '../../src/templates/fillPlan';
import type { PlanValue } from '../../src/templates/plan';
import { renderTemplateWithMap } from '../../src/templates/render';
import { writeHandTyped } from '../fixtures/handTyped';
import { REFERENCE_MERGES, REFERENCE_VALUES } from '../fixtures/referenceGrid';
import { REFERENCE_INPUTS } from '../report/referenceInputs';
import { recordingIo } from './recordingIo';

const dir = mkdtempSync(join(tmpdir(), 'jxzp-report-'));
const book = join(dir, '望城区信访局2020（含报告要素）.xlsx');
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

/** The hand-typed reference table plus a 报告要素 sheet filled from the reference report. */
beforeAll(async () => {
  const plain = join(dir, 'plain.xlsx');
  await writeHandTyped(plain, [{ name: '自评表', rows: REFERENCE_VALUES, merges: REFERENCE_MERGES }]);
  const opened = await XlsxWorkbookHost.open(plain);
  if (!opened.ok) throw new Error(opened.error.message);
  const rendered = renderTemplateWithMap({
    kind: 'reportInputs',
    year: 2020,
    unit: '',
    profile: STANDARD_2020,
  });
  if (!rendered.ok || rendered.map.kind !== 'reportInputs') throw new Error('render failed');
  const values = new Map<string, PlanValue>();
  for (const fact of rendered.map.facts) {
    const input = REFERENCE_INPUTS[fact.key as keyof typeof REFERENCE_INPUTS];
    if (input && typeof input === 'object' && input.raw !== null && typeof input.raw !== 'boolean')
      values.set(fact.cell, input.raw);
  }
  await opened.host.applyPlan(fillPlan(rendered.plan, values));
  await opened.host.save(book);
});

describe('jxzp report', () => {
  test('prints the report from the sheets, writes Markdown, .docx and a copy with the report sheet', async () => {
    const before = sha(book);
    const md = join(dir, '报告.md');
    const docx = join(dir, '报告.docx');
    const copy = join(dir, '含报告.xlsx');
    const io = recordingIo();
    expect(await run(['report', book, '--md', md, '--docx', docx, '--sheet', copy], io)).toBe(0);
    const text = io.text();
    for (const fact of [
      '1036.03 万元',
      '596.68 万元',
      '57.59%',
      '439.35 万元',
      '95.76 分',
      '“优”',
      '效益指标标明 30 分，其下三级指标分值合计 40 分',
      '【请填写：评价依据（文件名与文号）】',
    ]) {
      expect(text).toContain(fact);
    }
    expect(text).toContain('报告要素!B7');
    expect(readFileSync(md, 'utf8')).toContain('# 2020年度长沙市望城区信访局部门整体支出绩效自评报告');
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const opened = await XlsxWorkbookHost.open(copy);
    if (!opened.ok) throw new Error(opened.error.message);
    expect((await opened.host.listSheets()).map((s) => s.name)).toEqual(['自评表', '报告要素', '自评报告']);
    expect(sha(book)).toBe(before);
  });

  test('check reports the report-versus-table findings with their sheet', async () => {
    const io = recordingIo();
    expect(await run(['check', book, '--json'], io)).toBe(1);
    const [t] = JSON.parse(io.text()).files[0].tables;
    const byCode = (code: string) => t.findings.filter((f: { code: string }) => f.code === code);
    expect(byCode('report-basic-parts-sum')[0]).toMatchObject({
      cell: '报告要素!B7',
      expected: '596.68',
      actual: '655.70',
    });
    expect(byCode('report-expenditure-total')[0].message).toContain('753.18');
    expect(byCode('report-number-differs')[0].message).toMatch(/37.*32|32.*37/);
  });

  test('a workbook without a table: exit 2 with a Chinese message', async () => {
    const empty = join(dir, 'empty.xlsx');
    await writeHandTyped(empty, [{ name: 'Sheet1', rows: [['hello']] }]);
    const io = recordingIo();
    expect(await run(['report', empty], io)).toBe(2);
    expect(io.stderr.join('')).toContain('未找到绩效自评表');
  });
});
