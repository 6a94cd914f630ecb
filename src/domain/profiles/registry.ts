import type { Profile } from './profile';
import { STANDARD_2020, STANDARD_2020_WHOLE_POINTS } from './standard2020';

export const PROFILES: readonly Profile[] = [STANDARD_2020, STANDARD_2020_WHOLE_POINTS];
export const DEFAULT_PROFILE_ID = STANDARD_2020.id;

export function findProfile(id: string): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}
