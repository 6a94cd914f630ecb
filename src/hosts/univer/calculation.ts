import type { ICommandInfo, IDisposable, IExecutionOptions } from '@univerjs/core';
import type { FUniver } from '@univerjs/core/facade';
import {
  SetFormulaCalculationNotificationMutation,
  SetFormulaCalculationStartMutation,
  SetTriggerFormulaCalculationStartMutation,
} from '@univerjs/engine-formula';
import {
  ClearSelectionFormatCommand,
  InsertColMutation,
  InsertRowMutation,
  InsertSheetMutation,
  MoveColsMutation,
  MoveRangeMutation,
  MoveRowsMutation,
  RemoveColMutation,
  RemoveRowMutation,
  RemoveSheetMutation,
  ReorderRangeMutation,
  SetBorderCommand,
  SetRangeValuesMutation,
  SetStyleCommand,
} from '@univerjs/sheets';

/**
 * What makes Univer's formula controller recalculate (its dirty-range conversions): sheet changes, and
 * the trigger it fires itself when a workbook is opened.
 */
const RECALCULATING = new Set<string>([
  SetTriggerFormulaCalculationStartMutation.id,
  SetRangeValuesMutation.id,
  MoveRangeMutation.id,
  MoveRowsMutation.id,
  MoveColsMutation.id,
  ReorderRangeMutation.id,
  RemoveRowMutation.id,
  RemoveColMutation.id,
  InsertRowMutation.id,
  InsertColMutation.id,
  InsertSheetMutation.id,
  RemoveSheetMutation.id,
]);
/** Style-only value writes the formula controller ignores. */
const STYLE_TRIGGERS = new Set<string>([
  SetStyleCommand.id,
  SetBorderCommand.id,
  ClearSelectionFormatCommand.id,
]);

/** Univer computed nothing within this time after a change that asks for it: a broken engine, not a slow one. */
export class CalculationTimeoutError extends Error {
  override readonly name = 'CalculationTimeoutError';
}

/**
 * Knows whether formula results are up to date. Univer recalculates about 100 ms after a change, then
 * applies the results, then announces the end (a notification with the executed state); a read that
 * must see computed values waits for the calculation that covers every change made before it.
 */
export class CalculationTracker {
  private changes = 0;
  private startedWith = 0;
  private finished = 0;
  private waiters: { upTo: number; resolve: () => void }[] = [];
  private readonly listener: IDisposable;

  constructor(api: FUniver) {
    this.listener = api.onCommandExecuted((command, options) => this.heard(command, options));
  }

  private heard(command: Readonly<ICommandInfo>, options?: IExecutionOptions): void {
    if (RECALCULATING.has(command.id)) {
      if (command.id === SetRangeValuesMutation.id) {
        const trigger: unknown = Reflect.get(command.params ?? {}, 'trigger');
        if (options?.onlyLocal === true || (typeof trigger === 'string' && STYLE_TRIGGERS.has(trigger)))
          return;
      }
      this.changes++;
    } else if (command.id === SetFormulaCalculationStartMutation.id) {
      this.startedWith = this.changes;
    } else if (command.id === SetFormulaCalculationNotificationMutation.id) {
      if (Reflect.get(command.params ?? {}, 'functionsExecutedState') === undefined) return;
      this.finished = Math.max(this.finished, this.startedWith);
      const ready = this.waiters.filter((w) => w.upTo <= this.finished);
      this.waiters = this.waiters.filter((w) => w.upTo > this.finished);
      for (const w of ready) w.resolve();
    }
  }

  /** A calculation is coming that no change announced yet (a workbook being opened). */
  expectCalculation(): void {
    this.changes++;
  }

  /** Resolves once every change made so far has been calculated. */
  settled(timeoutMs = 30_000): Promise<void> {
    if (this.finished >= this.changes) return Promise.resolve();
    const upTo = this.changes;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(new CalculationTimeoutError(`no formula results ${timeoutMs} ms after a change`));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.waiters.push({ upTo, resolve: done });
    });
  }

  dispose(): void {
    this.listener.dispose();
  }
}
