import type { Severity } from '../profiles/profile';
import type { FindingCode, FindingParams } from './codes';

/**
 * A finding is data: a stable code, the severity the profile gives it, where it is, and its typed
 * params. No prose: the sentence, and the two values compared, are made at the edge from the zh-CN
 * catalogue (`src/i18n/findings.zh-CN.ts`).
 */
export type Finding = {
  [C in FindingCode]: {
    readonly code: C;
    readonly severity: Severity;
    /** The sheet of `cell`: the table's own, or another one (报告要素). '' for a table read from no sheet. */
    readonly sheet: string;
    /** A1; null when the finding is about the table as a whole. */
    readonly cell: string | null;
    readonly params: FindingParams[C];
  };
}[FindingCode];

/** A finding as a rule or the reader makes it, before the profile gives it a severity. */
export type Draft = {
  [C in FindingCode]: {
    readonly code: C;
    /** Only when the cell is not on the table's sheet (报告要素). */
    readonly sheet?: string;
    readonly cell?: string;
    readonly params: FindingParams[C];
  };
}[FindingCode];
