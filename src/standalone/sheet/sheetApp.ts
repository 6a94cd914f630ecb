import { LifecycleStages } from '@univerjs/core';
import type { FUniver } from '@univerjs/core/facade';
import { LiveWorkbook } from './liveWorkbook';
import { startSheet } from './startSheet';

/** Resolves once Univer has painted the sheet (its lifecycle reached Rendered). */
function rendered(api: FUniver): Promise<void> {
  return new Promise((resolve) => {
    const stage = api.getCurrentLifecycleStage();
    if (stage === LifecycleStages.Rendered || stage === LifecycleStages.Steady) {
      resolve();
      return;
    }
    const listener = api.addEvent(api.Event.LifeCycleChanged, ({ stage: next }) => {
      if (next !== LifecycleStages.Rendered && next !== LifecycleStages.Steady) return;
      listener.dispose();
      resolve();
    });
  });
}

/** The spreadsheet part of the page, in its own chunk: Univer with its view, and the workbook it shows. */
export interface SheetApp {
  readonly api: FUniver;
  readonly live: LiveWorkbook;
  /** Resolves once the sheet is painted. */
  readonly painted: Promise<void>;
}

export function startSheetApp(container: HTMLElement): SheetApp {
  const { api } = startSheet(container);
  return { api, live: new LiveWorkbook(api), painted: rendered(api) };
}
