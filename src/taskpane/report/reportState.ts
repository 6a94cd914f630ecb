import type { ReportOutcome } from '../../app/session.types';
import type { Failure } from '../shared/failure';

export type ComposedReport = Extract<ReportOutcome, { ok: true }>;

export type ReportNotice =
  | { readonly kind: 'inserted'; readonly sheet: string }
  | { readonly kind: 'copied' }
  | { readonly kind: 'copyFailed' }
  | { readonly kind: 'downloaded'; readonly file: string }
  | Failure;

export interface ReportState {
  readonly composing: boolean;
  readonly composed: ComposedReport | null;
  readonly inserting: boolean;
  readonly downloading: boolean;
  readonly notice: ReportNotice | null;
}

export type ReportAction =
  | { readonly type: 'composeStarted' }
  | { readonly type: 'composed'; readonly outcome: ReportOutcome }
  | { readonly type: 'insertStarted' }
  | { readonly type: 'inserted'; readonly sheet: string }
  | { readonly type: 'copied'; readonly ok: boolean }
  | { readonly type: 'downloadStarted' }
  | { readonly type: 'downloaded'; readonly file: string }
  | { readonly type: 'failed'; readonly failure: Failure }
  | { readonly type: 'noticeDismissed' };

export const initialReportState: ReportState = {
  composing: false,
  composed: null,
  inserting: false,
  downloading: false,
  notice: null,
};

export function reportReducer(state: ReportState, action: ReportAction): ReportState {
  switch (action.type) {
    case 'composeStarted':
      return { ...state, composing: true, notice: null };
    case 'composed':
      return action.outcome.ok
        ? { ...state, composing: false, composed: action.outcome }
        : {
            ...state,
            composing: false,
            composed: null,
            notice: { kind: 'error', detail: action.outcome.message },
          };
    case 'insertStarted':
      return { ...state, inserting: true, notice: null };
    case 'inserted':
      return { ...state, inserting: false, notice: { kind: 'inserted', sheet: action.sheet } };
    case 'copied':
      return { ...state, notice: { kind: action.ok ? 'copied' : 'copyFailed' } };
    case 'downloadStarted':
      return { ...state, downloading: true, notice: null };
    case 'downloaded':
      return { ...state, downloading: false, notice: { kind: 'downloaded', file: action.file } };
    case 'failed':
      return { ...state, composing: false, inserting: false, downloading: false, notice: action.failure };
    case 'noticeDismissed':
      return { ...state, notice: null };
  }
}
