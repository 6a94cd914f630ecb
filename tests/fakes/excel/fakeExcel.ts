import type { XChangedArgs, XRequirements, XRun } from '../../../src/hosts/excel/excelApi';
import type { RawValue } from '../../../src/domain/cellValue.types';
import type { RangeBox } from '../../../src/templates/a1';
import { boxAddress, parseBox } from './address';
import { typedInput } from './cellInput';
import { compareSets, FakeContext, strict, type SyncRecord, type Tx } from './context';
import {
  cellAt,
  cellKey,
  cloneDocument,
  type DocumentState,
  findSheet,
  newDocument,
  newSheet,
  peekCell,
  type SheetState,
} from './document';
import { FakeOfficeError } from './errors';
import { FakeWorkbook } from './workbook';
import type { Registration } from './worksheet';

export interface FakeExcelOptions {
  /** The highest ExcelApi set this "Excel" supports: '1.18' is Microsoft 365, '1.14' Office 2021. */
  readonly apiVersion?: string;
  /** Excel on the web refuses requests and responses over 5 MB; desktop Excel has no such limit. */
  readonly platform?: 'web' | 'desktop';
  /**
   * The name of the new workbook's one sheet ('Sheet1'). null: no sheet at all, which Excel never has;
   * only for the shared contract suite, written for hosts that start empty.
   */
  readonly firstSheet?: string | null;
}

/** 5 MB: Excel on the web's limit for one request and for one response. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * A fake of Excel behind the Excel JavaScript API, for tests: `run` is `Excel.run`, `requirements` is
 * `Office.context.requirements`. What a test does "as the user" (type a value, give a cell a fill,
 * add a sheet) goes through `user` and costs no sync; `syncs` and `log` tell what the code under test
 * cost. See README.md beside this file for what it enforces.
 */
export class FakeExcel {
  doc: DocumentState;
  syncs = 0;
  runs = 0;
  readonly log: SyncRecord[] = [];
  handlers: Registration[] = [];
  readonly author = '测试用户';
  readonly apiVersion: string;
  readonly platform: 'web' | 'desktop';
  private events: Promise<unknown>[] = [];

  constructor(
    private readonly options: FakeExcelOptions = {},
    doc?: DocumentState,
  ) {
    this.apiVersion = options.apiVersion ?? '1.18';
    this.platform = options.platform ?? 'web';
    this.doc = doc ?? newDocument(options.firstSheet);
  }

  get payloadLimitBytes(): number {
    return this.platform === 'web' ? WEB_PAYLOAD_LIMIT : Number.POSITIVE_INFINITY;
  }

  readonly requirements: XRequirements = {
    isSetSupported: (name: string, minVersion = '1.1') =>
      name === 'ExcelApi' && compareSets(minVersion, this.apiVersion) <= 0,
  };

  /** `Excel.run`: a fresh request context; what is still queued when the batch returns is synced, as Excel does. */
  readonly run: XRun = async (batch) => {
    this.runs++;
    const context = strict(new FakeContext(this), 'RequestContext');
    const result = await batch(context);
    if (context.pending > 0) await context.sync();
    return result;
  };

  makeWorkbook(context: FakeContext): FakeWorkbook {
    return strict(new FakeWorkbook(context), 'Workbook');
  }

  /** After a sync: our own writes raise `onChanged` as Excel raises them, marked as ours from ExcelApi 1.14. */
  afterSync(tx: Tx): void {
    for (const [sheetId, boxes] of tx.changed)
      for (const box of boxes) this.fire(sheetId, box, 'ThisLocalAddin');
  }

  private fire(sheetId: string, box: RangeBox, triggerSource: 'ThisLocalAddin' | 'Unknown'): void {
    const sheet = this.doc.sheets.find((s) => s.id === sheetId);
    if (!sheet) return;
    const address = boxAddress(sheet.name, box).split('!')[1];
    const args: XChangedArgs = {
      address,
      changeType: 'RangeEdited',
      ...(compareSets('1.14', this.apiVersion) <= 0 ? { triggerSource } : {}),
    } as XChangedArgs;
    for (const r of this.handlers.filter((h) => h.sheetId === sheetId)) {
      // Excel delivers events later, never inside the sync that caused them.
      this.events.push(new Promise((resolve) => setTimeout(resolve, 0)).then(() => r.handler({ ...args })));
    }
  }

  /** Waits until every event raised so far has been handled. */
  async settle(): Promise<void> {
    while (this.events.length > 0) {
      const pending = this.events;
      this.events = [];
      await Promise.all(pending);
    }
  }

  /** The same workbook saved and opened again: the document survives, event handlers do not. */
  reopen(): FakeExcel {
    return new FakeExcel(this.options, cloneDocument(this.doc));
  }

  sheet(name: string): SheetState {
    const sheet = findSheet(this.doc, name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  /** What a cell shows and holds, for assertions (no sync). */
  cell(sheet: string, address: string) {
    const box = parseBox(address);
    if (!box) throw new Error(`bad address ${address}`);
    const s = this.sheet(sheet);
    return {
      ...(peekCell(s, box.top, box.left) ?? cellAt(newSheet(this.doc, 'scratch'), 1, 1)),
      note: s.notes.get(cellKey(box.top, box.left))?.content ?? null,
    };
  }

  /** What a test does as the user, at no sync cost. */
  readonly user = {
    addSheet: (
      name: string,
      rows: readonly (readonly RawValue[])[] = [],
      merges: readonly RangeBox[] = [],
    ): void => {
      if (findSheet(this.doc, name)) throw new Error(`sheet ${name} exists`);
      const sheet = newSheet(this.doc, name);
      rows.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v !== null) cellAt(sheet, i + 1, j + 1).value = v;
        }),
      );
      sheet.merges.push(...merges);
      this.doc.sheets.push(sheet);
      if (this.doc.active.sheetId === '') this.doc.active = { sheetId: sheet.id, row: 1, col: 1 };
    },
    /** Types into a cell, as Excel reads typing; raises `onChanged` as the user's edit. */
    type: (sheet: string, address: string, value: string | number | boolean | null): void => {
      const box = parseBox(address);
      if (!box) throw new Error(`bad address ${address}`);
      const s = this.sheet(sheet);
      const typed = typedInput(value ?? '');
      const cell = cellAt(s, box.top, box.left);
      Object.assign(cell, { value: typed.value, error: typed.error, formula: typed.formula });
      this.fire(s.id, box, 'Unknown');
    },
    /** Sets what a formula cell shows (the fake does not calculate). */
    setComputed: (sheet: string, address: string, value: string | number | boolean): void => {
      const box = parseBox(address);
      if (!box) throw new Error(`bad address ${address}`);
      const cell = cellAt(this.sheet(sheet), box.top, box.left);
      if (cell.formula === null) throw new Error(`${address} holds no formula`);
      cell.value = value;
    },
    /** Gives a cell a solid fill (null: none) and a note (null: none). */
    format: (
      sheet: string,
      address: string,
      format: { fill?: string | null; note?: string | null; fontColor?: string },
    ): void => {
      const box = parseBox(address);
      if (!box) throw new Error(`bad address ${address}`);
      const s = this.sheet(sheet);
      const cell = cellAt(s, box.top, box.left);
      if (format.fill !== undefined)
        cell.fill =
          format.fill === null
            ? null
            : {
                color: format.fill,
                pattern: 'Solid',
                patternColor: null,
                tintAndShade: 0,
                patternTintAndShade: 0,
              };
      if (format.fontColor !== undefined) cell.font.color = format.fontColor;
      const key = cellKey(box.top, box.left);
      if (format.note === null) s.notes.delete(key);
      else if (format.note !== undefined) s.notes.set(key, { content: format.note, author: this.author });
    },
    /** Gives a cell a threaded comment (null removes it), as "新建批注" does. */
    comment: (sheet: string, address: string, text: string | null): void => {
      const box = parseBox(address);
      if (!box) throw new Error(`bad address ${address}`);
      const s = this.sheet(sheet);
      const at = (c: { sheetId: string; row: number; col: number }) =>
        c.sheetId === s.id && c.row === box.top && c.col === box.left;
      this.doc.comments = this.doc.comments.filter((c) => !at(c));
      if (text !== null)
        this.doc.comments.push({
          id: `{comment-${this.doc.nextId++}}`,
          sheetId: s.id,
          row: box.top,
          col: box.left,
          content: text,
          author: this.author,
        });
    },
    /** Selects a cell. */
    select: (sheet: string, address: string): void => {
      const box = parseBox(address);
      if (!box) throw new Error(`bad address ${address}`);
      this.doc.active = { sheetId: this.sheet(sheet).id, row: box.top, col: box.left };
    },
  };
}

export { FakeOfficeError };
