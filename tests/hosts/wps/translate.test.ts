import { HostUsageError } from '../../../src/hosts/errors';
import { chunkAreas, columnAreas, parseBox, rowAreas } from '../../../src/hosts/wps/addresses';
import { inputOf, planInputOf, readCell } from '../../../src/hosts/wps/cellValues';
import { bgrToHex, hexToBgr } from '../../../src/hosts/wps/colors';
import { findMerges } from '../../../src/hosts/wps/mergeSearch';
import { toMatrix } from '../../../src/hosts/wps/shape';
import { styleBatches } from '../../../src/hosts/wps/styleBatches';
import { parseXmlSpreadsheet, XmlSpreadsheetError } from '../../../src/hosts/wps/xmlSpreadsheet';
import type { RangeBox } from '../../../src/templates/a1';

const box = (top: number, left: number, bottom = top, right = left): RangeBox => ({
  top,
  left,
  bottom,
  right,
});

describe('WPS translation, pure', () => {
  test('colours: #RRGGBB ↔ BGR', () => {
    expect(hexToBgr('#FFC7CE')).toBe(0xcec7ff);
    expect(hexToBgr('#0000ff')).toBe(0xff0000);
    expect(bgrToHex(0xcec7ff)).toBe('#FFC7CE');
    expect(bgrToHex(hexToBgr('#00B050'))).toBe('#00B050');
    expect(() => hexToBgr('red')).toThrow(HostUsageError);
    expect(() => bgrToHex(-1)).toThrow(HostUsageError);
  });

  test('values in: every text behind an apostrophe, formulas with =, blanks as empty', () => {
    expect(inputOf('596.68')).toBe("'596.68");
    expect(inputOf('=SUM(1,2)')).toBe("'=SUM(1,2)");
    expect(inputOf(5.76)).toBe(5.76);
    expect(inputOf(null)).toBe('');
    expect(inputOf('')).toBe('');
    expect(() => inputOf(Number.NaN)).toThrow(HostUsageError);
    expect(planInputOf({ formula: 'D5/C5' })).toBe('=D5/C5');
  });

  test('values out: CVErr codes as error text only for formulas and error constants', () => {
    expect(readCell(-2146826281, '=1/0')).toEqual({ value: '#DIV/0!', formula: '1/0' });
    expect(readCell(-2146826246, '#N/A')).toEqual({ value: '#N/A', formula: null });
    expect(readCell(-2146826281, '-2146826281')).toEqual({ value: -2146826281, formula: null });
    expect(readCell('=SUM(1,2)', '=SUM(1,2)')).toEqual({ value: '=SUM(1,2)', formula: null });
    expect(readCell('', '=IF(C5="","",1)')).toEqual({ value: null, formula: 'IF(C5="","",1)' });
    expect(readCell(undefined, '')).toEqual({ value: null, formula: null });
    expect(() => readCell({}, '')).toThrow(HostUsageError);
  });

  test('shapes: scalar, flat row, flat column, rows; anything else is an error', () => {
    expect(toMatrix(7, 1, 1)).toEqual([[7]]);
    expect(toMatrix([1, 2, 3], 1, 3)).toEqual([[1, 2, 3]]);
    expect(toMatrix([1, 2, 3], 3, 1)).toEqual([[1], [2], [3]]);
    expect(toMatrix([[1, 2, 3]], 1, 3)).toEqual([[1, 2, 3]]);
    expect(toMatrix([[1], [2]], 2, 1)).toEqual([[1], [2]]);
    expect(() => toMatrix([1, 2], 2, 2)).toThrow(/array of 2 for a block of 2×2/);
    expect(() => toMatrix('x', 2, 2)).toThrow(HostUsageError);
  });

  test('addresses: areas chunked by ten, whole columns and rows joined', () => {
    const areas = Array.from({ length: 23 }, (_, i) => `A${i + 1}`);
    expect(chunkAreas(areas).map((c) => c.split(',').length)).toEqual([10, 10, 3]);
    expect(columnAreas([11, 1, 2, 3])).toEqual(['A:C', 'K:K']);
    expect(rowAreas([12, 9, 13])).toEqual(['9:9', '12:13']);
    expect(parseBox('$B$2:$F$10')).toEqual(box(2, 2, 10, 6));
    expect(parseBox('h34')).toEqual(box(34, 8));
    expect(parseBox('A1,B2')).toBeNull();
  });

  test('style batches: one write per property and value, order kept where writes overlap', () => {
    const batches = styleBatches([
      { range: box(1, 1, 10, 5), style: { fill: '#FFFFFF', font: { name: '宋体', bold: false } } },
      { range: box(2, 2), style: { fill: '#FFF9E5' } },
      { range: box(4, 4), style: { fill: '#FFFFFF' } },
      { range: box(2, 2), style: { fill: '#FFFFFF', font: { bold: true } } },
      { range: box(20, 1), style: { fill: '#FFF9E5' } },
    ]);
    const fills = batches.filter((b) => b.property === 'fill');
    expect(fills).toEqual([
      { property: 'fill', value: '#FFFFFF', areas: [box(1, 1, 10, 5), box(4, 4)] },
      { property: 'fill', value: '#FFF9E5', areas: [box(2, 2), box(20, 1)] },
      { property: 'fill', value: '#FFFFFF', areas: [box(2, 2)] },
    ]);
    expect(batches.filter((b) => b.property === 'bold').map((b) => b.value)).toEqual([false, true]);
  });

  test('XML Spreadsheet: merges with implicit positions, styles with parents, comments as text', () => {
    const xml = `<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Styles><Style ss:ID="Default"><Font ss:FontName="宋体"/></Style><Style ss:ID="s1"><Interior ss:Color="#ffc7ce" ss:Pattern="Solid"/></Style>
 <Style ss:ID="s2" ss:Parent="s1"><Font ss:Color="#9C0006"/></Style><Style ss:ID="s3"><Interior ss:Color="#FFFFFF" ss:Pattern="None"/></Style></Styles>
 <Worksheet ss:Name="表"><Table>
  <Row><Cell ss:MergeAcross="1" ss:MergeDown="1" ss:StyleID="s2"><Data ss:Type="String">a &amp; b</Data></Cell><Cell><Data ss:Type="Number">1</Data><Comment ss:Author="x"><ss:Data xmlns="http://www.w3.org/TR/REC-html40"><B>注</B>：第一行&#10;第二行</ss:Data></Comment></Cell></Row>
  <Row><Cell ss:StyleID="s3"/></Row>
  <Row ss:Span="2"/>
  <Row><Cell ss:Index="2" ss:StyleID="s1"/></Row>
 </Table></Worksheet></Workbook>`;
    const block = parseXmlSpreadsheet(xml);
    expect(block.merges).toEqual([box(1, 1, 2, 2)]);
    expect(block.formatAt(1, 1)).toEqual({ fill: '#FFC7CE', fontColor: '#9C0006', note: null });
    expect(block.formatAt(1, 3)).toEqual({ fill: null, fontColor: null, note: '注：第一行\n第二行' });
    expect(block.formatAt(2, 3)).toEqual({ fill: null, fontColor: null, note: null });
    expect(block.formatAt(6, 2)).toEqual({ fill: '#FFC7CE', fontColor: null, note: null });
    expect(() => parseXmlSpreadsheet('<html/>')).toThrow(XmlSpreadsheetError);
  });

  test('merge search with MergeCells finds each merged area and asks few questions', () => {
    const merges = [box(1, 1, 1, 9), box(13, 3, 14, 3), box(12, 1, 1012, 1)];
    const at = (r: number, c: number) =>
      merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
    let questions = 0;
    const found = findMerges(box(1, 1, 1100, 11), {
      mergeCells(b) {
        questions++;
        let some = false;
        let all = true;
        for (let r = b.top; r <= b.bottom; r++)
          for (let c = b.left; c <= b.right; c++) {
            if (at(r, c)) some = true;
            else all = false;
          }
        return some && all ? true : some ? null : false;
      },
      mergeArea: (r, c) => at(r, c) ?? box(r, c),
    });
    expect(found).toEqual([box(1, 1, 1, 9), box(12, 1, 1012, 1), box(13, 3, 14, 3)]);
    expect(questions).toBeLessThan(80);
  });
});
