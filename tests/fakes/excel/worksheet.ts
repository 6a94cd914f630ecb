/// <reference types="office-js" />
import type {
  XChangedArgs,
  XComment,
  XCommentCollection,
  XEventHandlerResult,
  XEventHandlers,
  XNote,
  XNoteCollection,
  XPageLayout,
  XRange,
  XWorksheet,
  XWorksheetCollection,
  XWorksheetFreezePanes,
} from '../../../src/hosts/excel/excelApi';
import type { RangeBox } from '../../../src/templates/a1';
import { cleanSheetName } from '../../../src/templates/sheetName';
import { cellCount, MAX_COLS, MAX_ROWS, parseBox, splitSheet } from './address';
import { type FakeContext, FakeObject, strict, type Tx } from './context';
import {
  cellKey,
  type CommentState,
  emptyCell,
  findSheet,
  keyCell,
  newSheet,
  type SheetState,
} from './document';
import { FakeOfficeError, notModelled } from './errors';
import { FakeRange, makeRange } from './range';

function sheetOf(tx: Tx, id: string): SheetState {
  const sheet = tx.doc.sheets.find((s) => s.id === id);
  if (!sheet) throw new FakeOfficeError('ItemNotFound', `worksheet ${id} was deleted`);
  return sheet;
}

/** One cell, given as 'B3' (a note or comment address): Excel refuses more than one cell. */
function oneCell(address: string): { row: number; col: number } {
  const { ref } = splitSheet(address);
  const box = parseBox(ref);
  if (!box || cellCount(box) !== 1) throw new FakeOfficeError('InvalidArgument', `not one cell: ${address}`);
  return { row: box.top, col: box.left };
}

/** Used range: cells holding a value or formula (valuesOnly), or anything but Excel's defaults. */
function usedBox(sheet: SheetState, valuesOnly: boolean): RangeBox | null {
  const blank = JSON.stringify(emptyCell());
  let box: RangeBox | null = null;
  for (const [key, cell] of sheet.cells) {
    const used = valuesOnly ? cell.value !== '' || cell.formula !== null : JSON.stringify(cell) !== blank;
    if (!used) continue;
    const { row, col } = keyCell(key);
    box = box
      ? {
          top: Math.min(box.top, row),
          left: Math.min(box.left, col),
          bottom: Math.max(box.bottom, row),
          right: Math.max(box.right, col),
        }
      : { top: row, left: col, bottom: row, right: col };
  }
  return box;
}

export class FakeWorksheet extends FakeObject implements XWorksheet {
  readonly freezePanes: XWorksheetFreezePanes;
  readonly pageLayout: XPageLayout;
  readonly notes: XNoteCollection;
  readonly comments: XCommentCollection;
  readonly onChanged: XEventHandlers<XChangedArgs>;
  private boundId: string | null = null;

  constructor(
    context: FakeContext,
    private readonly locate: (tx: Tx) => SheetState | null,
  ) {
    super(context, 'Worksheet');
    this.freezePanes = strict(new FakeFreezePanes(context, this), 'WorksheetFreezePanes');
    this.pageLayout = strict(new FakePageLayout(context, this), 'PageLayout');
    this.notes = strict(new FakeNoteCollection(context, this), 'NoteCollection');
    this.comments = strict(new FakeCommentCollection(context, this), 'CommentCollection');
    this.onChanged = strict(new FakeChangedHandlers(context, this), 'EventHandlers');
  }

  bind(id: string): void {
    this.boundId = id;
  }

  override target(tx: Tx): SheetState | null {
    if (this.boundId !== null) return sheetOf(tx, this.boundId);
    const sheet = this.locate(tx);
    if (sheet) this.boundId = sheet.id;
    return sheet;
  }

  need(tx: Tx, what: string): SheetState {
    const sheet = this.target(tx);
    if (!sheet) throw notModelled(`${what} on a null Worksheet`);
    return sheet;
  }

  protected override readers() {
    return {
      name: (tx: Tx) => this.need(tx, 'load').name,
      visibility: (tx: Tx) => this.need(tx, 'load').visibility,
      id: (tx: Tx) => this.need(tx, 'load').id,
    };
  }

  get name(): string {
    return this.prop('name');
  }
  get visibility(): Excel.SheetVisibility {
    return this.prop('visibility');
  }
  set visibility(v: Excel.SheetVisibility) {
    this.assign('visibility', v, '1.1', (tx) => {
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(v))
        throw new FakeOfficeError('InvalidArgument', `visibility ${v}`);
      const sheet = this.need(tx, 'visibility');
      if (v !== 'Visible' && tx.doc.sheets.every((s) => s === sheet || s.visibility !== 'Visible')) {
        throw new FakeOfficeError('InvalidOperation', 'a workbook must keep one visible sheet');
      }
      sheet.visibility = v as SheetState['visibility'];
      if (v !== 'Visible' && tx.doc.active.sheetId === sheet.id) {
        const next = tx.doc.sheets.find((s) => s.visibility === 'Visible');
        if (next) tx.doc.active = { sheetId: next.id, row: 1, col: 1 };
      }
    });
  }

  activate(): void {
    this.command('Worksheet.activate', undefined, '1.1', (tx) => {
      const sheet = this.need(tx, 'activate');
      if (sheet.visibility !== 'Visible')
        throw new FakeOfficeError('InvalidOperation', 'cannot activate a hidden sheet');
      if (tx.doc.active.sheetId !== sheet.id) tx.doc.active = { sheetId: sheet.id, row: 1, col: 1 };
    });
  }

  getRange(address?: string): XRange {
    if (address === undefined)
      return makeRange(this.context, (tx) => ({
        sheet: this.need(tx, 'getRange'),
        box: { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS },
      }));
    if (address.includes('!')) throw notModelled(`Worksheet.getRange with a sheet name (${address})`);
    return makeRange(this.context, (tx) => {
      const box = parseBox(address);
      if (!box) throw new FakeOfficeError('InvalidArgument', `not an address: ${address}`);
      return { sheet: this.need(tx, 'getRange'), box };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XRange {
    this.command(
      'Worksheet.getRangeByIndexes',
      [startRow, startColumn, rowCount, columnCount],
      '1.7',
      () => undefined,
    );
    return makeRange(this.context, (tx) => {
      const ok =
        [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) &&
        startRow >= 0 &&
        startColumn >= 0 &&
        rowCount >= 1 &&
        columnCount >= 1 &&
        startRow + rowCount <= MAX_ROWS &&
        startColumn + columnCount <= MAX_COLS;
      if (!ok)
        throw new FakeOfficeError(
          'InvalidArgument',
          `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`,
        );
      return {
        sheet: this.need(tx, 'getRangeByIndexes'),
        box: {
          top: startRow + 1,
          left: startColumn + 1,
          bottom: startRow + rowCount,
          right: startColumn + columnCount,
        },
      };
    });
  }

  getUsedRange(valuesOnly = false): XRange {
    return makeRange(this.context, (tx) => {
      const sheet = this.need(tx, 'getUsedRange');
      // An empty sheet's used range is A1, as in Excel.
      return { sheet, box: usedBox(sheet, valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
}

export function makeWorksheet(context: FakeContext, locate: (tx: Tx) => SheetState | null): FakeWorksheet {
  return strict(new FakeWorksheet(context, locate), 'Worksheet');
}

export class FakeWorksheetCollection extends FakeObject implements XWorksheetCollection {
  private loadedItems: XWorksheet[] | null = null;
  constructor(context: FakeContext) {
    super(context, 'WorksheetCollection');
  }
  override target(tx: Tx) {
    return tx.doc.sheets;
  }
  get items(): XWorksheet[] {
    if (this.loadedItems === null)
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        "The property 'items' is not available: load 'items' and sync first.",
      );
    return this.loadedItems;
  }
  protected override loadItems(paths: readonly string[]): void {
    const names = paths.filter((p) => p !== '');
    this.command('WorksheetCollection.load', names, '1.1', (tx) => {
      const items = tx.doc.sheets.map((s) => {
        const ws = makeWorksheet(this.context, () => s);
        ws.bind(s.id);
        return { ws, values: ws.snapshot(tx, names) };
      });
      tx.response += JSON.stringify(items.map((i) => i.values)).length;
      tx.deliveries.push(() => {
        items.forEach(({ ws, values }) => ws.accept(names, values));
        this.loadedItems = items.map((i) => i.ws);
      });
    });
  }
  add(name?: string): XWorksheet {
    const ws = makeWorksheet(this.context, () => null);
    this.command('WorksheetCollection.add', [name], '1.1', (tx) => {
      const wanted = name ?? `Sheet${tx.doc.sheets.length + 1}`;
      if (cleanSheetName(wanted) !== wanted)
        throw new FakeOfficeError(
          'InvalidArgument',
          `not a sheet name Excel accepts: ${JSON.stringify(wanted)}`,
        );
      if (findSheet(tx.doc, wanted))
        throw new FakeOfficeError('ItemAlreadyExists', `a sheet named ${JSON.stringify(wanted)} exists`);
      const sheet = newSheet(tx.doc, wanted);
      tx.doc.sheets.push(sheet);
      if (tx.doc.active.sheetId === '') tx.doc.active = { sheetId: sheet.id, row: 1, col: 1 };
      ws.bind(sheet.id);
    });
    return ws;
  }
  getItem(key: string): XWorksheet {
    return makeWorksheet(this.context, (tx) => {
      const sheet = findSheet(tx.doc, key);
      if (!sheet) throw new FakeOfficeError('ItemNotFound', `no worksheet named ${JSON.stringify(key)}`);
      return sheet;
    });
  }
  getItemOrNullObject(key: string): XWorksheet {
    this.command('WorksheetCollection.getItemOrNullObject', [key], '1.4', () => undefined);
    return makeWorksheet(this.context, (tx) => findSheet(tx.doc, key) ?? null).probe();
  }
}

class FakeFreezePanes implements XWorksheetFreezePanes {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {}
  freezeRows(count = 1): void {
    this.context.enqueue({
      what: 'WorksheetFreezePanes.freezeRows',
      size: 64,
      set: '1.7',
      apply: (tx) => {
        if (!Number.isInteger(count) || count < 0 || count >= MAX_ROWS)
          throw new FakeOfficeError('InvalidArgument', `freezeRows(${count})`);
        this.sheet.need(tx, 'freezeRows').frozenRows = count;
      },
    });
  }
}

const ORIENTATIONS = ['Portrait', 'Landscape'];
const PAPER_SIZES = ['Letter', 'Legal', 'A3', 'A4', 'A5', 'B4', 'B5', 'Executive', 'Tabloid'];

class FakePageLayout extends FakeObject implements XPageLayout {
  constructor(
    context: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(context, 'PageLayout');
  }
  override target(tx: Tx) {
    return this.sheet.need(tx, 'pageLayout').pageLayout;
  }
  private layout(tx: Tx) {
    return this.sheet.need(tx, 'pageLayout').pageLayout;
  }
  private setLayout(name: string, v: unknown, apply: (tx: Tx) => void): void {
    this.assign(name, v, '1.9', apply);
  }
  private margin(name: 'left' | 'right' | 'top' | 'bottom' | 'header' | 'footer', points: number): void {
    this.setLayout(`${name}Margin`, points, (tx) => {
      if (typeof points !== 'number' || points < 0 || points > 1440)
        throw new FakeOfficeError('InvalidArgument', `${name}Margin ${points}`);
      this.layout(tx).margins[name] = points;
    });
  }
  protected override readers() {
    const l = (tx: Tx) => this.layout(tx);
    return {
      orientation: (tx: Tx) => l(tx).orientation,
      paperSize: (tx: Tx) => l(tx).paperSize,
      zoom: (tx: Tx) => l(tx).zoom,
      centerHorizontally: (tx: Tx) => l(tx).centerHorizontally,
      leftMargin: (tx: Tx) => l(tx).margins.left,
      rightMargin: (tx: Tx) => l(tx).margins.right,
      topMargin: (tx: Tx) => l(tx).margins.top,
      bottomMargin: (tx: Tx) => l(tx).margins.bottom,
      headerMargin: (tx: Tx) => l(tx).margins.header,
      footerMargin: (tx: Tx) => l(tx).margins.footer,
    };
  }
  get orientation(): Excel.PageOrientation {
    return this.prop('orientation');
  }
  set orientation(v: Excel.PageOrientation) {
    this.setLayout('orientation', v, (tx) => {
      if (!ORIENTATIONS.includes(v)) throw new FakeOfficeError('InvalidArgument', `orientation ${v}`);
      this.layout(tx).orientation = v;
    });
  }
  get paperSize(): Excel.PaperType {
    return this.prop('paperSize');
  }
  set paperSize(v: Excel.PaperType) {
    this.setLayout('paperSize', v, (tx) => {
      if (!PAPER_SIZES.includes(v)) throw new FakeOfficeError('InvalidArgument', `paperSize ${v}`);
      this.layout(tx).paperSize = v;
    });
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.prop('zoom');
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.setLayout('zoom', v, (tx) => {
      const { scale, horizontalFitToPages, verticalFitToPages, ...rest } = v;
      if (Object.keys(rest).length > 0) throw notModelled(`zoom ${JSON.stringify(rest)}`);
      const fit = horizontalFitToPages !== undefined || verticalFitToPages !== undefined;
      if (fit && scale !== undefined)
        throw new FakeOfficeError('InvalidArgument', 'zoom: a scale or fit-to-pages, not both');
      for (const n of [horizontalFitToPages, verticalFitToPages]) {
        if (n !== undefined && (!Number.isInteger(n) || n < 0))
          throw new FakeOfficeError('InvalidArgument', `zoom fit ${n}`);
      }
      this.layout(tx).zoom = { ...v };
    });
  }
  get centerHorizontally(): boolean {
    return this.prop('centerHorizontally');
  }
  set centerHorizontally(v: boolean) {
    this.setLayout('centerHorizontally', v, (tx) => (this.layout(tx).centerHorizontally = v === true));
  }
  get leftMargin(): number {
    return this.prop('leftMargin');
  }
  set leftMargin(v: number) {
    this.margin('left', v);
  }
  get rightMargin(): number {
    return this.prop('rightMargin');
  }
  set rightMargin(v: number) {
    this.margin('right', v);
  }
  get topMargin(): number {
    return this.prop('topMargin');
  }
  set topMargin(v: number) {
    this.margin('top', v);
  }
  get bottomMargin(): number {
    return this.prop('bottomMargin');
  }
  set bottomMargin(v: number) {
    this.margin('bottom', v);
  }
  get headerMargin(): number {
    return this.prop('headerMargin');
  }
  set headerMargin(v: number) {
    this.margin('header', v);
  }
  get footerMargin(): number {
    return this.prop('footerMargin');
  }
  set footerMargin(v: number) {
    this.margin('footer', v);
  }
  setPrintArea(printArea: string): void {
    this.command('PageLayout.setPrintArea', [printArea], '1.9', (tx) => {
      const box = parseBox(printArea.replace(/\$/g, ''));
      if (!box) throw new FakeOfficeError('InvalidArgument', `print area ${printArea}`);
      this.layout(tx).printArea = box;
    });
  }
  setPrintTitleRows(printTitleRows: string): void {
    this.command('PageLayout.setPrintTitleRows', [printTitleRows], '1.9', (tx) => {
      const box = parseBox(printTitleRows);
      if (!box || box.left !== 1 || box.right !== MAX_COLS)
        throw new FakeOfficeError('InvalidArgument', `print title rows ${printTitleRows}`);
      this.layout(tx).printTitleRows = { from: box.top, to: box.bottom };
    });
  }
}

class FakeNote extends FakeObject implements XNote {
  constructor(
    context: FakeContext,
    private readonly sheet: FakeWorksheet,
    private readonly locate: (tx: Tx) => number | null,
  ) {
    super(context, 'Note');
  }
  override target(tx: Tx) {
    const key = this.locate(tx);
    return key === null ? null : (this.sheet.need(tx, 'note').notes.get(key) ?? null);
  }
  private need(tx: Tx): { sheet: SheetState; key: number } {
    const key = this.locate(tx);
    const sheet = this.sheet.need(tx, 'note');
    if (key === null || !sheet.notes.has(key)) throw notModelled('a command on a null Note');
    return { sheet, key };
  }
  protected override readers() {
    return {
      content: (tx: Tx) => {
        const { sheet, key } = this.need(tx);
        return sheet.notes.get(key)?.content;
      },
      authorName: (tx: Tx) => {
        const { sheet, key } = this.need(tx);
        return sheet.notes.get(key)?.author;
      },
    };
  }
  get content(): string {
    return this.prop('content');
  }
  set content(v: string) {
    this.assign('content', v, '1.18', (tx) => {
      const { sheet, key } = this.need(tx);
      sheet.notes.set(key, { content: String(v), author: sheet.notes.get(key)?.author ?? '' });
    });
  }
  delete(): void {
    this.command('Note.delete', undefined, '1.18', (tx) => {
      const { sheet, key } = this.need(tx);
      sheet.notes.delete(key);
    });
  }
}

class FakeNoteCollection implements XNoteCollection {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {}
  add(cellAddress: string, content: string): XNote {
    const { row, col } = oneCell(cellAddress);
    const key = cellKey(row, col);
    this.context.enqueue({
      what: 'NoteCollection.add',
      size: 64 + JSON.stringify(content).length,
      set: '1.18',
      apply: (tx) => {
        const sheet = this.sheet.need(tx, 'notes.add');
        if (sheet.notes.has(key))
          throw new FakeOfficeError('InvalidArgument', `${cellAddress} already has a note`);
        if (tx.doc.comments.some((c) => c.sheetId === sheet.id && c.row === row && c.col === col))
          throw new FakeOfficeError(
            'InvalidArgument',
            `${cellAddress} has a comment: a cell holds a note or a comment`,
          );
        if (typeof content !== 'string')
          throw new FakeOfficeError('InvalidArgument', 'note content must be a text');
        sheet.notes.set(key, { content, author: this.context.excel.author });
      },
    });
    return strict(new FakeNote(this.context, this.sheet, () => key), 'Note');
  }
  getItem(key: string): XNote {
    const { row, col } = oneCell(key);
    const cell = cellKey(row, col);
    return strict(
      new FakeNote(this.context, this.sheet, (tx) => {
        if (!this.sheet.need(tx, 'notes.getItem').notes.has(cell))
          throw new FakeOfficeError('ItemNotFound', `no note at ${key}`);
        return cell;
      }),
      'Note',
    );
  }
  getItemOrNullObject(key: string): XNote {
    const { row, col } = oneCell(key);
    this.context.enqueue({
      what: 'NoteCollection.getItemOrNullObject',
      size: 64,
      set: '1.18',
      apply: () => undefined,
    });
    return strict(new FakeNote(this.context, this.sheet, () => cellKey(row, col)), 'Note').probe();
  }
}

class FakeComment extends FakeObject implements XComment {
  constructor(
    context: FakeContext,
    readonly commentId: string,
  ) {
    super(context, 'Comment');
  }
  override target(tx: Tx): CommentState | null {
    return tx.doc.comments.find((c) => c.id === this.commentId) ?? null;
  }
  private need(tx: Tx): CommentState {
    const c = this.target(tx);
    if (!c) throw new FakeOfficeError('ItemNotFound', `comment ${this.commentId} was deleted`);
    return c;
  }
  protected override readers() {
    return {
      id: (tx: Tx) => this.need(tx).id,
      content: (tx: Tx) => this.need(tx).content,
      authorName: (tx: Tx) => this.need(tx).author,
    };
  }
  get id(): string {
    return this.prop('id');
  }
  get content(): string {
    return this.prop('content');
  }
  set content(v: string) {
    this.assign('content', v, '1.10', (tx) => (this.need(tx).content = String(v)));
  }
  delete(): void {
    this.command('Comment.delete', undefined, '1.10', (tx) => {
      const c = this.need(tx);
      tx.doc.comments = tx.doc.comments.filter((x) => x !== c);
    });
  }
  getLocation(): XRange {
    this.command('Comment.getLocation', undefined, '1.10', () => undefined);
    return makeRange(this.context, (tx) => {
      const c = this.need(tx);
      const sheet = sheetOf(tx, c.sheetId);
      return { sheet, box: { top: c.row, left: c.col, bottom: c.row, right: c.col } };
    });
  }
}

/** A worksheet's threaded comments (ExcelApi 1.10). */
class FakeCommentCollection extends FakeObject implements XCommentCollection {
  private loadedItems: XComment[] | null = null;
  constructor(
    context: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(context, 'CommentCollection');
  }
  override target(tx: Tx) {
    return this.sheet.need(tx, 'comments');
  }
  get items(): XComment[] {
    if (this.loadedItems === null)
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        "The property 'items' is not available: load 'items' and sync first.",
      );
    return this.loadedItems;
  }
  protected override loadItems(paths: readonly string[]): void {
    const names = paths.filter((p) => p !== '');
    this.command('CommentCollection.load', names, '1.10', (tx) => {
      const sheet = this.sheet.need(tx, 'comments');
      const items = tx.doc.comments
        .filter((c) => c.sheetId === sheet.id)
        .map((c) => {
          const comment = strict(new FakeComment(this.context, c.id), 'Comment');
          return { comment, values: comment.snapshot(tx, names) };
        });
      tx.response += JSON.stringify(items.map((i) => i.values)).length;
      tx.deliveries.push(() => {
        items.forEach(({ comment, values }) => comment.accept(names, values));
        this.loadedItems = items.map((i) => i.comment);
      });
    });
  }
  getItem(commentId: string): XComment {
    const comment = strict(new FakeComment(this.context, commentId), 'Comment');
    this.command('CommentCollection.getItem', [commentId], '1.10', (tx) => {
      const c = tx.doc.comments.find((x) => x.id === commentId);
      if (!c || c.sheetId !== this.sheet.need(tx, 'comments.getItem').id)
        throw new FakeOfficeError('ItemNotFound', `no comment ${commentId}`);
    });
    return comment;
  }
  add(cellAddress: string, content: string): XComment {
    const { row, col } = oneCell(cellAddress);
    const id = `{comment-${this.context.excel.doc.nextId++}}`;
    this.command('CommentCollection.add', [cellAddress, content], '1.10', (tx) => {
      const sheet = this.sheet.need(tx, 'comments.add');
      if (tx.doc.comments.some((c) => c.sheetId === sheet.id && c.row === row && c.col === col)) {
        throw new FakeOfficeError('InvalidArgument', `${cellAddress} already has a comment`);
      }
      if (sheet.notes.has(cellKey(row, col))) {
        throw new FakeOfficeError(
          'InvalidArgument',
          `${cellAddress} has a note: a cell holds a note or a comment`,
        );
      }
      tx.doc.comments.push({ id, sheetId: sheet.id, row, col, content, author: this.context.excel.author });
    });
    return strict(new FakeComment(this.context, id), 'Comment');
  }
}

interface Registration {
  readonly sheetId: string;
  readonly handler: (args: XChangedArgs) => Promise<unknown>;
}

class FakeChangedHandlers implements XEventHandlers<XChangedArgs> {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {}
  add(handler: (args: XChangedArgs) => Promise<unknown>): XEventHandlerResult {
    const excel = this.context.excel;
    let registration: Registration | null = null;
    this.context.enqueue({
      what: 'Worksheet.onChanged.add',
      size: 64,
      set: '1.7',
      apply: (tx) => {
        registration = { sheetId: this.sheet.need(tx, 'onChanged').id, handler };
        excel.handlers.push(registration);
      },
    });
    return strict(
      {
        context: this.context,
        remove: () =>
          this.context.enqueue({
            what: 'EventHandlerResult.remove',
            size: 64,
            set: '1.7',
            apply: () => {
              excel.handlers = excel.handlers.filter((r) => r !== registration);
            },
          }),
      },
      'EventHandlerResult',
    );
  }
}

export type { Registration };
export { FakeRange };
