import { columnNumber, type RangeBox } from '../../../src/templates/a1';
import { NotModelledError } from './bridge';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface ParsedAddress {
  readonly areas: RangeBox[];
  readonly wholeColumns: boolean;
  readonly wholeRows: boolean;
}

/** 'A1', 'A1:B2', '$A$1', 'A:C', '9:12', and several of them joined by commas, as Worksheet.Range takes them. */
export function parseAddress(address: string): ParsedAddress {
  if (address.length > 255)
    throw new Error(`WPS fake: an address longer than 255 characters (${address.length})`);
  const areas: RangeBox[] = [];
  let columns = 0;
  let rows = 0;
  for (const part of address.split(',')) {
    const text = part.trim().replace(/\$/g, '').toUpperCase();
    let m = /^([A-Z]{1,3})([1-9]\d*)(?::([A-Z]{1,3})([1-9]\d*))?$/.exec(text);
    if (m) {
      const [r1, c1] = [Number(m[2]), columnNumber(m[1])];
      const [r2, c2] = m[3] === undefined ? [r1, c1] : [Number(m[4]), columnNumber(m[3])];
      areas.push(box(r1, c1, r2, c2));
      continue;
    }
    m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(text);
    if (m) {
      areas.push(box(1, columnNumber(m[1]), MAX_ROWS, columnNumber(m[2])));
      columns++;
      continue;
    }
    m = /^([1-9]\d*):([1-9]\d*)$/.exec(text);
    if (m) {
      areas.push(box(Number(m[1]), 1, Number(m[2]), MAX_COLS));
      rows++;
      continue;
    }
    throw new Error(`WPS fake: ET cannot parse the address ${JSON.stringify(address)}`);
  }
  for (const a of areas) {
    if (a.bottom > MAX_ROWS || a.right > MAX_COLS) throw new Error(`WPS fake: ${address} is off the sheet`);
  }
  if ((columns > 0 && columns < areas.length) || (rows > 0 && rows < areas.length)) {
    throw new NotModelledError(`WPS fake: mixing whole columns or rows with cells (${address})`);
  }
  return { areas, wholeColumns: columns > 0, wholeRows: rows > 0 };
}

function box(r1: number, c1: number, r2: number, c2: number): RangeBox {
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

export function cellCount(areas: readonly RangeBox[]): number {
  return areas.reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0);
}
