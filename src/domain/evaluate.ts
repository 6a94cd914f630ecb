import { checkTable } from './check/checkTable';
import type { Draft, Finding } from './findings/finding';
import { createTable, type EvaluationTable, type TableInput } from './model';
import type { Profile } from './profiles/profile';
import { scoreTable } from './score/scoreTable';
import type { Scores } from './score/scores.types';

export interface Evaluation {
  readonly table: EvaluationTable;
  readonly scores: Scores;
  readonly findings: readonly Finding[];
}

/** parse → score → check: the whole core on one table. */
export function evaluate(
  input: TableInput,
  profile: Profile,
  readerDrafts: readonly Draft[] = [],
): Evaluation {
  const table = createTable(input);
  const scores = scoreTable(table, profile);
  return { table, scores, findings: checkTable(table, scores, profile, readerDrafts) };
}
