import type { Profile } from '../domain/profiles/profile';
import { DEFAULT_PROFILE_ID, findProfile } from '../domain/profiles/registry';

/** The profile a table is checked with: the user's explicit choice, else the one stored with the table, else the default. */
export function chooseProfile(explicitId: string | undefined, storedId: string | undefined): Profile {
  return (
    (explicitId ? findProfile(explicitId) : undefined) ??
    (storedId ? findProfile(storedId) : undefined) ??
    (findProfile(DEFAULT_PROFILE_ID) as Profile)
  );
}
