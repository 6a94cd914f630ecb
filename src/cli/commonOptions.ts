import { findProfile, PROFILES } from '../domain/profiles/registry';
import type { Profile } from '../domain/profiles/profile';
import { CLI_TEXT as T } from '../i18n/cli.zh-CN';
import type { PackageLimits } from '../xlsxPackage';
import { listOption, stringOption, type ParsedArgs } from './args';
import { limitsOption } from './limits';

export type ProfileResult =
  | { readonly ok: true; readonly profile: Profile | undefined }
  | { readonly ok: false; readonly message: string };

/** `--profile ID`: a known profile, or a message listing the known ones (never the default in its place). */
export function profileOption(id: string | undefined): ProfileResult {
  if (id === undefined) return { ok: true, profile: undefined };
  const profile = findProfile(id);
  return profile
    ? { ok: true, profile }
    : { ok: false, message: T.unknownProfile(id, PROFILES.map((p) => p.id).join('、')) };
}

export type ReadOptions =
  | { readonly ok: true; readonly profileId: string | undefined; readonly limits: PackageLimits }
  | { readonly ok: false; readonly message: string };

/** What `check` and `report` read files with: `--profile` and `--limit`. */
export function readOptions(args: ParsedArgs): ReadOptions {
  const profile = profileOption(stringOption(args, 'profile'));
  if (!profile.ok) return profile;
  const limits = limitsOption(listOption(args, 'limit'));
  if (!limits.ok) return limits;
  return { ok: true, profileId: profile.profile?.id, limits: limits.limits };
}
