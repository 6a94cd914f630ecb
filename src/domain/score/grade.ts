import { Decimal } from '../decimal';
import type { Profile } from '../profiles/profile';
import type { Grade } from './scores.types';

/** 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60 (thresholds from the profile). */
export function gradeOf(total: Decimal, profile: Profile): Grade {
  for (const g of profile.grades) if (total.gte(new Decimal(g.min))) return g.grade;
  return profile.grades[profile.grades.length - 1].grade;
}
