import type { RangeBox } from '../../../src/templates/a1';
import { bgrHex } from './colours';
import { peek, type CellData, type SheetData } from './model';

/**
 * `Range.Value(11)`: the block as XML Spreadsheet 2003, the subset Excel writes for values, merges, fills,
 * font colours and comments. Every cell that is not the first of its row, or follows a gap, carries
 * ss:Index; merged areas anchored in the block carry ss:MergeAcross/ss:MergeDown; cells they cover are
 * left out.
 */
function escape(text: string): string {
  return text.replace(
    /[&<>"\n]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;' })[c] ?? c,
  );
}

const ERROR_TEXT: Record<number, string> = {
  2000: '#NULL!',
  2007: '#DIV/0!',
  2015: '#VALUE!',
  2023: '#REF!',
  2029: '#NAME?',
  2036: '#NUM!',
  2042: '#N/A',
  2045: '#SPILL!',
  2049: '#FIELD!',
  2050: '#CALC!',
};

function data(cell: CellData): string {
  const v = cell.value;
  if (v === null) return '';
  if (typeof v === 'number') return `<Data ss:Type="Number">${v}</Data>`;
  if (typeof v === 'boolean') return `<Data ss:Type="Boolean">${v ? 1 : 0}</Data>`;
  if (typeof v === 'string') return `<Data ss:Type="String">${escape(v)}</Data>`;
  return `<Data ss:Type="Error">${ERROR_TEXT[v.error]}</Data>`;
}

export function xmlSpreadsheet(sheet: SheetData, block: RangeBox): string {
  const styles = new Map<string, string>();
  const styleDefs: string[] = [];
  const styleOf = (cell: CellData): string | null => {
    if (cell.fill === null && cell.fontColor === null) return null;
    const k = `${cell.fill}/${cell.fontColor}`;
    let id = styles.get(k);
    if (!id) {
      id = `s${62 + styles.size}`;
      const interior =
        cell.fill === null ? '' : `<Interior ss:Color="${bgrHex(cell.fill)}" ss:Pattern="Solid"/>`;
      const font =
        cell.fontColor === null
          ? `<Font ss:FontName="${escape(cell.fontName)}" x:CharSet="134" ss:Size="${cell.fontSize}"/>`
          : `<Font ss:FontName="${escape(cell.fontName)}" x:CharSet="134" ss:Size="${cell.fontSize}" ss:Color="${bgrHex(cell.fontColor)}"/>`;
      styles.set(k, id);
      styleDefs.push(`  <Style ss:ID="${id}">${font}${interior}</Style>`);
    }
    return id;
  };
  const rows: string[] = [];
  const height = block.bottom - block.top + 1;
  const width = block.right - block.left + 1;
  for (let r = block.top; r <= block.bottom; r++) {
    const cells: string[] = [];
    let next = 1;
    for (let c = block.left; c <= block.right; c++) {
      const merge = sheet.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
      if (merge && (merge.top !== r || merge.left !== c)) continue;
      const cell = peek(sheet, r, c);
      if (!cell && !merge) continue;
      const col = c - block.left + 1;
      const attrs: string[] = [];
      if (col !== next) attrs.push(`ss:Index="${col}"`);
      if (merge && merge.right > merge.left)
        attrs.push(`ss:MergeAcross="${Math.min(merge.right, block.right) - c}"`);
      if (merge && merge.bottom > merge.top)
        attrs.push(`ss:MergeDown="${Math.min(merge.bottom, block.bottom) - r}"`);
      const style = cell ? styleOf(cell) : null;
      if (style) attrs.push(`ss:StyleID="${style}"`);
      const comment = cell?.comment
        ? `<Comment ss:Author="${escape(cell.comment.author)}"><ss:Data xmlns="http://www.w3.org/TR/REC-html40">${escape(cell.comment.text)}</ss:Data></Comment>`
        : '';
      cells.push(`<Cell${attrs.map((a) => ` ${a}`).join('')}>${cell ? data(cell) : ''}${comment}</Cell>`);
      next = col + 1 + (merge ? Math.min(merge.right, block.right) - c : 0);
    }
    if (cells.length > 0)
      rows.push(`   <Row ss:Index="${r - block.top + 1}">\n    ${cells.join('\n    ')}\n   </Row>`);
  }
  return [
    '<?xml version="1.0"?>',
    '<?mso-application progid="Excel.Sheet"?>',
    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">',
    ' <Styles>',
    '  <Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Center"/><Font ss:FontName="宋体" x:CharSet="134" ss:Size="11"/></Style>',
    ...styleDefs,
    ' </Styles>',
    ` <Worksheet ss:Name="${escape(sheet.name)}">`,
    `  <Table ss:ExpandedColumnCount="${width}" ss:ExpandedRowCount="${height}" x:FullColumns="1" x:FullRows="1">`,
    ...rows,
    '  </Table>',
    ' </Worksheet>',
    '</Workbook>',
  ].join('\n');
}
