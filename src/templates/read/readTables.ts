import type { Draft } from '../../domain/findings/finding';
import type { TableInput } from '../../domain/model';
import { a1, type RangeBox } from '../a1';
import { GRID_LIMITS, type Grid } from '../grid';
import { decodeTag, findTag, type TableTag } from '../tag';
import { locateTables, type TableRegion } from './locate';
import { MergedGrid } from './mergedGrid';
import { readTable } from './readTable';

/** One table read from a sheet, with what its reading found and the rectangle it spans. */
export interface ReadTable {
  readonly input: TableInput;
  /** Drafts about this table's cells (rows that cannot be placed…). */
  readonly findings: readonly Draft[];
  readonly area: RangeBox;
}

export interface ReadResult {
  readonly tables: readonly ReadTable[];
  /** About the sheet as a whole: 'table-not-found' when no table is on it. */
  readonly findings: readonly Draft[];
  /** The sheet's tag (an inserted form's kind, profile and year), decoded; null when none or damaged. */
  readonly tag: TableTag | null;
}

/**
 * Reads every evaluation table on a sheet, driven by labels, never by fixed addresses: tables are
 * found by their titles (or blocks), columns by their headers, rows by their labels. Never throws on
 * a grid: what cannot be read becomes a finding ('table-not-found', 'row-unreadable').
 */
export function readTables(grid: Grid): ReadResult {
  const sheet = new MergedGrid(grid);
  const tag = decodeTag(findTag(grid));
  const regions = locateTables(sheet);
  const clipped = readInPart(grid);
  if (regions.length === 0) {
    return {
      tables: [],
      findings: [{ code: 'table-not-found', params: { sheet: sheet.sheet } }, ...clipped],
      tag,
    };
  }
  // The sheet's tag describes the table the add-in inserted: the first one of its kind.
  const tagged = tag ? regions.findIndex((r) => r.kind === tag.template) : -1;
  const tables = regions.map((region, i): ReadTable => {
    const read = readTable(sheet, region, i === tagged ? tag : null);
    return { input: read.table, findings: [...clipped, ...read.findings], area: areaOf(region, sheet.cols) };
  });
  return { tables, findings: [], tag };
}

/** When the host read the sheet only up to GRID_LIMITS: a finding naming how far it really goes. */
function readInPart(grid: Grid): Draft[] {
  if (!grid.extent) return [];
  const farCell = a1(grid.extent.rows, grid.extent.cols);
  return [
    { code: 'sheet-read-in-part', params: { farCell, readTo: a1(GRID_LIMITS.rows, GRID_LIMITS.cols) } },
  ];
}

function areaOf(region: TableRegion, sheetCols: number): RangeBox {
  const rights = [region.budget?.right, region.indicators?.right].filter((c): c is number => c !== undefined);
  const right = rights.length > 0 ? Math.max(...rights) : sheetCols;
  return { top: region.top, left: region.left, bottom: region.bottom, right: Math.max(right, region.left) };
}
