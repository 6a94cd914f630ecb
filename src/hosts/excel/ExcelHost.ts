import type { SheetPlan } from '../../templates/plan';
import { valueCell } from './cellText';
import { type NoteKind, noteReader, queueFormatRead, queueFormatWrites } from './cellFormats';
import type { XChangedArgs, XRequestContext, XRequirements, XRun, XWorksheet } from './excelApi';
import { areaBox } from './gridRead';
import { queueGridRead } from './gridRead';
import { batches, planSteps } from './planWrites';
import {
  BadAddressError,
  BadStoreKeyError,
  canonicalA1,
  type CellFormat,
  type ChangeListener,
  type FormatWrite,
  type Grid,
  HostUsageError,
  type Selection,
  SheetExistsError,
  type SheetHost,
  type SheetInfo,
  SheetNotFoundError,
  STORE_KEY,
  STORE_MAX_CHARS,
  type Unsubscribe,
  type ValueWrite,
} from './seamDraft';
import { NOTES_API } from './requirements';
import { SettingsStore } from './store';
import { jsonBytes } from './units';

export interface ExcelHostOptions {
  /** `Excel.run`. */
  readonly run: XRun;
  /** `Office.context.requirements`. */
  readonly requirements: XRequirements;
}

/** What one request may carry: 80% of Excel on the web's 5 MB, the rest for what our estimates leave out. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

function errorCode(e: unknown): unknown {
  return typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined;
}

function cellOf(ref: string): string {
  const cell = canonicalA1(ref);
  if (cell === null) throw new BadAddressError(ref);
  return cell;
}

function storeKey(key: string): string {
  if (!STORE_KEY.test(key)) throw new BadStoreKeyError(key);
  return key;
}

/** Later writes to the same cell win, field by field: one command per cell and field. */
function mergeWrites(writes: readonly FormatWrite[]): FormatWrite[] {
  const byCell = new Map<string, Partial<CellFormat>>();
  for (const w of writes) {
    const cell = cellOf(w.cell);
    byCell.set(cell, { ...byCell.get(cell), ...w.format });
  }
  return [...byCell].map(([cell, format]) => ({ cell, format }));
}

/**
 * The SheetHost of Excel (desktop, Mac, web) through the Excel JavaScript API. Costs, in requests
 * (`context.sync()`), whatever the number of rows: applyPlan 2, readGrid 1, readFormats 1 (2 with
 * comments), writeFormats 1 (2 when notes change, 3 with comments), writeValues 1, readStore 1,
 * writeStore 1, listSheets 1, select 1, selection 1. Larger than 4 MB, a write is split in several.
 */
export class ExcelHost implements SheetHost {
  readonly kind = 'excel';
  /** Notes need ExcelApi 1.18 (Microsoft 365); older Excel gets threaded comments instead. */
  readonly noteKind: NoteKind;
  private readonly store: SettingsStore;

  constructor(private readonly office: ExcelHostOptions) {
    this.noteKind = office.requirements.isSetSupported('ExcelApi', NOTES_API) ? 'notes' : 'comments';
    this.store = new SettingsStore(office.run);
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    return this.office.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/visibility');
      await context.sync();
      return sheets.items.map((s) => ({ name: s.name, visible: s.visibility === 'Visible' }));
    });
  }

  async selection(): Promise<Selection | null> {
    return this.office.run(async (context) => {
      const cell = context.workbook.getActiveCell().load('address');
      await context.sync();
      const bang = cell.address.lastIndexOf('!');
      const raw = cell.address.slice(0, bang);
      const sheet = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
      return { sheet, cell: cellOf(cell.address.slice(bang + 1).split(':')[0]) };
    });
  }

  async select(sheet: string, cell: string): Promise<void> {
    const at = cellOf(cell);
    await this.onSheet(sheet, async (context, ws) => {
      ws.activate();
      ws.getRange(at).select();
      await context.sync();
    });
  }

  async applyPlan(plan: SheetPlan): Promise<void> {
    await this.office.run(async (context) => {
      const taken = context.workbook.worksheets.getItemOrNullObject(plan.sheetName);
      await context.sync();
      if (!taken.isNullObject) throw new SheetExistsError(plan.sheetName);
      const parts = batches(planSteps(plan), REQUEST_BUDGET_BYTES);
      const sheet = context.workbook.worksheets.add(plan.sheetName);
      for (const part of parts) {
        this.suspend(context);
        const ws = part === parts[0] ? sheet : context.workbook.worksheets.getItem(plan.sheetName);
        for (const step of part) step.queue(ws);
        await context.sync();
      }
    });
  }

  async readGrid(sheet: string): Promise<Grid> {
    return this.onSheet(sheet, async (context, ws) => {
      const grid = queueGridRead(ws, sheet);
      await context.sync();
      return grid();
    });
  }

  async readFormats(sheet: string, cells: readonly string[]): Promise<readonly CellFormat[]> {
    const wanted = cells.map(cellOf);
    return this.onSheet(sheet, async (context, ws) => {
      const notes = noteReader(ws, this.noteKind);
      const formats = queueFormatRead(ws, wanted, notes);
      await context.sync();
      await notes.finish(context);
      return formats();
    });
  }

  async writeFormats(sheet: string, writes: readonly FormatWrite[]): Promise<void> {
    const merged = mergeWrites(writes);
    if (merged.length === 0) return;
    await this.onSheet(sheet, async (context, ws) => {
      const notes = noteReader(ws, this.noteKind);
      const noteCells = merged.filter((w) => w.format.note !== undefined).map((w) => w.cell);
      if (noteCells.length > 0) {
        notes.queue(noteCells);
        await context.sync();
        await notes.finish(context);
      }
      this.suspend(context);
      queueFormatWrites(ws, this.noteKind, merged, notes);
      await context.sync();
    });
  }

  async writeValues(sheet: string, writes: readonly ValueWrite[]): Promise<void> {
    const cells = writes.map((w) => ({ cell: cellOf(w.cell), value: valueCell(w.value) }));
    if (cells.length === 0) return;
    const parts = batches(
      cells.map((c) => ({ ...c, bytes: jsonBytes(c.value) + 120 })),
      REQUEST_BUDGET_BYTES,
    );
    await this.onSheet(sheet, async (context, ws) => {
      for (const part of parts) {
        this.suspend(context);
        for (const { cell, value } of part) ws.getRange(cell).values = [[value]];
        await context.sync();
      }
    });
  }

  async readStore(key: string): Promise<string | null> {
    return this.store.read(storeKey(key));
  }

  async writeStore(key: string, value: string | null): Promise<void> {
    storeKey(key);
    if (value !== null && value.length > STORE_MAX_CHARS) {
      throw new HostUsageError(`a store value of ${value.length} characters (at most ${STORE_MAX_CHARS})`);
    }
    await this.store.write(key, value);
  }

  async onChange(sheet: string, listener: ChangeListener): Promise<Unsubscribe | null> {
    const registration = await this.onSheet(sheet, async (context, ws) => {
      const handler = ws.onChanged.add(async (args: XChangedArgs) => {
        // Our own writes raise the event too; from ExcelApi 1.14 Excel says whose they were.
        if (args.triggerSource === 'ThisLocalAddin') return;
        listener({ sheet, range: areaBox(args.address) });
      });
      await context.sync();
      return handler;
    });
    return async () => {
      registration.remove();
      await registration.context.sync();
    };
  }

  /** One request on one sheet; a sheet that is not there is SheetNotFoundError, whichever command found it. */
  private onSheet<T>(
    sheet: string,
    batch: (context: XRequestContext, ws: XWorksheet) => Promise<T>,
  ): Promise<T> {
    return this.office.run(async (context) => {
      try {
        return await batch(context, context.workbook.worksheets.getItem(sheet));
      } catch (e) {
        if (errorCode(e) === 'ItemNotFound') throw new SheetNotFoundError(sheet);
        throw e;
      }
    });
  }

  /** Calculation and screen updating wait until the request is done (called once per write request). */
  private suspend(context: XRequestContext): void {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
  }
}
