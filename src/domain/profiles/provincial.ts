import { ProfileSchema, type Profile } from './profile';
import { STANDARD_2020 } from './standard2020';

/**
 * Scoring rules of provincial forms and systems, each a variant of `standard-2020`; what each
 * changes and where it comes from is in docs/profiles.md.
 */

/**
 * 湖北 county 项目绩效自评表 (黄冈 2020): 预算执行 20 points "得分（20分*执行率）", two 年度绩效目标
 * blocks of 40, 定性 bands 100–80 % / 80–50 % / 50–0 % of the weight (not 60 %).
 */
export const HUBEI_COUNTY_2020: Profile = ProfileSchema.parse({
  ...STANDARD_2020,
  id: 'hubei-county-2020',
  name: '湖北县级项目自评表（执行率20分，定性档 100–80–50–0%）',
  weights: { budget: '20', output: '50', effect: '20', satisfaction: '10' },
  level1WeightsPrescribed: false,
  qualitativeBands: {
    achieved: { min: '0.8', max: '1', maxInclusive: true },
    partial: { min: '0.5', max: '0.8', maxInclusive: false },
    notAchieved: { min: '0', max: '0.5', maxInclusive: false },
  },
});

/**
 * 四川 部门预算项目支出绩效自评表 (510000_0013zp, 2023): 预算执行情况 10 points, 绩效指标 90 points
 * without a prescribed 一级 split, a reason below 90 % 执行率.
 */
export const SICHUAN_2023: Profile = ProfileSchema.parse({
  ...STANDARD_2020,
  id: 'sichuan-2023',
  name: '四川部门预算项目支出绩效自评表（预算执行10分，绩效指标90分）',
  level1WeightsPrescribed: false,
});

/** The provincial budget systems' self-evaluation module: a reason from 120 % over-achievement. */
export const BUDGET_SYSTEM_120: Profile = ProfileSchema.parse({
  ...STANDARD_2020,
  id: 'budget-system-120',
  name: '预算管理一体化系统口径（完成值达指标值120%及以上须说明原因）',
  overCompletionAtLeast: '1.2',
});

/** The grade thresholds 80 / 70 / 60 some systems are configured with. */
export const GRADES_80_70_60: Profile = ProfileSchema.parse({
  ...STANDARD_2020,
  id: 'grades-80-70-60',
  name: '等级线 80/70/60（优≥80，良≥70，中≥60）',
  grades: [
    { grade: '优', min: '80' },
    { grade: '良', min: '70' },
    { grade: '中', min: '60' },
    { grade: '差', min: '0' },
  ],
});
