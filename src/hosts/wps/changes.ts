import type { ChangeListener, Unsubscribe } from '../sheetHost';
import { parseBox } from './addresses';
import type { EtApplication, EtRange, EtSheetChangeListener } from './et';
import type { WriteGuard } from './suspend';

/**
 * The user's edits, from ET's SheetChange event. One listener is registered with WPS while anyone
 * listens, and removed with the last. Our own writes run with events off and inside the write guard:
 * an event raised meanwhile (a WPS build that ignores EnableEvents) is dropped.
 */
export class ChangeEvents {
  private readonly subscribers = new Set<{ sheet: string; listener: ChangeListener }>();
  private registered: EtSheetChangeListener | null = null;

  constructor(
    private readonly app: EtApplication,
    private readonly guard: WriteGuard,
  ) {}

  subscribe(sheet: string, listener: ChangeListener): Unsubscribe {
    const entry = { sheet: sheet.toLowerCase(), listener };
    this.subscribers.add(entry);
    if (!this.registered) {
      const handler: EtSheetChangeListener = (worksheet, target) => this.deliver(worksheet.Name, target);
      this.app.ApiEvent.AddApiEventListener('SheetChange', handler);
      this.registered = handler;
    }
    return async () => {
      this.subscribers.delete(entry);
      if (this.subscribers.size === 0 && this.registered) {
        this.app.ApiEvent.RemoveApiEventListener('SheetChange', this.registered);
        this.registered = null;
      }
    };
  }

  private deliver(sheetName: string, target: unknown): void {
    if (this.guard.depth > 0) return;
    const wanted = [...this.subscribers].filter((s) => s.sheet === sheetName.toLowerCase());
    if (wanted.length === 0) return;
    // The declarations call the second argument Range (typed loosely): it is the changed range.
    const range = parseBox((target as EtRange).Address(false, false));
    for (const s of wanted) s.listener({ sheet: sheetName, range });
  }
}
