import type { Severity } from '../profiles/profile';
import type { FindingCode, FindingParams } from './codes';

/**
 * A finding is data: a stable code, its typed params and its location. `message` is made from the
 * zh-CN catalogue (it names the cell and both values); `expected` and `actual` are the two values
 * compared, as exact strings, when there are two.
 */
export type Finding = {
  [C in FindingCode]: {
    readonly code: C;
    readonly severity: Severity;
    /** The sheet of `cell` when it is not the table's own sheet (e.g. 报告要素). */
    readonly sheet?: string;
    readonly cell?: string;
    readonly params: FindingParams[C];
    readonly message: string;
    readonly expected?: string;
    readonly actual?: string;
  };
}[FindingCode];

/** A finding before the profile gives it a severity and the catalogue a message. */
export type Draft = {
  [C in FindingCode]: {
    readonly code: C;
    readonly sheet?: string;
    readonly cell?: string;
    readonly params: FindingParams[C];
    readonly expected?: string;
    readonly actual?: string;
  };
}[FindingCode];
