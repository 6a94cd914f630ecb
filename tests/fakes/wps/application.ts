/// <reference types="et-jsapi-declare" />
import { NotModelledError, type Members } from './bridge';
import type { FakeContext } from './context';
import type { SheetData } from './model';
import { FakeRange } from './range';
import { FakeSheets, FakeWindow, FakeWorksheet } from './sheets';

const WORKBOOK_GET = [
  'Name',
  'Sheets',
  'Worksheets',
  'ActiveSheet',
] as const satisfies readonly (keyof Et.Workbook)[];

export class FakeWorkbook implements Pick<Et.Workbook, (typeof WORKBOOK_GET)[number]> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly app: FakeApplication,
  ) {}

  bridgeMembers(): Members<FakeWorkbook> {
    return { name: 'Workbook', get: WORKBOOK_GET };
  }

  get Name(): string {
    return this.ctx.workbook.name;
  }

  get Sheets(): Et.Sheets {
    return new FakeSheets(this.ctx, this.app) as unknown as Et.Sheets;
  }

  get Worksheets(): Et.Sheets {
    return this.Sheets;
  }

  get ActiveSheet(): Et.Worksheet {
    return this.app.ActiveSheet;
  }
}

type Listener = (sheet: Et.Worksheet, target: Et.Range) => void;

const API_EVENT_CALL = [
  'AddApiEventListener',
  'RemoveApiEventListener',
] as const satisfies readonly (keyof WPS.EtApiEvent)[];

/** Application.ApiEvent: only SheetChange is modelled, with a function as the callback. */
export class FakeApiEvent {
  readonly listeners: Listener[] = [];

  bridgeMembers(): Members<WPS.EtApiEvent> {
    return { name: 'ApiEvent', call: API_EVENT_CALL };
  }

  AddApiEventListener(EventName: string, callback: unknown): void {
    if (EventName !== 'SheetChange') throw new NotModelledError(`WPS fake: the ${EventName} event`);
    if (typeof callback !== 'function')
      throw new NotModelledError('WPS fake: an event callback given by name');
    this.listeners.push(callback as Listener);
  }

  RemoveApiEventListener(EventName: string, callback?: unknown): void {
    if (EventName !== 'SheetChange') throw new NotModelledError(`WPS fake: the ${EventName} event`);
    const i = this.listeners.indexOf(callback as Listener);
    if (i < 0) throw new Error('WPS fake: removing a SheetChange listener that was not added');
    this.listeners.splice(i, 1);
  }
}

const STORAGE_CALL = [
  'getItem',
  'setItem',
  'removeItem',
] as const satisfies readonly (keyof WPS.PluginStorage)[];

/** Application.PluginStorage: shared by the add-in's pages, kept in memory only (lost when WPS closes). */
export class FakePluginStorage {
  readonly items = new Map<string, string>();

  bridgeMembers(): Members<WPS.PluginStorage> {
    return { name: 'PluginStorage', call: STORAGE_CALL };
  }

  getItem(key: string): string {
    // WPS hands back a missing key as undefined, not null: callers must not compare with null.
    return this.items.get(key) as string;
  }

  setItem(key: string, value: number | boolean | string): void {
    this.items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const TASK_PANE = [
  'ID',
  'Visible',
  'Width',
  'DockPosition',
] as const satisfies readonly (keyof WPS.CustomTaskpane)[];

export class FakeTaskPane {
  Visible = false;
  Width = 320;
  DockPosition = 2;

  constructor(
    readonly ID: number,
    readonly url: string,
    readonly title: string | undefined,
  ) {}

  bridgeMembers(): Members<WPS.CustomTaskpane> {
    return { name: 'CustomTaskpane', get: TASK_PANE, set: ['Visible', 'Width', 'DockPosition'] };
  }
}

const APP_GET = [
  'ActiveWorkbook',
  'ActiveSheet',
  'ActiveCell',
  'ActiveWindow',
  'ScreenUpdating',
  'Calculation',
  'EnableEvents',
  'DisplayAlerts',
  'ApiEvent',
  'PluginStorage',
] as const;
const APP_SET = ['ScreenUpdating', 'Calculation', 'EnableEvents', 'DisplayAlerts'] as const;
const APP_CALL = ['CreateTaskPane', 'GetTaskPane'] as const;

type Root = Et.Application & WPS.EtAddonRoot & WPS.AddonRoot;
type AppMember = (typeof APP_GET)[number] | (typeof APP_SET)[number] | (typeof APP_CALL)[number];

/**
 * window.Application of WPS 表格. Its enums are not globals (there is no `Et` at run time) and
 * `Application.Enum` is not modelled: the host must use the declared numbers.
 */
export class FakeApplication implements Pick<Root, AppMember> {
  readonly ApiEvent = new FakeApiEvent() as unknown as WPS.EtApiEvent;
  readonly PluginStorage = new FakePluginStorage() as unknown as WPS.PluginStorage;
  readonly taskPanes: FakeTaskPane[] = [];
  private readonly sheetObjects = new Map<SheetData, FakeWorksheet>();

  constructor(private readonly ctx: FakeContext) {}

  bridgeMembers(): Members<Root> {
    return { name: 'Application', get: APP_GET, set: APP_SET, call: APP_CALL };
  }

  worksheet(sheet: SheetData): FakeWorksheet {
    let object = this.sheetObjects.get(sheet);
    if (!object) {
      object = new FakeWorksheet(this.ctx, this, sheet);
      this.sheetObjects.set(sheet, object);
    }
    return object;
  }

  sheetObject(sheet: SheetData): object {
    return this.worksheet(sheet);
  }

  isActive(sheet: SheetData): boolean {
    return this.ctx.workbook.sheets[this.ctx.workbook.active] === sheet;
  }

  get ActiveWorkbook(): Et.Workbook {
    return new FakeWorkbook(this.ctx, this) as unknown as Et.Workbook;
  }

  get ActiveSheet(): Et.Worksheet {
    const sheet = this.ctx.workbook.sheets[this.ctx.workbook.active];
    return (sheet ? this.worksheet(sheet) : null) as unknown as Et.Worksheet;
  }

  get ActiveCell(): Et.Range {
    const sheet = this.ctx.workbook.sheets[this.ctx.workbook.active];
    if (!sheet) return null as unknown as Et.Range;
    const { row, col } = sheet.activeCell;
    return new FakeRange(this.ctx, this, sheet, {
      top: row,
      left: col,
      bottom: row,
      right: col,
    }) as unknown as Et.Range;
  }

  get ActiveWindow(): Et.Window {
    return new FakeWindow(this.ctx) as unknown as Et.Window;
  }

  get ScreenUpdating(): boolean {
    return this.ctx.app.ScreenUpdating;
  }
  set ScreenUpdating(v: boolean) {
    this.ctx.app.ScreenUpdating = v;
  }

  get Calculation(): Et.XlCalculation {
    return this.ctx.app.Calculation as Et.XlCalculation;
  }
  set Calculation(v: Et.XlCalculation) {
    if (![-4105, -4135, 2].includes(v)) throw new Error(`WPS fake: Calculation = ${v}`);
    this.ctx.app.Calculation = v;
  }

  get EnableEvents(): boolean {
    return this.ctx.app.EnableEvents;
  }
  set EnableEvents(v: boolean) {
    this.ctx.app.EnableEvents = v;
  }

  get DisplayAlerts(): boolean {
    return this.ctx.app.DisplayAlerts;
  }
  set DisplayAlerts(v: boolean) {
    this.ctx.app.DisplayAlerts = v;
  }

  CreateTaskPane(url: string, title?: string): WPS.CustomTaskpane {
    const pane = new FakeTaskPane(1000 + this.taskPanes.length, url, title);
    this.taskPanes.push(pane);
    return pane as unknown as WPS.CustomTaskpane;
  }

  GetTaskPane(id: number): WPS.CustomTaskpane {
    const pane = this.taskPanes.find((p) => p.ID === Number(id));
    if (!pane) throw new Error(`WPS fake: no task pane ${id}`);
    return pane as unknown as WPS.CustomTaskpane;
  }
}
