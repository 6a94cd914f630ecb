import type { Profile } from './profile';
import { BUDGET_SYSTEM_120, GRADES_80_70_60, HUBEI_COUNTY_2020, SICHUAN_2023 } from './provincial';
import { STANDARD_2020, STANDARD_2020_WHOLE_POINTS } from './standard2020';

export const PROFILES: readonly Profile[] = [
  STANDARD_2020,
  STANDARD_2020_WHOLE_POINTS,
  SICHUAN_2023,
  HUBEI_COUNTY_2020,
  BUDGET_SYSTEM_120,
  GRADES_80_70_60,
];
export const DEFAULT_PROFILE_ID = STANDARD_2020.id;

export function findProfile(id: string): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}
