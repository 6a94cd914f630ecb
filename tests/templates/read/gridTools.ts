import type { RawValue } from '../../../src/domain/cellValue.types';
import type { CellInput, TableInput } from '../../../src/domain/model';
import type { Draft } from '../../../src/domain/findings/finding';
import { a1, parseA1, type RangeBox } from '../../../src/templates/a1';
import type { Grid } from '../../../src/templates/grid';
import { readTables } from '../../../src/templates/read/readTables';

/** Grid edits a user makes, with merges following the rows and columns as a spreadsheet moves them. */

export function shiftGrid(grid: Grid, rows: number, cols: number): Grid {
  const pad = (): RawValue[] => new Array<RawValue>(cols).fill(null);
  return {
    ...grid,
    values: [
      ...Array.from({ length: rows }, () => [] as RawValue[]),
      ...grid.values.map((line) => (line.length === 0 ? [] : [...pad(), ...line])),
    ],
    merges: grid.merges.map((m) => ({
      top: m.top + rows,
      bottom: m.bottom + rows,
      left: m.left + cols,
      right: m.right + cols,
    })),
  };
}

/** Inserts rows before sheet row `at`; a merge spanning `at` grows, one below moves down. */
export function insertRows(grid: Grid, at: number, lines: readonly (readonly RawValue[])[]): Grid {
  const n = lines.length;
  const move = (m: RangeBox): RangeBox =>
    m.top >= at
      ? { ...m, top: m.top + n, bottom: m.bottom + n }
      : m.bottom >= at
        ? { ...m, bottom: m.bottom + n }
        : m;
  return {
    ...grid,
    values: [...grid.values.slice(0, at - 1), ...lines, ...grid.values.slice(at - 1)],
    merges: grid.merges.map(move),
  };
}

/** Deletes `count` rows from sheet row `at`; merges shrink, vanish or move up. */
export function deleteRows(grid: Grid, at: number, count: number): Grid {
  const last = at + count - 1;
  const merges: RangeBox[] = [];
  for (const m of grid.merges) {
    if (m.bottom < at) merges.push(m);
    else if (m.top > last) merges.push({ ...m, top: m.top - count, bottom: m.bottom - count });
    else {
      const lost = Math.min(m.bottom, last) - Math.max(m.top, at) + 1;
      const top = Math.min(m.top, at);
      const bottom = top + (m.bottom - m.top + 1 - lost) - 1;
      if (bottom > top || (bottom === top && m.right > m.left)) merges.push({ ...m, top, bottom });
    }
  }
  return { ...grid, values: [...grid.values.slice(0, at - 1), ...grid.values.slice(last)], merges };
}

/** `b` below `a`, `gap` empty rows between them. */
export function stackGrids(a: Grid, b: Grid, gap: number): Grid {
  const offset = a.values.length + gap;
  return {
    ...a,
    values: [...a.values, ...Array.from({ length: gap }, () => []), ...b.values],
    merges: [...a.merges, ...b.merges.map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset }))],
  };
}

/** Sets cells ('B3' → value) on a copy. */
export function withCells(grid: Grid, cells: Record<string, RawValue>): Grid {
  const values = grid.values.map((line) => [...line]);
  for (const [ref, value] of Object.entries(cells)) {
    const pos = parseA1(ref);
    if (!pos) throw new Error(ref);
    while (values.length < pos.row) values.push([]);
    const line = values[pos.row - 1];
    while (line.length < pos.col) line.push(null);
    line[pos.col - 1] = value;
  }
  return { ...grid, values };
}

/** Raw value and address of a cell input, as 'value@A1' (for compact assertions). */
export function at(input: CellInput | undefined): string {
  if (!input) return 'undefined';
  return `${input.raw === null ? '' : String(input.raw)}@${input.cell ?? ''}`;
}

/** Every `cell` address a read returns (tables and findings). */
export function addressesOf(tables: readonly TableInput[], findings: readonly Draft[]): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'cell' && typeof x === 'string') out.push(x);
        else walk(x);
      }
    }
  };
  walk(tables);
  walk(findings);
  return out;
}

/** The addresses among `refs` that are not A1 addresses inside the grid's rows and its widest row. */
export function outsideGrid(grid: Grid, refs: readonly string[]): string[] {
  let width = 0;
  for (const line of grid.values) if (Array.isArray(line) && line.length > width) width = line.length;
  return refs.filter((ref) => {
    const pos = parseA1(ref);
    return !pos || a1(pos.row, pos.col) !== ref || pos.row > grid.values.length || pos.col > width;
  });
}

/** What a sheet's reading found, flattened: the tables' inputs, and every finding (sheet's and tables'). */
export function readFlat(grid: Grid): { tables: TableInput[]; findings: Draft[] } {
  const read = readTables(grid);
  return {
    tables: read.tables.map((t) => t.input),
    findings: [...read.findings, ...read.tables.flatMap((t) => t.findings)],
  };
}
