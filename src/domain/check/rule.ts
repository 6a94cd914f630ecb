import type { Draft } from '../findings/finding';
import type { EvaluationTable } from '../model';
import type { Profile } from '../profiles/profile';
import type { Scores } from '../score/scores.types';

export interface CheckContext {
  readonly table: EvaluationTable;
  readonly scores: Scores;
  readonly profile: Profile;
}

/** A check rule: reads the context, returns drafts (code, cell, params). Severity is the profile's. */
export type Rule = (ctx: CheckContext) => Draft[];
