import { findProfile } from '../../src/domain/profiles/registry';
import {
  FORM_FAMILIES,
  familyOf,
  type FamilyId,
  type HeaderSigns,
} from '../../src/templates/layouts/families';

describe("familyOf: the form family a table's headers name", () => {
  test.each<[string, HeaderSigns, FamilyId, string | null]>([
    [
      '四川 510000_0013zp',
      {
        budget: [
          '年度预算数(万元)',
          '年初预算',
          '调整后预算数',
          '预算执行数',
          '预算执行率',
          '权重',
          '得分',
          '原因',
        ],
        indicators: ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重'],
        kind: 'project',
      },
      'sichuan',
      'sichuan-2023',
    ],
    [
      '湖北 county',
      {
        budget: ['预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
        indicators: ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
        kind: 'project',
      },
      'hubei-county',
      'hubei-county-2020',
    ],
    [
      '重庆 flat list',
      {
        budget: ['年初预算数', '全年(调整)预算数', '全年执行数', '执行率(%)', '执行率权重', '执行率得分(分)'],
        indicators: [
          '指标名称',
          '计量单位',
          '指标性质',
          '年初指标值',
          '调整指标值',
          '全年完成值',
          '得分系数(%)',
        ],
        kind: 'overall',
      },
      'chongqing-flat',
      null,
    ],
    [
      '贵州 部门整体',
      {
        budget: ['项目', '年初预算数(A)', '全年执行数(B)', '分值(10分)', '得分', '得分计算方法'],
        indicators: ['一级指标', '二级指标', '三级指标', '指标值', '完成值', '分值', '得分'],
        kind: 'overall',
      },
      'guizhou-overall',
      null,
    ],
    [
      '四川 county 衔接资金',
      {
        budget: ['全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'],
        indicators: ['一级指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分'],
        kind: 'project',
      },
      'sichuan-county',
      null,
    ],
    [
      'split 年度指标值 (two rows)',
      {
        budget: ['资金来源', '全年预算数', '全年执行数', '执行率', '分值', '得分'],
        indicators: ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '实际完成值'],
        kind: 'overall',
      },
      'split-target',
      null,
    ],
    [
      'national project',
      {
        budget: ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        indicators: ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        kind: 'project',
      },
      'national-project',
      null,
    ],
    [
      'national overall',
      {
        budget: ['资金来源', '全年预算数', '全年执行数'],
        indicators: ['三级指标', '指标值'],
        kind: 'overall',
      },
      'national-overall',
      null,
    ],
  ])('%s', (_, signs, id, profile) => {
    const f = familyOf(signs);
    expect(f.id).toBe(id);
    expect(f.profile).toBe(profile);
  });

  test('a 贵州-like header that also has 全年预算数 is not 贵州', () => {
    expect(
      familyOf({ budget: ['年初预算数(A)', '全年预算数', '全年执行数(B)'], indicators: [], kind: 'overall' })
        .id,
    ).toBe('national-overall');
  });
});

test.each(FORM_FAMILIES.filter((f) => f.profile !== null).map((f) => [f.id, f.profile as string]))(
  'the profile %s implies (%s) is a known profile',
  (_, profile) => {
    expect(findProfile(profile)?.id).toBe(profile);
  },
);
