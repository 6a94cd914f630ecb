import { checkSheet } from '../../src/app/checkWorkbook';
import type { RawValue } from '../../src/domain/cellValue.types';
import { narrate } from '../../src/domain/report/narrate';
import type { Report } from '../../src/domain/report/report.types';
import { toText } from '../../src/domain/report/render/toText';
import type { Grid } from '../../src/templates/grid';
import { PROVINCIAL_FIXTURES } from '../fixtures/provincial';
import type { ProvincialFixture } from '../fixtures/provincial/fixture';
import { sichuanMistakes } from '../fixtures/provincial/sichuan';

function reportsOf(grid: Grid): Report[] {
  return checkSheet(grid).tables.map((t) => narrate(t.evaluation, null, t.profile));
}

function paragraphsOf(report: Report): string[] {
  const paragraphs = [report.title, ...report.preamble, ...report.sections.flatMap((s) => s.paragraphs)];
  return [...paragraphs.map((p) => p.map((r) => r.text).join('')), ...report.sections.map((s) => s.heading)];
}

/** Every cell of the fixture rewritten by `edit` (texts only). */
function rewritten(f: ProvincialFixture, edit: (text: string) => string): Grid {
  return {
    ...f.grid,
    values: f.grid.values.map((row) => row.map((v): RawValue => (typeof v === 'string' ? edit(v) : v))),
  };
}

/** A clerk's Alt+Enter in the middle of a short label (`产出\n指标`, `养护\n里程`); values with digits kept. */
const breakLabel = (text: string) =>
  text.length >= 4 && text.length <= 14 && !/[\d%≥≤=<>]/.test(text)
    ? `${text.slice(0, 2)}\n${text.slice(2)}`
    : text;

const DOUBLED = /[，、；：,;:][。，；、]|。[。，；]/;

describe('reports from provincial tables', () => {
  test.each(PROVINCIAL_FIXTURES.map((f) => [f.id, f] as const))(
    '%s: line breaks in labels never reach a sentence',
    (_, f) => {
      const reports = reportsOf(rewritten(f, breakLabel));
      expect(reports.length).toBe(1);
      for (const p of paragraphsOf(reports[0])) expect(p).not.toMatch(/\n/);
    },
  );

  test.each(
    PROVINCIAL_FIXTURES.flatMap((f) =>
      ['，', '；', '。', '，。', '、', '：'].map((end) => [f.id, end, f] as const),
    ),
  )('%s, texts ending with %p: no doubled punctuation', (_, end, f) => {
    const grid = rewritten(f, (text) =>
      text.length > 1 && !/^[\d.%≥≤=＝﹦<>/]+/.test(text) ? text + end : text,
    );
    for (const report of reportsOf(grid)) {
      for (const p of paragraphsOf(report)) expect(p).not.toMatch(DOUBLED);
    }
  });

  test('四川: the printed note is no reason, 指标性质 and 度量单位 join the value', () => {
    const [report] = reportsOf(sichuanMistakes.grid);
    const text = toText(report);
    expect(text).not.toContain('字以内');
    expect(text).toContain('执行率低于 90%，原因：【请填写：预算执行率偏低的原因】。');
    expect(text).toContain(
      '质量指标“工资发放准确率”：指标值≥99%，完成值97%，分值 20 分，得分 19.60 分（自评表填报 20 分）。',
    );
    expect(text).toContain('项目立项依据及主要内容：按月编制工资发放清单，经审核后通过国库集中支付发放。');
  });
});
