import type { Session } from '../app/session.types';
import { mountTaskPane } from '../taskpane/mountTaskPane';

/**
 * The task pane beside the sheet. It is mounted at once with the promise of a session, so that it paints
 * while Univer is still loading, and mounted afresh for each workbook the page shows (a workbook opened
 * from a file is a new host, so a new session; its findings have nothing to do with the last one's).
 */
export class PaneSlot {
  private unmount: (() => void) | null = null;

  constructor(private readonly container: HTMLElement) {}

  show(session: Promise<Session>): void {
    this.unmount?.();
    this.unmount = mountTaskPane(this.container, session);
  }

  /**
   * Resolves once the pane's parts are on screen — its tabs, which the pane renders only with its
   * session — and so answer clicks (React listens at the root from the first paint).
   */
  shown(): Promise<void> {
    const tabs = () => this.container.querySelector('[role="tablist"]') !== null;
    if (tabs()) return Promise.resolve();
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!tabs()) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(this.container, { childList: true, subtree: true });
    });
  }
}
