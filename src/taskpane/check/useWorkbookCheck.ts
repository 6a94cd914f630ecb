import { useCallback, useEffect, useReducer, useRef, type Dispatch } from 'react';
import type { CheckOutcome, Session } from '../../app/session.types';
import { failureOf } from '../shared/failure';
import { checkReducer, initialCheckState, type CheckAction, type CheckState } from './checkState';

/** The workbook check shared by 校验, 计算 and 报告: its state and the actions that drive it. */
export interface WorkbookCheck {
  readonly state: CheckState;
  readonly dispatch: Dispatch<CheckAction>;
  /** Checks (and re-marks) the whole workbook; resolves to the outcome, or null when it failed. */
  readonly run: () => Promise<CheckOutcome | null>;
  readonly cancel: () => void;
  readonly clearMarks: () => Promise<void>;
  readonly setAutoCheck: (on: boolean) => Promise<void>;
}

/** Re-check this long after the last edit: a person typing a number is not interrupted mid-way. */
export const AUTO_CHECK_DEBOUNCE_MS = 800;

export function useWorkbookCheck(session: Session): WorkbookCheck {
  const [state, dispatch] = useReducer(checkReducer, initialCheckState);
  const abort = useRef<AbortController | null>(null);
  const stopAuto = useRef<(() => Promise<void>) | null>(null);

  const run = useCallback(async (): Promise<CheckOutcome | null> => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    dispatch({ type: 'started' });
    try {
      const outcome = await session.check({
        signal: controller.signal,
        onProgress: (done, total) => dispatch({ type: 'progressed', done, total }),
      });
      dispatch({ type: 'finished', outcome });
      return outcome;
    } catch (e) {
      dispatch({ type: 'failed', failure: failureOf(e) });
      return null;
    } finally {
      if (abort.current === controller) abort.current = null;
    }
  }, [session]);

  const cancel = useCallback(() => abort.current?.abort(), []);

  const clearMarks = useCallback(async () => {
    dispatch({ type: 'clearStarted' });
    try {
      await session.clearMarks();
      dispatch({ type: 'cleared' });
    } catch (e) {
      dispatch({ type: 'clearFailed', failure: failureOf(e) });
    }
  }, [session]);

  const setAutoCheck = useCallback(
    async (on: boolean) => {
      if (!on) {
        const stop = stopAuto.current;
        stopAuto.current = null;
        dispatch({ type: 'autoCheckChanged', autoCheck: 'stopping' });
        try {
          await stop?.();
        } catch (e) {
          dispatch({ type: 'failed', failure: failureOf(e) });
        }
        dispatch({ type: 'autoCheckChanged', autoCheck: 'off' });
        return;
      }
      dispatch({ type: 'autoCheckChanged', autoCheck: 'starting' });
      try {
        const stop = await session.startAutoCheck((outcome) => dispatch({ type: 'autoChecked', outcome }), {
          debounceMs: AUTO_CHECK_DEBOUNCE_MS,
        });
        stopAuto.current = stop;
        dispatch({ type: 'autoCheckChanged', autoCheck: stop ? 'on' : 'off' });
        // Turning it on shows where things stand now, not only after the next edit.
        if (stop) await run();
      } catch (e) {
        dispatch({ type: 'autoCheckChanged', autoCheck: 'off' });
        dispatch({ type: 'failed', failure: failureOf(e) });
      }
    },
    [session, run],
  );

  // The pane going away (the user closes it) ends the subscription and any check under way.
  useEffect(
    () => () => {
      abort.current?.abort();
      void stopAuto.current?.();
      stopAuto.current = null;
    },
    [],
  );

  return { state, dispatch, run, cancel, clearMarks, setAutoCheck };
}
