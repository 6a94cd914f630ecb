/// <reference types="et-jsapi-declare" />
import type { RawValue } from '../../../src/domain/cellValue.types';
import { parseA1, type RangeBox } from '../../../src/templates/a1';
import { FakeApplication, type FakeApiEvent, type FakePluginStorage, type FakeTaskPane } from './application';
import { Bridge } from './bridge';
import { hexBgr, bgrHex } from './colours';
import type { FakeContext, FakeWpsOptions, WriteRecord } from './context';
import { cellAt, newSheet, peek, type CellData, type SheetData, type WorkbookData } from './model';
import { FakeRange } from './range';
import { typed } from './typedInput';

export type { FakeWpsOptions, WriteRecord } from './context';
export { NotModelledError } from './bridge';

/** What the add-in gets as window.Application in WPS 表格. */
export type WpsRoot = Et.Application & WPS.EtAddonRoot & WPS.AddonRoot;

export interface FakeFormat {
  readonly fill: string | null;
  readonly fontColor: string | null;
  readonly note: string | null;
}

function where(cell: string): { row: number; col: number } {
  const at = parseA1(cell);
  if (!at) throw new Error(`not a cell: ${cell}`);
  return at;
}

/**
 * A WPS 表格 with one workbook, driven through `application` exactly as an add-in drives WPS (every
 * member counted in `calls`), and inspected or edited "by the user" through the other methods, which
 * cost no bridge call.
 */
export class FakeWps {
  readonly application: WpsRoot;
  readonly writes: WriteRecord[] = [];
  /** SheetChange events delivered to the add-in: sheet name and A1 range. */
  readonly events: { sheet: string; range: string }[] = [];
  private readonly bridge = new Bridge();
  private readonly app: FakeApplication;
  private readonly ctx: FakeContext;

  constructor(
    readonly workbook: WorkbookData = { name: '工作簿1.xlsx', sheets: [newSheet('Sheet1')], active: 0 },
    readonly options: FakeWpsOptions = {},
  ) {
    this.ctx = {
      bridge: this.bridge,
      options: {
        xmlSpreadsheet: options.xmlSpreadsheet ?? true,
        honoursEnableEvents: options.honoursEnableEvents ?? true,
      },
      app: { ScreenUpdating: true, Calculation: -4105, EnableEvents: true, DisplayAlerts: true },
      workbook,
      writes: this.writes,
      changed: (sheet, box) => this.fireChange(sheet, box),
    };
    this.app = new FakeApplication(this.ctx);
    this.application = this.bridge.expose(this.app, this.app.bridgeMembers()) as unknown as WpsRoot;
  }

  /**
   * A workbook without a sheet, which WPS never shows (it opens one with Sheet1): what the contract suite
   * starts every host from, so that the sheets it lists are the ones it made.
   */
  static bare(options: FakeWpsOptions = {}): FakeWps {
    return new FakeWps({ name: '工作簿1.xlsx', sheets: [], active: 0 }, options);
  }

  /** Bridge calls so far: every property read or write and method call the add-in made. */
  get calls(): number {
    return this.bridge.calls;
  }

  get callsByMember(): ReadonlyMap<string, number> {
    return this.bridge.byMember;
  }

  get appState(): Readonly<FakeContext['app']> {
    return this.ctx.app;
  }

  get taskPanes(): readonly FakeTaskPane[] {
    return this.app.taskPanes;
  }

  get pluginStorage(): ReadonlyMap<string, string> {
    return (this.app.PluginStorage as unknown as FakePluginStorage).items;
  }

  get listenerCount(): number {
    return (this.app.ApiEvent as unknown as FakeApiEvent).listeners.length;
  }

  sheet(name: string): SheetData {
    const sheet = this.workbook.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  cell(sheet: string, cell: string): CellData | undefined {
    const { row, col } = where(cell);
    return peek(this.sheet(sheet), row, col);
  }

  /** A sheet holding exactly these values (text stays text, as if typed with an apostrophe) and merges. */
  addSheet(
    name: string,
    rows: readonly (readonly RawValue[])[] = [],
    merges: readonly RangeBox[] = [],
  ): SheetData {
    const sheet = newSheet(name);
    rows.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value === null) return;
        const cell = cellAt(sheet, i + 1, j + 1);
        cell.value = value;
        cell.prefix = typeof value === 'string';
      }),
    );
    sheet.merges.push(...merges.map((m) => ({ ...m })));
    this.workbook.sheets.push(sheet);
    return sheet;
  }

  /** Types into cells as a user does (the same parsing as ET's), each edit one SheetChange event. */
  typeValues(sheet: string, values: readonly { readonly cell: string; readonly value: RawValue }[]): void {
    const data = this.sheet(sheet);
    for (const { cell, value } of values) {
      const { row, col } = where(cell);
      const t = typed(value);
      const target = cellAt(data, row, col);
      target.value = t.value;
      target.formula = t.formula;
      target.prefix = t.prefix;
      this.fireChange(data, { top: row, left: col, bottom: row, right: col });
    }
  }

  /** What a recalculation left in a formula cell (the fake computes nothing itself). */
  setCached(sheet: string, cell: string, value: CellData['value']): void {
    const { row, col } = where(cell);
    const target = cellAt(this.sheet(sheet), row, col);
    if (target.formula === null) throw new Error(`${cell} holds no formula`);
    target.value = value;
  }

  format(sheet: string, cell: string): FakeFormat {
    const c = this.cell(sheet, cell);
    return {
      fill: c?.fill == null ? null : bgrHex(c.fill),
      fontColor: c?.fontColor == null ? null : bgrHex(c.fontColor),
      note: c?.comment?.text ?? null,
    };
  }

  /** Gives a cell a fill, a font colour and a comment as a user would. */
  setFormat(sheet: string, cell: string, format: Partial<FakeFormat>): void {
    const { row, col } = where(cell);
    const target = cellAt(this.sheet(sheet), row, col);
    if (format.fill !== undefined) target.fill = format.fill === null ? null : hexBgr(format.fill);
    if (format.fontColor !== undefined)
      target.fontColor = format.fontColor === null ? null : hexBgr(format.fontColor);
    if (format.note !== undefined)
      target.comment = format.note === null ? null : { author: '用户', text: format.note };
  }

  /** The user clicks a sheet tab. */
  activate(sheet: string): void {
    this.workbook.active = this.workbook.sheets.indexOf(this.sheet(sheet));
  }

  /** Saves the workbook and opens it again in a new WPS: the workbook survives, the add-in's state does not. */
  reopen(): FakeWps {
    return new FakeWps(structuredClone(this.workbook), this.options);
  }

  private fireChange(sheet: SheetData, box: RangeBox): void {
    if (this.ctx.options.honoursEnableEvents && !this.ctx.app.EnableEvents) return;
    const listeners = [...(this.app.ApiEvent as unknown as FakeApiEvent).listeners];
    if (listeners.length === 0) return;
    const target = new FakeRange(this.ctx, this.app, sheet, box);
    this.events.push({ sheet: sheet.name, range: target.Address(false, false) });
    const sheetProxy = this.bridge.expose(
      this.app.worksheet(sheet),
      this.app.worksheet(sheet).bridgeMembers(),
    );
    const rangeProxy = this.bridge.expose(target, target.bridgeMembers());
    for (const listener of listeners)
      listener(sheetProxy as unknown as Et.Worksheet, rangeProxy as unknown as Et.Range);
  }
}
