import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { writeBigWorkbook } from '../fixtures/hostile/bigWorkbook';
import { jxzpInChild } from '../fixtures/hostile/inChild';
import { recordingIo } from '../cli/recordingIo';

/**
 * A workbook as finance offices keep them: the table on its first sheet, two data sheets of 40,000 rows
 * beside it (the bench checks the 20 MB one, 170,000 rows each). The data sheets hold no label of the
 * forms: they are scanned, never loaded.
 */
const dir = mkdtempSync(join(tmpdir(), 'jxzp-big-'));
const book = join(dir, '部门数据.xlsx');
beforeAll(() => writeBigWorkbook(book, 2, 40_000), 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('checked without loading the data sheets, in bounded memory; they are named as not read', async () => {
  const r = await jxzpInChild(['check', book], 120_000);
  expect(r.exit).toBe(1);
  expect(r.stdout.toString('utf8')).toContain('执行率 57.59%　执行率得分 5.76');
  expect(r.stderr).toContain('工作表“明细1”有 320,000 个单元格且没有自评表的栏目，未读取。');
  expect(r.stderr).toContain('工作表“明细2”有 320,000 个单元格且没有自评表的栏目，未读取。');
  expect(r.peakMb as number).toBeLessThan(512);
}, 150_000);

test('--json says which sheets were not read', async () => {
  const io = recordingIo();
  expect(await run(['check', book, '--json'], io)).toBe(1);
  const [file] = JSON.parse(io.text()).files;
  expect(file.sheetsNotRead).toEqual([
    { sheet: '明细1', cells: 320_000 },
    { sheet: '明细2', cells: 320_000 },
  ]);
  expect(file.tables).toHaveLength(1);
}, 60_000);

test('a marked copy would need every sheet, past the cell limit: the findings are shown, nothing is written', async () => {
  const out = join(dir, 'marked.xlsx');
  const summary = join(dir, 'summary.xlsx');
  const io = recordingIo();
  expect(await run(['check', book, '--marked', out, '--summary', summary], io)).toBe(2);
  expect(io.text()).toContain('执行率 57.59%');
  expect(io.stderr.join('\n')).toContain('无法生成该工作簿的副本（标注或填分）——');
  expect(io.stderr.join('\n')).toContain('因此本次没有写入任何输出文件');
  expect(existsSync(out) || existsSync(summary)).toBe(false);
}, 60_000);
