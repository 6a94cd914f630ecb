import type { QualitativeLevel } from '../../../src/domain/expression.types';
import { compareStandards, levelOfStandard, standardOf } from '../../../src/domain/parse/standards';

function standard(text: string) {
  const s = standardOf(text);
  if (!s) throw new Error(`not a standard: ${text}`);
  return s;
}

describe('compareStandards: how an actual standard meets its target', () => {
  test.each<[string, string, QualitativeLevel | null]>([
    ['显著提升', '显著提升', 'achieved'],
    ['显著提升', '明显改善', 'achieved'],
    ['有效提高', '显著提升', 'achieved'],
    ['显著提升', '有效提高', 'partial'],
    ['显著提升', '有所提升', 'partial'],
    ['显著提升', '未提升', 'notAchieved'],
    ['逐步提升', '逐步提升', 'achieved'],
    ['效果明显', '效果一般', 'partial'],
    ['高', '较高', 'partial'],
    ['高', '低', 'notAchieved'],
    ['合格', '合格', 'achieved'],
    ['合格', '不合格', 'notAchieved'],
    ['否', '否', 'achieved'],
    ['否', '是', 'notAchieved'],
    ['按时完成', '延期', 'notAchieved'],
    ['合格', '显著提升', 'achieved'],
    ['合格', '未改善', 'notAchieved'],
    ['否', '显著提升', null],
    ['显著提升', '是', null],
  ])('target %s, actual %s → %p', (target, actual, level) => {
    expect(compareStandards(standard(target), standard(actual))).toBe(level);
  });
});

describe('levelOfStandard: an actual standard against a sentence target', () => {
  test.each<[string, QualitativeLevel]>([
    ['显著提升', 'achieved'],
    ['有效提高', 'achieved'],
    ['逐步提升', 'partial'],
    ['效果不明显', 'notAchieved'],
    ['合格', 'achieved'],
    ['不合格', 'notAchieved'],
  ])('%s → %s', (actual, level) => {
    expect(levelOfStandard(standard(actual))).toBe(level);
  });
});
