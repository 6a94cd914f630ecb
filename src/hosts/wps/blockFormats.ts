import { a1, canonicalA1, parseA1, rangeA1, type RangeBox } from '../../templates/a1';
import type { CellFormat } from '../sheetHost';
import { BadAddressError } from '../errors';
import { parseBox } from './addresses';
import { bgrToHex } from './colors';
import type { EtRange, EtWorksheet } from './et';
import { findMerges } from './mergeSearch';
import { parseXmlSpreadsheet, XmlSpreadsheetError, type XmlBlock } from './xmlSpreadsheet';
import { XL_PATTERN_NONE, XL_RANGE_VALUE_XML_SPREADSHEET } from './constants';

/** A1 cells ('h23', '$H$23') as 1-based positions; a bad address is our own bug, named. */
export function positions(cells: readonly string[]): { row: number; col: number }[] {
  return cells.map((cell) => {
    const at = parseA1(canonicalA1(cell) ?? '');
    if (!at) throw new BadAddressError(cell);
    return at;
  });
}

export function boundingBox(at: readonly { row: number; col: number }[]): RangeBox {
  return {
    top: Math.min(...at.map((p) => p.row)),
    left: Math.min(...at.map((p) => p.col)),
    bottom: Math.max(...at.map((p) => p.row)),
    right: Math.max(...at.map((p) => p.col)),
  };
}

/**
 * Reads blocks through `Range.Value(11)` while the WPS build gives XML Spreadsheet, and remembers when
 * it does not (an older or stripped build): merges are then searched with MergeCells and formats read
 * cell by cell, slower but right.
 */
export class BlockReader {
  /** Why Value(11) is not used, once it failed; null while it works. */
  xmlUnavailable: string | null = null;

  private xml(block: EtRange): XmlBlock | null {
    if (this.xmlUnavailable !== null) return null;
    try {
      return parseXmlSpreadsheet(block.Value(XL_RANGE_VALUE_XML_SPREADSHEET));
    } catch (e) {
      // A build without XML Spreadsheet throws or returns something else: fall back, and say why.
      this.xmlUnavailable = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      return null;
    }
  }

  merges(sheet: EtWorksheet, block: EtRange, box: RangeBox): readonly RangeBox[] {
    const xml = this.xml(block);
    if (xml) return xml.merges.map((m) => shift(m, box));
    return findMerges(box, {
      mergeCells: (b) => sheet.Range(rangeA1(b)).MergeCells,
      mergeArea: (row, col) => {
        const area = parseBox(sheet.Range(a1(row, col)).MergeArea.Address(false, false));
        if (!area) throw new XmlSpreadsheetError('ET gave MergeArea an address that is not one block');
        return area;
      },
    });
  }

  formats(sheet: EtWorksheet, cells: readonly string[]): CellFormat[] {
    if (cells.length === 0) return [];
    const at = positions(cells);
    const box = boundingBox(at);
    const xml = this.xml(sheet.Range(rangeA1(box)));
    if (xml) return at.map((p) => xml.formatAt(p.row - box.top + 1, p.col - box.left + 1));
    return cells.map((cell) => formatOfCell(sheet.Range(cell)));
  }
}

function shift(m: RangeBox, box: RangeBox): RangeBox {
  const dr = box.top - 1;
  const dc = box.left - 1;
  return { top: m.top + dr, left: m.left + dc, bottom: m.bottom + dr, right: m.right + dc };
}

/**
 * One cell's format through its properties: Interior.Color reads white for no fill, so Pattern decides;
 * Font.Color reads black for the automatic colour, which is taken as automatic (they look the same).
 */
function formatOfCell(range: EtRange): CellFormat {
  const interior = range.Interior;
  const fill = interior.Pattern === XL_PATTERN_NONE ? null : bgrToHex(Number(interior.Color));
  const fontColor = Number(range.Font.Color);
  const comment = range.Comment;
  return {
    fill,
    fontColor: fontColor === 0 ? null : bgrToHex(fontColor),
    note: comment ? comment.Text() : null,
  };
}
