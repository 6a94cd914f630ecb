import { LifecycleStages } from '@univerjs/core';
import type { FUniver } from '@univerjs/core/facade';
import { LiveWorkbook } from './liveWorkbook';
import { addSheetTools, startSheet } from './startSheet';

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
  const { univer, api } = startSheet(container);
  // The sheet paints without the tools it does not need to show cells and take typing: registered
  // before, they held its first paint back by about a second on this machine (bench: standalone_ready_ms).
  const painted = rendered(api).then(() => addSheetTools(univer));
  return { api, live: new LiveWorkbook(api), painted };
}
