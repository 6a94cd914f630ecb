/// <reference types="et-jsapi-declare" />
import { NotModelledError, type Members } from './bridge';
import { MAX_COLS, MAX_ROWS } from './addresses';
import type { FakeContext } from './context';
import { isDefault, newSheet, type PageSetupData, type SheetData } from './model';
import { FakeRange, rangeOf, type SheetOwner } from './range';

const WORKSHEET_GET = [
  'Name',
  'Visible',
  'Index',
  'UsedRange',
  'Cells',
  'PageSetup',
] as const satisfies readonly (keyof Et.Worksheet)[];
const WORKSHEET_SET = ['Name', 'Visible'] as const satisfies readonly (keyof Et.Worksheet)[];
const WORKSHEET_CALL = ['Activate', 'Range', 'Delete'] as const satisfies readonly (keyof Et.Worksheet)[];

/** Excel's (and ET's) rules for a sheet name. */
function checkName(name: string, sheets: readonly SheetData[], self: SheetData): void {
  if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
    throw new Error(`WPS fake: ${JSON.stringify(name)} is not a valid sheet name`);
  }
  if (sheets.some((s) => s !== self && s.name.toLowerCase() === name.toLowerCase())) {
    throw new Error(`WPS fake: a sheet named ${JSON.stringify(name)} exists (names ignore case)`);
  }
}

export class FakeWorksheet implements Pick<
  Et.Worksheet,
  (typeof WORKSHEET_GET)[number] | (typeof WORKSHEET_CALL)[number]
> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly owner: SheetOwner,
    readonly data: SheetData,
  ) {}

  bridgeMembers(): Members<FakeWorksheet> {
    return { name: 'Worksheet', get: WORKSHEET_GET, set: WORKSHEET_SET, call: WORKSHEET_CALL };
  }

  get Name(): string {
    return this.data.name;
  }

  set Name(name: string) {
    checkName(name, this.ctx.workbook.sheets, this.data);
    this.data.name = name;
  }

  get Visible(): Et.XlSheetVisibility {
    return this.data.visible as Et.XlSheetVisibility;
  }

  set Visible(visible: Et.XlSheetVisibility) {
    if (![-1, 0, 2].includes(visible)) throw new Error(`WPS fake: Visible = ${visible}`);
    const others = this.ctx.workbook.sheets.filter((s) => s !== this.data && s.visible === -1);
    if (visible !== -1 && others.length === 0)
      throw new Error('WPS fake: a workbook needs one visible sheet');
    this.data.visible = visible;
  }

  get Index(): number {
    return this.ctx.workbook.sheets.indexOf(this.data) + 1;
  }

  Activate(): void {
    if (this.data.visible !== -1) throw new Error('WPS fake: a hidden sheet cannot be activated');
    this.ctx.workbook.active = this.ctx.workbook.sheets.indexOf(this.data);
  }

  /** Asks the user first (a dialog that stops an add-in) unless DisplayAlerts is off; the last visible sheet stays. */
  Delete(): void {
    if (this.ctx.app.DisplayAlerts)
      throw new Error('WPS fake: deleting a sheet stops on a confirmation dialog (DisplayAlerts)');
    const sheets = this.ctx.workbook.sheets;
    if (this.data.visible === -1 && sheets.filter((s) => s.visible === -1).length === 1) {
      throw new Error('WPS fake: a workbook keeps one visible sheet');
    }
    const active = sheets[this.ctx.workbook.active];
    sheets.splice(sheets.indexOf(this.data), 1);
    this.ctx.workbook.active = Math.max(0, active === this.data ? 0 : sheets.indexOf(active));
  }

  Range(Cell1: string, Cell2?: number): Et.Range {
    if (Cell2 !== undefined || typeof Cell1 !== 'string')
      throw new NotModelledError('WPS fake: Range other than Range(address)');
    return rangeOf(this.ctx, this.owner, this.data, Cell1) as unknown as Et.Range;
  }

  get Cells(): Et.Range {
    return new FakeRange(this.ctx, this.owner, this.data, {
      top: 1,
      left: 1,
      bottom: MAX_ROWS,
      right: MAX_COLS,
    }) as unknown as Et.Range;
  }

  /** From the first to the last cell holding a value or a format (not necessarily from A1); A1 when empty. */
  get UsedRange(): Et.Range {
    let box = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
    const grow = (r: number, c: number): void => {
      box = {
        top: Math.min(box.top, r),
        left: Math.min(box.left, c),
        bottom: Math.max(box.bottom, r),
        right: Math.max(box.right, c),
      };
    };
    for (const [k, cell] of this.data.cells) {
      if (isDefault(cell)) continue;
      const [r, c] = k.split(',').map(Number);
      grow(r, c);
    }
    for (const m of this.data.merges) {
      grow(m.top, m.left);
      grow(m.bottom, m.right);
    }
    if (box.bottom === 0) box = { top: 1, left: 1, bottom: 1, right: 1 };
    return new FakeRange(this.ctx, this.owner, this.data, box) as unknown as Et.Range;
  }

  get PageSetup(): Et.PageSetup {
    return new FakePageSetup(this.data.pageSetup) as unknown as Et.PageSetup;
  }
}

const PAGE_SETUP = [
  'Orientation',
  'PaperSize',
  'Zoom',
  'FitToPagesWide',
  'FitToPagesTall',
  'PrintTitleRows',
  'PrintArea',
  'CenterHorizontally',
  'LeftMargin',
  'RightMargin',
  'TopMargin',
  'BottomMargin',
] as const satisfies readonly (keyof Et.PageSetup)[];

const PAGE_KEYS: Record<(typeof PAGE_SETUP)[number], keyof PageSetupData> = {
  Orientation: 'orientation',
  PaperSize: 'paperSize',
  Zoom: 'zoom',
  FitToPagesWide: 'fitToPagesWide',
  FitToPagesTall: 'fitToPagesTall',
  PrintTitleRows: 'printTitleRows',
  PrintArea: 'printArea',
  CenterHorizontally: 'centerHorizontally',
  LeftMargin: 'leftMargin',
  RightMargin: 'rightMargin',
  TopMargin: 'topMargin',
  BottomMargin: 'bottomMargin',
};

/** Worksheet.PageSetup: margins in points; Zoom false lets FitToPagesWide/Tall decide; Tall false = as many as needed. */
export class FakePageSetup {
  constructor(data: PageSetupData) {
    for (const [member, field] of Object.entries(PAGE_KEYS)) {
      Object.defineProperty(this, member, {
        get: () => data[field],
        set: (value: unknown) => {
          if (member === 'PrintTitleRows' && value !== '' && !/^\$\d+:\$\d+$/.test(String(value))) {
            throw new Error(`WPS fake: PrintTitleRows ${String(value)}`);
          }
          (data as unknown as Record<string, unknown>)[field] = value;
        },
      });
    }
  }

  bridgeMembers(): Members<Et.PageSetup> {
    return { name: 'PageSetup', get: PAGE_SETUP, set: PAGE_SETUP };
  }
}

const SHEETS_GET = ['Count'] as const satisfies readonly (keyof Et.Sheets)[];
const SHEETS_CALL = ['Item', 'Add'] as const satisfies readonly (keyof Et.Sheets)[];

export class FakeSheets implements Pick<
  Et.Sheets,
  (typeof SHEETS_GET)[number] | (typeof SHEETS_CALL)[number]
> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly owner: SheetOwner & { worksheet(sheet: SheetData): FakeWorksheet },
  ) {}

  bridgeMembers(): Members<FakeSheets> {
    return { name: 'Sheets', get: SHEETS_GET, call: SHEETS_CALL };
  }

  get Count(): number {
    return this.ctx.workbook.sheets.length;
  }

  /** 1-based; a name is found ignoring case; anything else fails, as "subscript out of range" does. */
  Item(Index: string | number): Et.Worksheet {
    const sheets = this.ctx.workbook.sheets;
    const sheet =
      typeof Index === 'number'
        ? Number.isInteger(Index) && Index >= 1
          ? sheets[Index - 1]
          : undefined
        : sheets.find((s) => s.name.toLowerCase() === String(Index).toLowerCase());
    if (!sheet) throw new Error(`WPS fake: Sheets.Item(${JSON.stringify(Index)}): no such sheet`);
    return this.owner.worksheet(sheet) as unknown as Et.Worksheet;
  }

  /** A new sheet before the active one, or after `After`; it becomes the active sheet. */
  Add(Before?: unknown, After?: unknown, Count?: number, Type?: number): Et.Worksheet {
    if (Count !== undefined || Type !== undefined)
      throw new NotModelledError('WPS fake: Sheets.Add(Count, Type)');
    const sheets = this.ctx.workbook.sheets;
    const position = (s: unknown): number => {
      if (!(s instanceof FakeWorksheet))
        throw new NotModelledError('WPS fake: Sheets.Add with something other than a sheet');
      return sheets.indexOf(s.data);
    };
    let at = this.ctx.workbook.active;
    if (Before !== undefined && Before !== null) at = position(Before);
    else if (After !== undefined && After !== null) at = position(After) + 1;
    let n = sheets.length + 1;
    while (sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
    const sheet = newSheet(`Sheet${n}`);
    sheets.splice(at, 0, sheet);
    this.ctx.workbook.active = at;
    return this.owner.worksheet(sheet) as unknown as Et.Worksheet;
  }
}

const WINDOW = ['FreezePanes', 'SplitRow', 'SplitColumn'] as const satisfies readonly (keyof Et.Window)[];

/** Application.ActiveWindow: freezing applies to the active sheet at its split row and column. */
export class FakeWindow implements Pick<Et.Window, (typeof WINDOW)[number]> {
  constructor(private readonly ctx: FakeContext) {}

  bridgeMembers(): Members<FakeWindow> {
    return { name: 'Window', get: WINDOW, set: WINDOW };
  }

  private sheet(): SheetData {
    return this.ctx.workbook.sheets[this.ctx.workbook.active];
  }

  get FreezePanes(): boolean {
    return this.sheet().frozen !== null;
  }

  set FreezePanes(on: boolean) {
    const sheet = this.sheet();
    sheet.frozen = on ? { rows: sheet.split.rows, cols: sheet.split.cols } : null;
  }

  get SplitRow(): number {
    return this.sheet().split.rows;
  }

  set SplitRow(rows: number) {
    this.sheet().split.rows = rows;
  }

  get SplitColumn(): number {
    return this.sheet().split.cols;
  }

  set SplitColumn(cols: number) {
    this.sheet().split.cols = cols;
  }
}
