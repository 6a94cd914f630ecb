import fc from 'fast-check';
import { CELL_TEXT_MAX, fitCellText, fitPlanTexts } from '../../src/templates/cellText';
import type { SheetPlan } from '../../src/templates/plan';

describe('fitCellText', () => {
  test('a text that fits is kept; a longer one is cut to 32,767 characters with a mark giving its length', () => {
    expect(fitCellText('部门职能')).toBe('部门职能');
    const long = '职能'.repeat(20_000);
    const fitted = fitCellText(long);
    expect(fitted).toHaveLength(CELL_TEXT_MAX);
    expect(fitted.startsWith('职能职能')).toBe(true);
    expect(fitted.endsWith('【以下已截断：原文共 40000 个字符，一个单元格最多容纳 32767 个】')).toBe(true);
  });

  test('never more than a cell holds, never half a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 30_000, maxLength: 40_000 }), (text) => {
        const fitted = fitCellText(text);
        expect(fitted.length).toBeLessThanOrEqual(CELL_TEXT_MAX);
        expect(fitted).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      }),
      { numRuns: 20 },
    );
  });

  test('fitPlanTexts cuts only the texts that are too long, and keeps the plan when none is', () => {
    const plan = {
      sheetName: 's',
      blocks: [{ top: 1, left: 1, values: [['a', 1, null]] }],
    } as unknown as SheetPlan;
    expect(fitPlanTexts(plan)).toBe(plan);
    const long = {
      ...plan,
      blocks: [{ top: 1, left: 1, values: [['x'.repeat(40_000), 1, { formula: 'A1' }]] }],
    };
    const [[text, n, f]] = fitPlanTexts(long).blocks[0].values;
    expect((text as string).length).toBe(CELL_TEXT_MAX);
    expect([n, f]).toEqual([1, { formula: 'A1' }]);
  });
});
