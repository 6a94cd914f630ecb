import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { recordingIo } from './recordingIo';

describe('jxzp demo (the README’s first command)', () => {
  test('inserts, fills, checks and reports on the built-in example', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'jxzp-demo-')), 'out');
    const io = recordingIo();
    expect(await run(['demo', '--out', dir], io)).toBe(0);
    for (const f of [
      '空白自评表.xlsx',
      '示例自评表.xlsx',
      '示例自评表（已标注）.xlsx',
      '自评报告.docx',
      '自评报告.md',
    ]) {
      expect(existsSync(join(dir, f))).toBe(true);
    }
    const out = io.text();
    expect(out).toMatch(/G5\s+错误\s+执行率得分填为 6，按执行率 57.59% × 分值 10 应为 5.76/);
    expect(out).toContain('报告要素!B7');
    expect(out).toContain('第 4 步：根据表中数据生成自评报告');
    const md = readFileSync(join(dir, '自评报告.md'), 'utf8');
    expect(md).toContain('未执行资金 439.35 万元');
    expect(md).toContain('【请填写：评价依据（文件名与文号）】');
  });
});
