import type { ICellData, IWorkbookData } from '@univerjs/core';
import type { FUniver } from '@univerjs/core/facade';
import type { FWorksheet } from '@univerjs/sheets/facade';
import type { RawValue } from '../../src/domain/cellValue.types';
import { createHeadlessUniver } from '../../src/hosts/univer/engine';
import { UniverSheetHost } from '../../src/hosts/univer/UniverSheetHost';
import { parseA1, type RangeBox } from '../../src/templates/a1';
import type { CellFormat } from '../../src/hosts/sheetHost';
import type { HostContractOptions } from './contract';

/**
 * Univer without a view, in Node: the page's model plugins (sheets, formulas, number formats,
 * validation, notes). "As a user would" means through Univer's own commands, as its UI issues them —
 * outside our host, so that onChange hears them.
 */
const started: { dispose(): void }[] = [];
afterAll(() => {
  for (const u of started.splice(0)) u.dispose();
});

let units = 0;

function boot(snapshot?: Partial<IWorkbookData>): { api: FUniver; host: UniverSheetHost } {
  const { univer, api } = createHeadlessUniver();
  started.push(univer);
  // A unit id of its own: Univer's formula engine keeps module-wide caches keyed by unit and sheet id,
  // shared by every instance in the process (the page has one instance and names each workbook anew).
  const id = `contract-${++units}`;
  return { api, host: UniverSheetHost.open(api, { ...(snapshot ?? { name: 'contract' }), id }) };
}

const apis = new WeakMap<UniverSheetHost, FUniver>();

export function makeUniverHost(snapshot?: Partial<IWorkbookData>): UniverSheetHost {
  const { api, host } = boot(snapshot);
  apis.set(host, api);
  return host;
}

function sheetOf(host: UniverSheetHost, sheet: string): FWorksheet {
  const api = apis.get(host);
  const ws = api?.getActiveWorkbook()?.getSheetByName(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  return ws;
}

function cellOf(ref: string): { row: number; col: number } {
  const pos = parseA1(ref);
  if (!pos) throw new Error(`bad cell ${ref}`);
  return { row: pos.row - 1, col: pos.col - 1 };
}

function userCell(value: RawValue): ICellData {
  if (value === null) return { v: null };
  if (typeof value === 'boolean') return { v: value ? 1 : 0, t: 3 };
  return typeof value === 'number' ? { v: value, t: 2 } : { v: value, t: 1 };
}

export const univerOptions: HostContractOptions<UniverSheetHost> = {
  async withSheet(sheet, rows, merges: readonly RangeBox[] = []) {
    const host = makeUniverHost();
    const api = apis.get(host);
    const wb = api?.getActiveWorkbook();
    if (!wb) throw new Error('no workbook');
    const ws = wb.getActiveSheet();
    ws.setName(sheet);
    ws.setRowCount(Math.max(1000, rows.length + 10));
    const cells: Record<number, Record<number, ICellData>> = {};
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) (cells[r] ??= {})[c] = userCell(value);
      }),
    );
    if (rows.length > 0)
      ws.getRange(0, 0, rows.length, Math.max(1, ...rows.map((r) => r.length))).setValues(cells);
    for (const m of merges)
      ws.getRange(m.top - 1, m.left - 1, m.bottom - m.top + 1, m.right - m.left + 1).merge();
    await host.settled();
    return host;
  },
  async typeValues(host, sheet, values) {
    const ws = sheetOf(host, sheet);
    for (const { cell, value } of values) {
      const { row, col } = cellOf(cell);
      if (row >= ws.getMaxRows()) ws.setRowCount(row + 100);
      ws.getRange(row, col).setValue(userCell(value));
    }
    await host.settled();
  },
  async userFormat(host, sheet, cell, format: Partial<CellFormat>) {
    const ws = sheetOf(host, sheet);
    const { row, col } = cellOf(cell);
    const range = ws.getRange(row, col);
    if (format.fill !== undefined) range.setBackground(format.fill ?? '');
    if (format.fill === null) range.setValues({ [row]: { [col]: { s: { bg: null } } } });
    if (format.fontColor !== undefined) range.setFontColor(format.fontColor);
    if (format.note === null) range.deleteNote();
    else if (format.note !== undefined)
      range.createOrUpdateNote({ id: '', row, col, width: 160, height: 72, note: format.note });
  },
  async reopen(host) {
    // What the page keeps in the browser: the snapshot, through JSON as IndexedDB stores it.
    const saved = JSON.parse(JSON.stringify(await host.snapshot())) as IWorkbookData;
    return makeUniverHost(saved);
  },
  notifies: true,
  async settle() {
    await new Promise((resolve) => setTimeout(resolve, 10));
  },
};
