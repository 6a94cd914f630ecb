import type { InsertOutcome, InsertRequest } from '../../app/session.types';
import type { Failure } from '../shared/failure';

/** The form as typed: numbers stay text until submitted, so a half-typed year is not lost. */
export interface InsertForm {
  readonly kind: InsertRequest['kind'];
  readonly year: string;
  readonly unit: string;
  readonly profileId: string;
  readonly blankRows: string;
  readonly withReportInputs: boolean;
}

/** Which form field a session error names; anything else is shown above the button. */
export type InsertField = 'year' | 'unit' | 'profile' | 'blankRows';

export type InsertNotice =
  | { readonly kind: 'inserted'; readonly sheet: string; readonly inputsSheet: string | null }
  | { readonly kind: 'invalid'; readonly messages: readonly string[] }
  | Failure;

export interface InsertState {
  readonly form: InsertForm;
  readonly busy: boolean;
  readonly fieldErrors: Partial<Record<InsertField, string>>;
  readonly notice: InsertNotice | null;
}

export type InsertAction =
  | { readonly type: 'edited'; readonly patch: Partial<InsertForm> }
  | { readonly type: 'submitted' }
  | { readonly type: 'finished'; readonly outcome: InsertOutcome }
  | { readonly type: 'failed'; readonly failure: Failure }
  | { readonly type: 'noticeDismissed' };

/** Self-evaluation looks back on the year just ended. */
export function initialInsertState(profileId: string, today: Date): InsertState {
  return {
    form: {
      kind: 'overall',
      year: String(today.getFullYear() - 1),
      unit: '',
      profileId,
      blankRows: '2',
      withReportInputs: true,
    },
    busy: false,
    fieldErrors: {},
    notice: null,
  };
}

/** The session names fields as InsertRequest (and the renderer) does. */
const FIELD_OF: Readonly<Record<string, InsertField>> = {
  year: 'year',
  unit: 'unit',
  profile: 'profile',
  profileId: 'profile',
  blankRowsPerLevel2: 'blankRows',
};

const FIELD_OF_FORM: Partial<Record<keyof InsertForm, InsertField>> = {
  year: 'year',
  unit: 'unit',
  profileId: 'profile',
  blankRows: 'blankRows',
};

/** Text to number the way a person means it: full-width digits count, anything else is NaN for the session to refuse. */
function numberOf(text: string): number {
  const ascii = text.trim().replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  return /^\d+$/.test(ascii) ? Number(ascii) : Number.NaN;
}

export function insertRequestOf(form: InsertForm): InsertRequest {
  return {
    kind: form.kind,
    year: numberOf(form.year),
    unit: form.unit.trim(),
    profileId: form.profileId,
    blankRowsPerLevel2: numberOf(form.blankRows),
    withReportInputs: form.withReportInputs,
  };
}

export function insertReducer(state: InsertState, action: InsertAction): InsertState {
  switch (action.type) {
    case 'edited': {
      // Editing a field takes its complaint away; the others stay until the next submit.
      const fieldErrors = { ...state.fieldErrors };
      for (const key of Object.keys(action.patch) as (keyof InsertForm)[]) {
        const field = FIELD_OF_FORM[key];
        if (field) delete fieldErrors[field];
      }
      return { ...state, form: { ...state.form, ...action.patch }, fieldErrors };
    }
    case 'submitted':
      return { ...state, busy: true, fieldErrors: {}, notice: null };
    case 'finished': {
      const outcome = action.outcome;
      if (outcome.ok) {
        return {
          ...state,
          busy: false,
          notice: { kind: 'inserted', sheet: outcome.sheet, inputsSheet: outcome.inputsSheet },
        };
      }
      const fieldErrors: Partial<Record<InsertField, string>> = {};
      const general: string[] = [];
      for (const e of outcome.errors) {
        const field = FIELD_OF[e.field];
        if (field) fieldErrors[field] = e.message;
        else general.push(e.message);
      }
      return { ...state, busy: false, fieldErrors, notice: { kind: 'invalid', messages: general } };
    }
    case 'failed':
      return { ...state, busy: false, notice: action.failure };
    case 'noticeDismissed':
      return { ...state, notice: null };
  }
}
