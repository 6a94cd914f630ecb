import { REPORT_INPUTS_TEXT as T } from './formText.zh-CN';

/** What a fact holds decides its number format and validation. */
export type FactKind = 'amount' | 'count' | 'text';

export type ReportFactKey = keyof typeof T.facts;

export interface ReportFact {
  readonly key: ReportFactKey;
  readonly label: string;
  readonly hint: string;
  readonly kind: FactKind;
}

function fact(key: ReportFactKey, kind: FactKind): ReportFact {
  return { key, kind, ...T.facts[key] };
}

/** 报告要素: facts the report needs that the table does not hold, in sheet order (from row 3). */
export const REPORT_INPUTS_LAYOUT = {
  title: T.title,
  headers: T.headers,
  facts: [
    fact('basis', 'text'),
    fact('staffQuota', 'count'),
    fact('staffActual', 'count'),
    fact('departments', 'text'),
    fact('basicExpense', 'amount'),
    fact('salaries', 'amount'),
    fact('goodsAndServices', 'amount'),
    fact('householdSubsidies', 'amount'),
    fact('projectExpense', 'amount'),
    fact('achievements', 'text'),
    fact('problems', 'text'),
    fact('improvements', 'text'),
  ] satisfies readonly ReportFact[],
} as const;
