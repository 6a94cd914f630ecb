import type { ApplyOutcome, ScoreChangeView, TableRef } from '../../app/session.types';
import type { Failure } from '../shared/failure';

export type ComputeNotice =
  | { readonly kind: 'noChanges' }
  | { readonly kind: 'applied'; readonly written: number }
  | { readonly kind: 'stale' }
  | Failure;

/**
 * 填入建议得分 in two steps: the suggested changes are listed in a dialog (`proposal`), and only the
 * user's confirmation writes them. Nothing is written while `proposal` is open.
 */
export interface ComputeState {
  readonly suggesting: boolean;
  readonly proposal: { readonly table: TableRef; readonly changes: readonly ScoreChangeView[] } | null;
  readonly applying: boolean;
  readonly notice: ComputeNotice | null;
}

export type ComputeAction =
  | { readonly type: 'suggestStarted' }
  | { readonly type: 'suggested'; readonly table: TableRef; readonly changes: readonly ScoreChangeView[] }
  | { readonly type: 'proposalDismissed' }
  | { readonly type: 'applyStarted' }
  | { readonly type: 'applied'; readonly outcome: ApplyOutcome }
  | { readonly type: 'failed'; readonly failure: Failure }
  | { readonly type: 'noticeDismissed' };

export const initialComputeState: ComputeState = {
  suggesting: false,
  proposal: null,
  applying: false,
  notice: null,
};

export function computeReducer(state: ComputeState, action: ComputeAction): ComputeState {
  switch (action.type) {
    case 'suggestStarted':
      return { ...state, suggesting: true, proposal: null, notice: null };
    case 'suggested':
      return action.changes.length === 0
        ? { ...state, suggesting: false, notice: { kind: 'noChanges' } }
        : { ...state, suggesting: false, proposal: { table: action.table, changes: action.changes } };
    case 'proposalDismissed':
      return state.applying ? state : { ...state, proposal: null };
    case 'applyStarted':
      return { ...state, applying: true };
    case 'applied': {
      const o = action.outcome;
      const notice: ComputeNotice = o.ok
        ? { kind: 'applied', written: o.written }
        : o.reason === 'stale'
          ? { kind: 'stale' }
          : { kind: 'error', detail: o.message };
      return { ...state, applying: false, proposal: null, notice };
    }
    case 'failed':
      return { ...state, suggesting: false, applying: false, proposal: null, notice: action.failure };
    case 'noticeDismissed':
      return { ...state, notice: null };
  }
}
