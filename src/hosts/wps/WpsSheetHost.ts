import { canonicalA1 } from '../../templates/a1';
import type { SheetPlan } from '../../templates/plan';
import type { Grid } from '../../templates/grid';
import {
  type CellFormat,
  type ChangeListener,
  type FormatWrite,
  type Selection,
  type SheetHost,
  type SheetInfo,
  type Unsubscribe,
  type ValueWrite,
} from '../sheetHost';
import { BadAddressError, SheetExistsError } from '../errors';
import { BlockReader } from './blockFormats';
import { ChangeEvents } from './changes';
import type { EtApplication } from './et';
import { readGrid } from './readGrid';
import { addSheetAtEnd, findSheet, listSheets, requireSheet } from './sheets';
import { readStore, writeStore } from './store';
import { whileWriting, type WriteGuard } from './suspend';
import { writeFormats, writeValues } from './writeCells';
import { writePlan } from './writePlan';

/**
 * SheetHost on WPS 表格's ET object model (window.Application of a WPS add-in). ET is synchronous: every
 * property and method crosses the bridge to WPS, so the count of those calls is what a round trip is
 * here, and none of them is made per row.
 */
export class WpsSheetHost implements SheetHost {
  readonly kind = 'wps';
  readonly canNotify = true;
  private readonly guard: WriteGuard = { depth: 0 };
  private readonly blocks = new BlockReader();
  private readonly events: ChangeEvents;

  constructor(private readonly app: EtApplication) {
    this.events = new ChangeEvents(app, this.guard);
  }

  /** Why this WPS build's XML Spreadsheet (Range.Value(11)) is not used; null while it is. */
  get xmlSpreadsheetUnavailable(): string | null {
    return this.blocks.xmlUnavailable;
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    return listSheets(this.app);
  }

  async selection(): Promise<Selection | null> {
    const sheet = this.app.ActiveSheet;
    const cell = this.app.ActiveCell;
    if (!sheet || !cell) return null;
    return { sheet: sheet.Name, cell: cell.Address(false, false) };
  }

  async select(sheet: string, cell: string): Promise<void> {
    const at = canonicalA1(cell);
    if (!at) throw new BadAddressError(cell);
    const target = requireSheet(this.app, sheet);
    target.Activate();
    target.Range(at).Select();
  }

  async applyPlan(plan: SheetPlan): Promise<void> {
    if (findSheet(this.app, plan.sheetName)) throw new SheetExistsError(plan.sheetName);
    whileWriting(this.app, this.guard, () =>
      writePlan(this.app, addSheetAtEnd(this.app, plan.sheetName), plan),
    );
  }

  async readGrid(sheet: string): Promise<Grid> {
    const target = requireSheet(this.app, sheet);
    return readGrid(sheet, target, (block, box) => this.blocks.merges(target, block, box));
  }

  async readFormats(sheet: string, cells: readonly string[]): Promise<readonly CellFormat[]> {
    return this.blocks.formats(requireSheet(this.app, sheet), cells);
  }

  async writeFormats(sheet: string, writes: readonly FormatWrite[]): Promise<void> {
    if (writes.length === 0) return;
    const target = requireSheet(this.app, sheet);
    whileWriting(this.app, this.guard, () => writeFormats(target, writes));
  }

  async writeValues(sheet: string, writes: readonly ValueWrite[]): Promise<void> {
    if (writes.length === 0) return;
    const target = requireSheet(this.app, sheet);
    whileWriting(this.app, this.guard, () => writeValues(target, writes));
  }

  async readStore(key: string): Promise<string | null> {
    return readStore(this.app, key);
  }

  async writeStore(key: string, value: string | null): Promise<void> {
    whileWriting(this.app, this.guard, () => writeStore(this.app, key, value));
  }

  async onChange(sheet: string, listener: ChangeListener): Promise<Unsubscribe | null> {
    requireSheet(this.app, sheet);
    return this.events.subscribe(sheet, listener);
  }
}
