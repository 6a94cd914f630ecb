import { XL_CALCULATION_MANUAL } from './constants';
import type { EtApplication } from './et';

/** Counts our own writes in progress: SheetChange events raised meanwhile are ours, not the user's. */
export interface WriteGuard {
  depth: number;
}

/**
 * Runs a write with the screen, recalculation and events off, as a batch should run in ET: the screen
 * is not redrawn after every call, formulas are computed once at the end, and no add-in (us included)
 * reacts to each cell. Everything is put back as it was, even when the write fails.
 */
export function whileWriting<T>(app: EtApplication, guard: WriteGuard, write: () => T): T {
  const screen = app.ScreenUpdating;
  const calculation = app.Calculation;
  const events = app.EnableEvents;
  app.ScreenUpdating = false;
  app.Calculation = XL_CALCULATION_MANUAL;
  app.EnableEvents = false;
  guard.depth++;
  try {
    return write();
  } finally {
    guard.depth--;
    app.EnableEvents = events;
    app.Calculation = calculation;
    app.ScreenUpdating = screen;
  }
}
