import type { RangeBox } from '../../templates/a1';

/**
 * What `Range.Value(11)` (XML Spreadsheet 2003, the format of Excel's "XML 电子表格") tells about a
 * block in one bridge call: its merged areas, and each cell's fill, font colour and comment. Positions
 * are 1-based within the block. Only the parts the host needs are read; everything else is skipped.
 */
export interface XmlCellFormat {
  readonly fill: string | null;
  readonly fontColor: string | null;
  readonly note: string | null;
}

export interface XmlBlock {
  readonly merges: readonly RangeBox[];
  /** The format of the cell at block row r, column c (1-based). */
  formatAt(row: number, col: number): XmlCellFormat;
}

export class XmlSpreadsheetError extends Error {
  override readonly name = 'XmlSpreadsheetError';
}

interface StyleDef {
  parent: string | null;
  fill?: string | null;
  fontColor?: string | null;
}

interface CellInfo {
  style: string | null;
  note: string | null;
}

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) out.set(localName(m[1]), decode(m[2] ?? m[3] ?? ''));
  return out;
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[lower] ?? '';
  });
}

function colour(value: string | undefined): string | null {
  return value !== undefined && /^#[0-9a-f]{6}$/i.test(value) ? value.toUpperCase() : null;
}

function integer(value: string | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new XmlSpreadsheetError(`${what} is not a whole number: ${value}`);
  return Number(value);
}

export function parseXmlSpreadsheet(xml: string): XmlBlock {
  if (!/<Workbook[\s>]/.test(xml) || !/<Table[\s>/]/.test(xml)) {
    throw new XmlSpreadsheetError('not an XML Spreadsheet with a table');
  }
  const styles = new Map<string, StyleDef>();
  const cells = new Map<string, CellInfo>();
  const merges: RangeBox[] = [];
  const covered = new Set<string>();
  let style: StyleDef | null = null;
  let inTable = false;
  let row = 0;
  let col = 0;
  let cell: CellInfo | null = null;
  let note: string[] | null = null;

  for (const m of xml.matchAll(TOKEN)) {
    const [, cdata, closing, rawName, attrText, selfClosing, text] = m;
    if (text !== undefined || cdata !== undefined) {
      if (note) note.push(cdata ?? decode(text ?? ''));
      continue;
    }
    if (rawName === undefined) continue;
    const name = localName(rawName);
    const attrs = attributes(attrText ?? '');
    if (closing) {
      if (name === 'Style') style = null;
      else if (name === 'Table') inTable = false;
      else if (name === 'Comment' && cell && note) {
        cell.note = note.join('');
        note = null;
      } else if (name === 'Cell') cell = null;
      continue;
    }
    if (name === 'Style') {
      const id = attrs.get('ID');
      if (id === undefined) throw new XmlSpreadsheetError('a Style without an ID');
      style = { parent: attrs.get('Parent') ?? null };
      styles.set(id, style);
      if (selfClosing) style = null;
    } else if (style && name === 'Interior') {
      const pattern = attrs.get('Pattern');
      style.fill = pattern === 'None' ? null : colour(attrs.get('Color'));
    } else if (style && name === 'Font') {
      style.fontColor = colour(attrs.get('Color'));
    } else if (name === 'Table') {
      inTable = !selfClosing;
    } else if (inTable && name === 'Row') {
      row = integer(attrs.get('Index'), 'Row ss:Index') ?? row + 1;
      col = 0;
      const span = integer(attrs.get('Span'), 'Row ss:Span') ?? 0;
      if (selfClosing) row += span;
    } else if (inTable && name === 'Cell') {
      const index = integer(attrs.get('Index'), 'Cell ss:Index');
      col = index ?? col + 1;
      if (index === undefined) while (covered.has(`${row},${col}`)) col++;
      const across = integer(attrs.get('MergeAcross'), 'ss:MergeAcross') ?? 0;
      const down = integer(attrs.get('MergeDown'), 'ss:MergeDown') ?? 0;
      if (across > 0 || down > 0) {
        merges.push({ top: row, left: col, bottom: row + down, right: col + across });
        for (let r = row; r <= row + down; r++) {
          for (let c = col; c <= col + across; c++) if (r > row) covered.add(`${r},${c}`);
        }
      }
      const info: CellInfo = { style: attrs.get('StyleID') ?? null, note: null };
      cells.set(`${row},${col}`, info);
      col += across;
      cell = selfClosing ? null : info;
    } else if (cell && name === 'Comment') {
      note = selfClosing ? null : [];
    } else if (note && name === 'Br') {
      note.push('\n');
    }
  }

  function resolve(id: string | null, key: 'fill' | 'fontColor', seen = new Set<string>()): string | null {
    if (id === null || seen.has(id)) return null;
    seen.add(id);
    const def = styles.get(id);
    if (!def) return null;
    const own = def[key];
    return own !== undefined ? own : resolve(def.parent, key, seen);
  }

  return {
    merges,
    formatAt(r, c) {
      const info = cells.get(`${r},${c}`);
      // A cell the XML leaves out has the row's or the default style: no fill, automatic font colour.
      const id = info?.style ?? null;
      return { fill: resolve(id, 'fill'), fontColor: resolve(id, 'fontColor'), note: info?.note ?? null };
    },
  };
}
