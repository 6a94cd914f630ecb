import type { RawValue } from '../../domain/cellValue.types';
import { a1, columnNumber, type RangeBox } from '../../templates/a1';
import { rawValue } from './cellText';
import type { XWorksheet } from './excelApi';
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

/**
 * Queues, in one request, everything `readGrid` needs: the used range of values (to know how far the
 * sheet extends), the values and formulas of its part within GRID_LIMITS, and the merged areas there.
 * Returns what turns the loaded proxies into a Grid once the request is synced.
 */
export function queueGridRead(sheet: XWorksheet, name: string): () => Grid {
  const used = sheet.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
  const clipped = used
    .getIntersectionOrNullObject(LIMIT_ADDRESS)
    .load('rowIndex,columnIndex,values,formulas');
  const merges = sheet.getRange(LIMIT_ADDRESS).getMergedAreasOrNullObject().load('address');
  return () => {
    const rows = used.rowIndex + used.rowCount;
    const cols = used.columnIndex + used.columnCount;
    const values: RawValue[][] = [];
    const formulas: (string | null)[][] = [];
    if (!clipped.isNullObject) {
      const top = clipped.rowIndex;
      const left = clipped.columnIndex;
      const height = top + clipped.values.length;
      const width = left + (clipped.values[0]?.length ?? 0);
      for (let r = 0; r < height; r++) {
        values.push(new Array<RawValue>(width).fill(null));
        formulas.push(new Array<string | null>(width).fill(null));
      }
      clipped.values.forEach((row, i) =>
        row.forEach((v: unknown, j) => {
          const f: unknown = clipped.formulas[i][j];
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
    const beyond = rows > GRID_LIMITS.rows || cols > GRID_LIMITS.cols;
    return {
      sheet: name,
      values,
      formulas,
      merges: merges.isNullObject ? [] : splitAreas(merges.address).flatMap((a) => areaBox(a) ?? []),
      ...(beyond ? { extent: { rows, cols } } : {}),
    };
  };
}
