import type { CheckOutcome, TableRef, TableView } from '../../app/session.types';
import type { Failure } from '../shared/failure';

/** A finished check: what the workbook holds now. */
export type CheckedWorkbook = Extract<CheckOutcome, { ok: true }>;

export type AutoCheck = 'off' | 'starting' | 'on' | 'stopping';

export type CheckNotice =
  | { readonly kind: 'checked'; readonly marked: number }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'cleared' }
  | Failure;

/**
 * The workbook as last checked (the 计算 and 报告 parts read their table from here too), the table
 * the user chose, and the 校验 part's own busy states.
 */
export interface CheckState {
  readonly running: boolean;
  readonly progress: { readonly done: number; readonly total: number } | null;
  readonly workbook: CheckedWorkbook | null;
  /** `tableKey` of the chosen table; kept across re-checks while that table is still there. */
  readonly chosen: string | null;
  readonly clearing: boolean;
  readonly autoCheck: AutoCheck;
  readonly notice: CheckNotice | null;
}

export type CheckAction =
  | { readonly type: 'started' }
  | { readonly type: 'progressed'; readonly done: number; readonly total: number }
  | { readonly type: 'finished'; readonly outcome: CheckOutcome }
  | { readonly type: 'autoChecked'; readonly outcome: CheckOutcome }
  | { readonly type: 'failed'; readonly failure: Failure }
  | { readonly type: 'tableChosen'; readonly key: string }
  | { readonly type: 'clearStarted' }
  | { readonly type: 'cleared' }
  | { readonly type: 'clearFailed'; readonly failure: Failure }
  | { readonly type: 'autoCheckChanged'; readonly autoCheck: AutoCheck }
  | { readonly type: 'noticeDismissed' };

export const initialCheckState: CheckState = {
  running: false,
  progress: null,
  workbook: null,
  chosen: null,
  clearing: false,
  autoCheck: 'off',
  notice: null,
};

export function tableKey(ref: TableRef): string {
  return `${ref.sheet}!R${ref.area.top}C${ref.area.left}`;
}

/** The chosen table, else the first; null before a check or when the workbook holds none. */
export function chosenTable(state: CheckState): TableView | null {
  const tables = state.workbook?.tables ?? [];
  return tables.find((t) => tableKey(t.ref) === state.chosen) ?? tables[0] ?? null;
}

function withOutcome(state: CheckState, outcome: CheckOutcome, quiet: boolean): CheckState {
  if (!outcome.ok) {
    const notice: CheckNotice =
      outcome.reason === 'cancelled' ? { kind: 'cancelled' } : { kind: 'error', detail: outcome.message };
    return { ...state, running: false, progress: null, notice };
  }
  const stillThere = outcome.tables.some((t) => tableKey(t.ref) === state.chosen);
  return {
    ...state,
    running: false,
    progress: null,
    workbook: outcome,
    chosen: stillThere ? state.chosen : outcome.tables[0] ? tableKey(outcome.tables[0].ref) : null,
    // An automatic re-check refreshes the list without a banner each keystroke.
    notice: quiet ? state.notice : { kind: 'checked', marked: outcome.marked },
  };
}

export function checkReducer(state: CheckState, action: CheckAction): CheckState {
  switch (action.type) {
    case 'started':
      return { ...state, running: true, progress: null, notice: null };
    case 'progressed':
      return { ...state, progress: { done: action.done, total: action.total } };
    case 'finished':
      return withOutcome(state, action.outcome, false);
    case 'autoChecked':
      return withOutcome(state, action.outcome, true);
    case 'failed':
      return { ...state, running: false, progress: null, notice: action.failure };
    case 'tableChosen':
      return { ...state, chosen: action.key };
    case 'clearStarted':
      return { ...state, clearing: true, notice: null };
    case 'cleared':
      // The list stays (the problems are still there); only the marks on the sheet are gone.
      return { ...state, clearing: false, notice: { kind: 'cleared' } };
    case 'clearFailed':
      return { ...state, clearing: false, notice: action.failure };
    case 'autoCheckChanged':
      return { ...state, autoCheck: action.autoCheck };
    case 'noticeDismissed':
      return { ...state, notice: null };
  }
}
