import { CellValueType, type ICellData, type IStyleData, type Nullable } from '@univerjs/core';
import type { FWorksheet } from '@univerjs/sheets/facade';
import type { RawValue } from '../../domain/cellValue.types';
import type { RangeBox } from '../../templates/a1';
import { GRID_LIMITS, type Grid } from '../../templates/grid';

/** Excel's rule for a date format: y, m, d, h or s outside quoted text and [bracketed] parts. */
export function isDateFormat(pattern: string): boolean {
  const bare = pattern
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[ymdhs]/i.test(bare);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A serial day number (1900 system) as an ISO date, with the time only when it has one: what the xlsx host reads. */
export function serialToIso(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const [h, m, s] = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  return h === 0 && m === 0 && s === 0 ? date : `${date}T${pad(h)}:${pad(m)}:${pad(s)}`;
}

/** The text of a rich-text cell: paragraphs joined by newlines, without the document's closing mark. */
function richText(cell: ICellData): string | null {
  const stream = cell.p?.body?.dataStream;
  if (typeof stream !== 'string') return null;
  return stream.replace(/\r\n$/, '').replace(/\r/g, '\n');
}

function rawValue(cell: ICellData, style: Nullable<IStyleData>): RawValue {
  const v = cell.v;
  if (v === null || v === undefined) return richText(cell);
  if (cell.t === CellValueType.BOOLEAN) return v === true || v === 1 || v === 'TRUE';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    const pattern = style?.n?.pattern;
    return pattern && cell.t !== CellValueType.STRING && isDateFormat(pattern) ? serialToIso(v) : v;
  }
  if (typeof v === 'boolean') return v;
  // A formula showing "" (our blank-while-empty formulas) reads as empty, as in every host.
  return v === '' ? null : String(v);
}

function continuationCells(merges: readonly RangeBox[]): Set<string> {
  const hidden = new Set<string>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) hidden.add(`${r}:${c}`);
    }
  }
  return hidden;
}

/**
 * Values and formulas from A1 to the last cell holding either (formatting alone does not count), clipped
 * to GRID_LIMITS, and the merges. A merged cell other than the top-left reads as empty. Formulas come
 * from the formula model, so a formula copied down (stored once, shared by id) reads as its own text.
 */
export function readGridOf(ws: FWorksheet): Grid {
  const sheet = ws.getSheet();
  const merges: RangeBox[] = ws
    .getMergedRanges()
    .map((r) => ({
      top: r.getRow() + 1,
      left: r.getColumn() + 1,
      bottom: r.getLastRow() + 1,
      right: r.getLastColumn() + 1,
    }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
  const hidden = continuationCells(merges);
  const styles = ws.getWorkbook().getStyles();
  const found: { row: number; col: number; value: RawValue; formula: string | null }[] = [];
  let lastRow = 0;
  let lastCol = 0;
  sheet.getCellMatrix().forValue((r, c, cell) => {
    const row = r + 1;
    const col = c + 1;
    if (!cell || hidden.has(`${row}:${col}`)) return;
    const hasFormula = Boolean(cell.f) || Boolean(cell.si);
    const value = rawValue(cell, styles.getStyleByCell(cell));
    if (value === null && !hasFormula) return;
    lastRow = Math.max(lastRow, row);
    lastCol = Math.max(lastCol, col);
    if (row > GRID_LIMITS.rows || col > GRID_LIMITS.cols) return;
    const formula = hasFormula ? ws.getRange(r, c).getFormula().replace(/^=/, '') || null : null;
    found.push({ row, col, value, formula });
  });
  const rows = Math.min(lastRow, GRID_LIMITS.rows);
  const cols = Math.min(lastCol, GRID_LIMITS.cols);
  const values: RawValue[][] = Array.from({ length: rows }, () => new Array<RawValue>(cols).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: rows }, () =>
    new Array<string | null>(cols).fill(null),
  );
  for (const { row, col, value, formula } of found) {
    values[row - 1][col - 1] = value;
    formulas[row - 1][col - 1] = formula;
  }
  return {
    sheet: ws.getSheetName(),
    values,
    formulas,
    merges,
    ...(lastRow > rows || lastCol > cols ? { extent: { rows: lastRow, cols: lastCol } } : {}),
  };
}
