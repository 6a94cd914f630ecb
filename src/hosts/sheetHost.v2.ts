import type { RangeBox } from '../templates/a1';
import type { Grid as GridV1 } from '../templates/grid';
import type { SheetPlan } from '../templates/plan';

/**
 * TEMPORARY copy of the Seam v2 draft (/work/main/src/hosts/sheetHost.ts) so that the WPS host compiles
 * before Seam v2 lands on main; deleted on rebase.
 */
export type Grid = Omit<GridV1, 'tag'> & { readonly extent?: { readonly rows: number; readonly cols: number } };
export const GRID_LIMITS = { rows: 20_000, cols: 100 } as const;

/**
 * The seam every live spreadsheet and file host implements (memory, xlsx, Excel, WPS, Univer). A host
 * translates; it never decides. Marks and their exact restore, the tag lookup, sheet names, row heights,
 * which cells get suggested scores: all of that is pure code above this interface, written once.
 *
 * Cost: every method is a constant number of round trips to the host (Office.js `context.sync()`, calls
 * across the WPS bridge), whatever the number of cells it is given. Misuse by our own code (a sheet that
 * is not there, a name that is taken, an address that is not A1) throws a HostUsageError subclass.
 */

export interface SheetInfo {
  readonly name: string;
  /** false for hidden and very hidden sheets (our own bookkeeping, the user's hidden sheets). */
  readonly visible: boolean;
}

/** Where the user is: the active sheet and its active cell (A1, upper case, no '$'). */
export interface Selection {
  readonly sheet: string;
  readonly cell: string;
}

/** A JSON value: what a host may keep of its own exact format, stored as is and given back as is. */
export type NativeFormat =
  | null
  | boolean
  | number
  | string
  | readonly NativeFormat[]
  | { readonly [key: string]: NativeFormat };

/**
 * The formats a mark touches, portable across hosts. Colours are '#RRGGBB' upper case (WPS converts
 * from BGR); null means none (no fill, automatic font colour, no note).
 */
export interface CellFormat {
  readonly fill: string | null;
  readonly fontColor: string | null;
  /** A note, or a comment's text where the host has no notes. */
  readonly note: string | null;
  /**
   * What the portable fields cannot say (a theme colour, a pattern fill, a rich or authored note), as
   * this host reads it, tagged with the host's kind. Writing it back on the same kind of host restores
   * the cell exactly; another kind ignores it and uses the portable fields.
   */
  readonly native?: { readonly host: string; readonly data: NativeFormat };
}

/**
 * A format write: only the fields present change. With `native` of this host's kind, the fields present
 * are restored exactly from it (a theme fill, a rich note) instead of from their portable values.
 */
export interface FormatWrite {
  readonly cell: string;
  readonly format: Partial<CellFormat>;
}

/** A plain value typed into a cell: a number, a text (never read as a formula), or null to empty it. */
export interface ValueWrite {
  readonly cell: string;
  readonly value: string | number | null;
}

/** An edit the user made. `range` is null when the host cannot say which cells changed. */
export interface SheetChange {
  readonly sheet: string;
  readonly range: RangeBox | null;
}

export type ChangeListener = (change: SheetChange) => void;
export type Unsubscribe = () => Promise<void>;

export interface SheetHost {
  /** What kind of host this is ('memory', 'xlsx', 'excel', 'wps', 'univer'): tags `CellFormat.native`. */
  readonly kind: string;

  /** Every sheet in tab order, hidden ones included (marked `visible: false`). */
  listSheets(): Promise<readonly SheetInfo[]>;

  /** The active sheet and cell; null when the host has no notion of one (a file with no view). */
  selection(): Promise<Selection | null>;

  /** Makes `sheet` active and `cell` its active cell (scrolled into view where the host has a view). */
  select(sheet: string, cell: string): Promise<void>;

  /**
   * Creates a new sheet named exactly `plan.sheetName` (the caller makes it unique: see
   * `uniqueSheetName`) and writes the whole plan into it. Never touches another sheet. Throws
   * SheetExistsError when the name is taken (ignoring case, as spreadsheets do).
   */
  applyPlan(plan: SheetPlan): Promise<void>;

  /**
   * Values, formulas and merges of the sheet from A1 to its last cell holding a value or a formula,
   * clipped to GRID_LIMITS (the grid then says how far the sheet really extends). See templates/grid.ts.
   */
  readGrid(sheet: string): Promise<Grid>;

  /** The formats of these cells, in the same order. */
  readFormats(sheet: string, cells: readonly string[]): Promise<readonly CellFormat[]>;

  /** Changes formats; never a value. */
  writeFormats(sheet: string, writes: readonly FormatWrite[]): Promise<void>;

  /** Writes plain values (a text starting with '=' stays text); never a format. */
  writeValues(sheet: string, writes: readonly ValueWrite[]): Promise<void>;

  /**
   * A small per-workbook store that survives save and reopen: our bookkeeping (marks) and settings.
   * Keys are short ASCII names; values are text of up to STORE_MAX_CHARS characters. null = absent.
   */
  readStore(key: string): Promise<string | null>;
  writeStore(key: string, value: string | null): Promise<void>;

  /**
   * Calls `listener` after the user edits a cell of `sheet` — not after our own writes (applyPlan,
   * writeValues, writeFormats, writeStore). Returns null when the host cannot notify (a file on disk).
   */
  onChange(sheet: string, listener: ChangeListener): Promise<Unsubscribe | null>;
}

/** A store value may hold this many characters (the marks of a 1,000-row table fit many times over). */
export const STORE_MAX_CHARS = 4_000_000;

/** TEMPORARY (Seam v2 draft): applyPlan on a name that is taken. */
export class SheetExistsError extends Error {
  override readonly name = 'SheetExistsError';
  constructor(readonly sheet: string) {
    super(`a sheet named ${JSON.stringify(sheet)} exists`);
  }
}
