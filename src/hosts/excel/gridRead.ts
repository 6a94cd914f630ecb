import type { RawValue } from '../../domain/cellValue.types';
import { a1, columnLetters, columnNumber, type RangeBox } from '../../templates/a1';
import { rawValue } from './cellText';
import type { XRequestContext, XWorksheet } from './excelApi';
import { GRID_LIMITS, type Grid } from '../../templates/grid';

const LIMIT_ADDRESS = `A1:${a1(GRID_LIMITS.rows, GRID_LIMITS.cols)}`;

/** 'A1:B2' or "'表 1'!A1:B2" (one area of a RangeAreas address) → a box; null for a whole row or column. */
export function areaBox(area: string): RangeBox | null {
  const ref = area.slice(area.lastIndexOf('!') + 1).replace(/\$/g, '');
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(ref.trim().toUpperCase());
  if (!m) return null;
  const top = Number(m[2]);
  const left = columnNumber(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? columnNumber(m[3]) : left };
}

/** The areas of a RangeAreas address ("表!A1:B2, 表!D5:E9"), commas inside quoted sheet names kept. */
export function splitAreas(address: string): string[] {
  const areas: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      areas.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') areas.push(current.trim());
  return areas;
}

/** A block of cells as Office.js loads it: where it starts (0-based) and its values and formulas. */
interface Block {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
}

/** The used range of values: how far the sheet extends (rows and columns from A1). */
interface Extent {
  readonly rows: number;
  readonly cols: number;
}

function assemble(name: string, extent: Extent, blocks: readonly Block[], mergeAddress: string | null): Grid {
  const height = Math.max(0, ...blocks.map((b) => b.rowIndex + b.values.length));
  const width = Math.max(0, ...blocks.map((b) => b.columnIndex + (b.values[0]?.length ?? 0)));
  const values: RawValue[][] = Array.from({ length: height }, () => new Array<RawValue>(width).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: height }, () =>
    new Array<string | null>(width).fill(null),
  );
  for (const { rowIndex: top, columnIndex: left, values: vs, formulas: fs } of blocks) {
    vs.forEach((row, i) =>
      row.forEach((v, j) => {
        const f = fs[i][j];
        values[top + i][left + j] = rawValue(v);
        // A formula cell shows its result; a text that merely starts with '=' shows itself.
        if (typeof f === 'string' && f.startsWith('=') && f !== v) formulas[top + i][left + j] = f.slice(1);
      }),
    );
  }
  // An empty sheet's used range is A1, empty: no rows at all.
  while (
    values.length > 0 &&
    values[values.length - 1].every((v, j) => v === null && formulas[values.length - 1][j] === null)
  ) {
    values.pop();
    formulas.pop();
  }
  const beyond = extent.rows > GRID_LIMITS.rows || extent.cols > GRID_LIMITS.cols;
  return {
    sheet: name,
    values,
    formulas,
    merges: mergeAddress === null ? [] : splitAreas(mergeAddress).flatMap((a) => areaBox(a) ?? []),
    ...(beyond ? { extent } : {}),
  };
}

function queueParts(sheet: XWorksheet) {
  const used = sheet.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
  const merges = sheet.getRange(LIMIT_ADDRESS).getMergedAreasOrNullObject().load('address');
  return {
    used,
    extent: (): Extent => ({
      rows: used.rowIndex + used.rowCount,
      cols: used.columnIndex + used.columnCount,
    }),
    merges: (): string | null => (merges.isNullObject ? null : merges.address),
  };
}

/**
 * Queues, in one request, everything `readGrid` needs: the used range of values (to know how far the
 * sheet extends), the values and formulas of its part within GRID_LIMITS, and the merged areas there.
 * Returns what turns the loaded proxies into a Grid once the request is synced.
 */
export function queueGridRead(sheet: XWorksheet, name: string): () => Grid {
  const parts = queueParts(sheet);
  const clipped = parts.used
    .getIntersectionOrNullObject(LIMIT_ADDRESS)
    .load('rowIndex,columnIndex,values,formulas');
  return () => assemble(name, parts.extent(), clipped.isNullObject ? [] : [clipped], parts.merges());
}

/** Rows of the first band when a sheet is too large for one response; a band too large is halved. */
const FIRST_BAND_ROWS = 2_000;

/**
 * The same grid, for a sheet whose cells do not fit one 5 MB response (Excel on the web): the extent
 * and merges first, then bands of rows, one request each, halved when a band is still too large.
 */
export async function readGridInBands(
  context: XRequestContext,
  sheet: XWorksheet,
  name: string,
): Promise<Grid> {
  const parts = queueParts(sheet);
  await context.sync();
  const extent = parts.extent();
  const bottom = Math.min(extent.rows, GRID_LIMITS.rows);
  const right = columnLetters(Math.min(extent.cols, GRID_LIMITS.cols));
  const blocks: Block[] = [];
  let band = FIRST_BAND_ROWS;
  for (let top = 1; top <= bottom;) {
    const last = Math.min(bottom, top + band - 1);
    const clipped = parts.used
      .getIntersectionOrNullObject(`A${top}:${right}${last}`)
      .load('rowIndex,columnIndex,values,formulas');
    try {
      await context.sync();
    } catch (e) {
      if (band > 1 && errorCode(e) === 'ResponsePayloadSizeLimitExceeded') {
        band = Math.ceil(band / 2);
        continue;
      }
      throw e;
    }
    if (!clipped.isNullObject) blocks.push(clipped);
    top = last + 1;
  }
  return assemble(name, extent, blocks, parts.merges());
}

export function errorCode(e: unknown): unknown {
  return typeof e === 'object' && e !== null && 'code' in e ? (e as { code: unknown }).code : undefined;
}
