/**
 * TEMPORARY: the parts of the Seam v2 draft (main's working tree, src/hosts/sheetHost.ts, errors.ts,
 * templates/grid.ts, templates/a1.ts) the Excel host needs before that commit lands. Deleted at the
 * rebase onto `Seam v2`, imports switched to the real modules.
 */
import type { RawValue } from '../../domain/cellValue.types';
import { a1, columnNumber, type RangeBox } from '../../templates/a1';
import type { SheetPlan } from '../../templates/plan';

export interface SheetInfo {
  readonly name: string;
  readonly visible: boolean;
}
export interface Selection {
  readonly sheet: string;
  readonly cell: string;
}
export type NativeFormat =
  null | boolean | number | string | readonly NativeFormat[] | { readonly [key: string]: NativeFormat };
export interface CellFormat {
  readonly fill: string | null;
  readonly fontColor: string | null;
  readonly note: string | null;
  readonly native?: { readonly host: string; readonly data: NativeFormat };
}
export interface FormatWrite {
  readonly cell: string;
  readonly format: Partial<CellFormat>;
}
export interface ValueWrite {
  readonly cell: string;
  readonly value: string | number | null;
}
export interface SheetChange {
  readonly sheet: string;
  readonly range: RangeBox | null;
}
export type ChangeListener = (change: SheetChange) => void;
export type Unsubscribe = () => Promise<void>;
export interface Grid {
  readonly sheet: string;
  readonly values: readonly (readonly RawValue[])[];
  readonly formulas?: readonly (readonly (string | null)[])[];
  readonly merges: readonly RangeBox[];
  readonly extent?: { readonly rows: number; readonly cols: number };
}
export const GRID_LIMITS = { rows: 20_000, cols: 100 } as const;
export const STORE_MAX_CHARS = 4_000_000;

export interface SheetHost {
  readonly kind: string;
  listSheets(): Promise<readonly SheetInfo[]>;
  selection(): Promise<Selection | null>;
  select(sheet: string, cell: string): Promise<void>;
  applyPlan(plan: SheetPlan): Promise<void>;
  readGrid(sheet: string): Promise<Grid>;
  readFormats(sheet: string, cells: readonly string[]): Promise<readonly CellFormat[]>;
  writeFormats(sheet: string, writes: readonly FormatWrite[]): Promise<void>;
  writeValues(sheet: string, writes: readonly ValueWrite[]): Promise<void>;
  readStore(key: string): Promise<string | null>;
  writeStore(key: string, value: string | null): Promise<void>;
  onChange(sheet: string, listener: ChangeListener): Promise<Unsubscribe | null>;
}

export class HostUsageError extends Error {
  override readonly name: string = 'HostUsageError';
}
export class SheetNotFoundError extends HostUsageError {
  override readonly name = 'SheetNotFoundError';
  constructor(readonly sheet: string) {
    super(`no sheet named ${JSON.stringify(sheet)}`);
  }
}
export class SheetExistsError extends HostUsageError {
  override readonly name = 'SheetExistsError';
  constructor(readonly sheet: string) {
    super(`a sheet named ${JSON.stringify(sheet)} exists already`);
  }
}
export class BadAddressError extends HostUsageError {
  override readonly name = 'BadAddressError';
  constructor(readonly address: string) {
    super(`not an A1 cell address: ${JSON.stringify(address)}`);
  }
}
export class BadStoreKeyError extends HostUsageError {
  override readonly name = 'BadStoreKeyError';
  constructor(readonly key: string) {
    super(`not a store key: ${JSON.stringify(key)}`);
  }
}
export const STORE_KEY = /^[A-Za-z0-9._-]{1,64}$/;
export const SHEET_MAX = { rows: 1_048_576, cols: 16_384 } as const;
export function canonicalA1(ref: string): string | null {
  const m = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(ref.trim());
  if (!m) return null;
  const col = columnNumber(m[1]);
  const row = Number(m[2]);
  return col <= SHEET_MAX.cols && row <= SHEET_MAX.rows ? a1(row, col) : null;
}
