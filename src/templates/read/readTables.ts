import type { Draft } from '../../domain/findings/finding';
import type { TableInput } from '../../domain/model';
import type { Grid } from '../grid';
import { decodeTag, type TableTag } from '../tag';
import { locateTables } from './locate';
import { MergedGrid } from './mergedGrid';
import { readTable } from './readTable';

export interface ReadResult {
  readonly tables: TableInput[];
  readonly findings: Draft[];
}

/**
 * Reads every evaluation table on a sheet, driven by labels, never by fixed addresses: tables are
 * found by their titles (or blocks), columns by their headers, rows by their labels. Never throws on
 * a grid: what cannot be read becomes a finding ('table-not-found', 'row-unreadable', 'row-shifted').
 */
export function readTables(grid: Grid): ReadResult {
  const sheet = new MergedGrid(grid);
  const regions = locateTables(sheet);
  if (regions.length === 0) {
    return { tables: [], findings: [{ code: 'table-not-found', params: { sheet: sheet.sheet } }] };
  }
  const tag = decodeTag(grid.tag);
  // The sheet's tag describes the table the add-in inserted: the first one of its kind.
  const tagged = tag ? regions.findIndex((r) => r.kind === tag.template) : -1;
  const tables: TableInput[] = [];
  const findings: Draft[] = [];
  regions.forEach((region, i) => {
    const read = readTable(sheet, region, i === tagged ? (tag as TableTag) : null);
    tables.push(read.table);
    findings.push(...read.findings);
  });
  return { tables, findings };
}
