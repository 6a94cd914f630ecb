import type { SheetPlan } from '../../templates/plan';
import { valueCell } from './cellText';
import {
  type KnownNote,
  knownNotes,
  type NoteKind,
  noteReader,
  queueFormatRead,
  queueFormatWrites,
  rememberedNotes,
} from './cellFormats';
import type { XChangedArgs, XRequestContext, XRequirements, XRun, XWorksheet } from './excelApi';
import { areaBox, errorCode, queueGridRead, readGridInBands } from './gridRead';
import { batches, planSteps } from './planWrites';
import {
  BadAddressError,
  HostUsageError,
  SheetExistsError,
  SheetNotFoundError,
  checkStoreKey,
} from '../errors';
import {
  type CellFormat,
  type ChangeListener,
  type FormatWrite,
  type Selection,
  type SheetHost,
  type SheetInfo,
  STORE_MAX_CHARS,
  type Unsubscribe,
  type ValueWrite,
} from '../sheetHost';
import { a1, canonicalA1, type RangeBox } from '../../templates/a1';
import type { Grid } from '../../templates/grid';
import { NOTES_API, OWN_WRITES_API } from './requirements';
import { SettingsStore } from './store';
import { jsonBytes } from './units';

export interface ExcelHostOptions {
  /** `Excel.run`. */
  readonly run: XRun;
  /** `Office.context.requirements`. */
  readonly requirements: XRequirements;
}

/** How long what a readFormats found stands in for a second look before a writeFormats of the same cells. */
const REMEMBER_MS = 5_000;
/** Below ExcelApi 1.14, a change event on cells we wrote this recently is taken for our own. */
const OWN_WRITE_MS = 3_000;

/** What a read of formats found on a sheet, for the write that follows it (marks read, then write). */
interface LastRead {
  readonly sheet: string;
  readonly at: number;
  readonly notes: ReadonlyMap<string, KnownNote | null>;
}

/** What one request may carry: 80% of Excel on the web's 5 MB, the rest for what our estimates leave out. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

function cellOf(ref: string): string {
  const cell = canonicalA1(ref);
  if (cell === null) throw new BadAddressError(ref);
  return cell;
}

/** Cells whose formats one request reads: each costs a few hundred bytes each way, under 5 MB in all. */
const READ_CELLS_PER_REQUEST = 5_000;
/** What a format write costs in a request besides its note: its commands and a saved fill. */
const FORMAT_WRITE_BYTES = 600;

function formatBatches(writes: readonly FormatWrite[]): FormatWrite[][] {
  const sized = writes.map((w) => ({ w, bytes: FORMAT_WRITE_BYTES + jsonBytes(w.format.note ?? null) }));
  return batches(sized, REQUEST_BUDGET_BYTES).map((part) => part.map((s) => s.w));
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
 * comments), writeFormats 1 (right after a readFormats of its cells, as marks do; else 2 when notes
 * change, 3 with comments), writeValues 1, readStore 1, writeStore 1, listSheets 1, select 1,
 * selection 1. Only what does not fit Excel on the web's 5 MB per request or response takes more: a
 * write is split into requests of at most 4 MB, a huge sheet is read in bands of rows.
 */
export class ExcelHost implements SheetHost {
  readonly kind = 'excel';
  /** Excel raises `worksheet.onChanged` for the user's edits. */
  readonly canNotify = true;
  /** Notes need ExcelApi 1.18 (Microsoft 365); older Excel gets threaded comments instead. */
  readonly noteKind: NoteKind;
  /** From ExcelApi 1.14 a change event says whether our own write raised it. */
  private readonly eventsTellOwnWrites: boolean;
  private readonly store: SettingsStore;
  private lastRead: LastRead | null = null;
  /** Cells we wrote recently, by sheet (only where events cannot tell our writes apart). */
  private ownWrites: { readonly sheet: string; readonly cells: ReadonlySet<string>; readonly at: number }[] =
    [];

  constructor(private readonly office: ExcelHostOptions) {
    this.noteKind = office.requirements.isSetSupported('ExcelApi', NOTES_API) ? 'notes' : 'comments';
    this.eventsTellOwnWrites = office.requirements.isSetSupported('ExcelApi', OWN_WRITES_API);
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
    try {
      return await this.onSheet(sheet, async (context, ws) => {
        const grid = queueGridRead(ws, sheet);
        await context.sync();
        return grid();
      });
    } catch (e) {
      // Only a sheet far larger than any form gets here (Excel on the web answers at most 5 MB).
      if (errorCode(e) !== 'ResponsePayloadSizeLimitExceeded') throw e;
      return this.onSheet(sheet, (context, ws) => readGridInBands(context, ws, sheet));
    }
  }

  async readFormats(sheet: string, cells: readonly string[]): Promise<readonly CellFormat[]> {
    const wanted = cells.map(cellOf);
    return this.onSheet(sheet, async (context, ws) => {
      const notes = noteReader(ws, this.noteKind);
      const reads: (() => CellFormat[])[] = [];
      for (let i = 0; i < wanted.length || i === 0; i += READ_CELLS_PER_REQUEST) {
        reads.push(queueFormatRead(ws, wanted.slice(i, i + READ_CELLS_PER_REQUEST), notes));
        await context.sync();
      }
      await notes.finish(context);
      this.lastRead = { sheet, at: Date.now(), notes: knownNotes(notes, this.noteKind, wanted) };
      return reads.flatMap((read) => read());
    });
  }

  async writeFormats(sheet: string, writes: readonly FormatWrite[]): Promise<void> {
    const merged = mergeWrites(writes);
    if (merged.length === 0) return;
    const noteCells = merged.filter((w) => w.format.note !== undefined).map((w) => w.cell);
    const known = this.lastRead;
    this.lastRead = null;
    if (noteCells.length === 0 || (known && this.fresh(known, sheet, noteCells))) {
      try {
        await this.onSheet(sheet, async (context, ws) => {
          const notes = rememberedNotes(ws, known?.notes ?? new Map());
          for (const part of formatBatches(merged)) {
            this.suspend(context);
            queueFormatWrites(ws, this.noteKind, part, notes);
            await context.sync();
          }
        });
        return;
      } catch (e) {
        // The user changed a note between our read and this write: look again, then write.
        const code = errorCode(e);
        if (noteCells.length === 0 || (code !== 'ItemNotFound' && code !== 'InvalidArgument')) throw e;
      }
    }
    await this.onSheet(sheet, async (context, ws) => {
      const notes = noteReader(ws, this.noteKind);
      notes.queue(noteCells);
      await context.sync();
      await notes.finish(context);
      for (const part of formatBatches(merged)) {
        this.suspend(context);
        queueFormatWrites(ws, this.noteKind, part, notes);
        await context.sync();
      }
    });
  }

  private fresh(known: LastRead, sheet: string, cells: readonly string[]): boolean {
    return (
      known.sheet === sheet && Date.now() - known.at < REMEMBER_MS && cells.every((c) => known.notes.has(c))
    );
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
    if (!this.eventsTellOwnWrites)
      this.ownWrites.push({ sheet, cells: new Set(cells.map((c) => c.cell)), at: Date.now() });
  }

  async readStore(key: string): Promise<string | null> {
    checkStoreKey(key);
    return this.store.read(key);
  }

  async writeStore(key: string, value: string | null): Promise<void> {
    checkStoreKey(key);
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
        const range = areaBox(args.address);
        if (!this.eventsTellOwnWrites && range !== null && this.isOwnWrite(sheet, range)) return;
        listener({ sheet, range });
      });
      await context.sync();
      return handler;
    });
    return async () => {
      registration.remove();
      await registration.context.sync();
    };
  }

  /** Whether every cell of `range` was written by us on `sheet` in the last few seconds. */
  private isOwnWrite(sheet: string, range: RangeBox): boolean {
    const now = Date.now();
    this.ownWrites = this.ownWrites.filter((w) => now - w.at < OWN_WRITE_MS);
    const ours = this.ownWrites.filter((w) => w.sheet === sheet);
    for (let row = range.top; row <= range.bottom; row++)
      for (let col = range.left; col <= range.right; col++)
        if (!ours.some((w) => w.cells.has(a1(row, col)))) return false;
    return true;
  }

  /**
   * One request on one sheet. `ItemNotFound` is SheetNotFoundError when the sheet is really gone (one
   * more request, on that error only); otherwise another item (a note) was missing, and it is passed on.
   */
  private onSheet<T>(
    sheet: string,
    batch: (context: XRequestContext, ws: XWorksheet) => Promise<T>,
  ): Promise<T> {
    return this.office.run(async (context) => {
      try {
        return await batch(context, context.workbook.worksheets.getItem(sheet));
      } catch (e) {
        if (errorCode(e) !== 'ItemNotFound') throw e;
        const there = context.workbook.worksheets.getItemOrNullObject(sheet);
        await context.sync();
        throw there.isNullObject ? new SheetNotFoundError(sheet) : e;
      }
    });
  }

  /** Calculation and screen updating wait until the request is done (called once per write request). */
  private suspend(context: XRequestContext): void {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
  }
}
