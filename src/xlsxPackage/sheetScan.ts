import type { BitSet } from './bitSet';
import { area, parseCell, parseRange } from './cellRefs';
import { EXCEL_MAX_COLS, EXCEL_MAX_ROWS } from './limits';
import { corrupt } from './problems';
import { decodeText, type Tag, type XmlHandler } from './xmlScan';

/** Longest text compared with the form's labels: titles and headers are short (the reader's own cut is 80). */
export const LABEL_TEXT_MAX = 1024;

export interface SharedStringsView {
  readonly count: number;
  /** Indexes of shared strings that are labels of the forms. */
  readonly labels: BitSet;
}

/** Cell types whose value is text: shared strings, formula strings, inline strings. */
const TEXT_TYPES: ReadonlySet<string> = new Set(['s', 'str', 'inlineStr']);

/** What one sheet holds, counted without keeping any of it. */
export interface SheetFacts {
  cells: number;
  lastRow: number;
  lastCol: number;
  merges: number;
  mergedCells: number;
  /** The merge covering the most cells, as written. */
  largestMerge: { ref: string; cells: number } | null;
  /** A cell holds a label of the forms (a title, a header, the tag). */
  hasFormLabel: boolean;
}

/**
 * Scans a worksheet part: cells (with their real last row and column — the declared `<dimension>` is
 * never trusted), merges and how many cells they cover, column ranges, whether any cell holds one of the
 * forms' labels, and which shared strings its cells use (into `usedStrings`). Addresses beyond Excel's
 * bounds make the part damaged.
 */
export class SheetScan implements XmlHandler {
  readonly facts: SheetFacts = {
    cells: 0,
    lastRow: 0,
    lastCol: 0,
    merges: 0,
    mergedCells: 0,
    largestMerge: null,
    hasFormLabel: false,
  };
  private row = 0;
  private col = 0;
  private inCell = false;
  private cellType = 'n';
  private inValue = false;
  private inInline = false;
  private inPhonetic = false;
  private inInlineText = false;
  private buffer = '';
  private textOver = false;

  constructor(
    private readonly part: string,
    private readonly strings: SharedStringsView,
    private readonly usedStrings: BitSet,
    private readonly isFormText: (text: string) => boolean,
    /**
     * Called when the sheet passes this many cells, and again at each label found after: the caller
     * refuses a sheet it would have to read once its cells are past the budget, without scanning the rest.
     */
    private readonly cellAlarm: number,
    private readonly onAlarm: (facts: SheetFacts) => void,
  ) {}

  /** True for a cell whose content does not matter (a number, a boolean…): the scanner may skip it. */
  open(tag: Tag): boolean {
    // Most frequent first: a sheet is mostly <c> and <v>.
    if (tag.is('c')) {
      this.openCell(tag);
      if (tag.selfClosing) this.inCell = false;
      return !TEXT_TYPES.has(this.cellType);
    } else if (tag.is('v')) {
      // Only texts can be labels or shared-string indexes: a number's value is never looked at.
      if (this.inCell && !tag.selfClosing && this.cellType !== 'n') this.inValue = this.startText();
    } else if (tag.is('row')) this.openRow(tag);
    else if (tag.is('is')) {
      if (this.inCell && !tag.selfClosing) this.inInline = this.startText();
    } else if (tag.is('rPh')) {
      if (this.inInline) this.inPhonetic = !tag.selfClosing;
    } else if (tag.is('t')) {
      if (this.inInline && !this.inPhonetic && !tag.selfClosing) this.inInlineText = true;
    } else if (tag.is('mergeCell')) this.merge(tag.attr('ref') ?? '');
    else if (tag.is('col')) this.column(tag);
    return false;
  }

  close(tag: Tag): void {
    if (tag.is('c')) this.inCell = false;
    else if (tag.is('v')) {
      if (this.inValue) this.value();
      this.inValue = false;
    } else if (tag.is('t')) this.inInlineText = false;
    else if (tag.is('rPh')) this.inPhonetic = false;
    else if (tag.is('is')) {
      if (this.inInline) this.label(this.buffer);
      this.inInline = false;
    }
  }

  get wantsText(): boolean {
    return (this.inValue || this.inInlineText) && !this.textOver;
  }

  /** Stored text, decoded when it is compared (a shared-string index never needs decoding). */
  text(raw: string, cdata: boolean): void {
    this.buffer += cdata ? raw.replace(/&/g, '&amp;').replace(/</g, '&lt;') : raw;
    if (this.buffer.length > LABEL_TEXT_MAX * 8) this.textOver = true;
  }

  /** Starts collecting a cell's text; true, for the flag of what is collected. */
  private startText(): true {
    this.buffer = '';
    this.textOver = false;
    return true;
  }

  private openRow(tag: Tag): void {
    const r = tag.rawAttr('r');
    const row = r === null ? this.row + 1 : Number(r);
    if (!Number.isInteger(row) || row < 1 || row > EXCEL_MAX_ROWS)
      throw corrupt(`row ${r ?? row} in ${this.part}`);
    this.row = row;
    this.col = 0;
  }

  private openCell(tag: Tag): void {
    const r = tag.rawAttr('r');
    if (r === null) {
      this.col += 1;
      if (this.row === 0) this.row = 1;
      if (this.col > EXCEL_MAX_COLS)
        throw corrupt(`a row with more than ${EXCEL_MAX_COLS} cells in ${this.part}`);
    } else {
      const at = parseCell(r);
      if (at === null) throw corrupt(`cell reference ${r.slice(0, 20)} in ${this.part}`);
      this.row = at.row;
      this.col = at.col;
    }
    const f = this.facts;
    f.cells += 1;
    if (f.cells > this.cellAlarm && (f.cells === this.cellAlarm + 1 || f.hasFormLabel)) this.onAlarm(f);
    if (this.row > f.lastRow) f.lastRow = this.row;
    if (this.col > f.lastCol) f.lastCol = this.col;
    this.inCell = true;
    this.cellType = tag.rawAttr('t') ?? 'n';
  }

  private value(): void {
    if (this.cellType === 's') {
      const index = Number(this.buffer.trim());
      if (Number.isInteger(index) && index >= 0 && index < this.strings.count) {
        this.usedStrings.add(index);
        if (this.strings.labels.has(index)) this.facts.hasFormLabel = true;
      }
    } else if (this.cellType === 'str' || this.cellType === 'inlineStr') this.label(this.buffer);
  }

  private label(text: string): void {
    if (this.textOver || this.facts.hasFormLabel) return;
    const decoded = decodeText(text);
    if (decoded.length <= LABEL_TEXT_MAX && this.isFormText(decoded)) this.facts.hasFormLabel = true;
  }

  private merge(ref: string): void {
    const box = parseRange(ref);
    if (box === null) throw corrupt(`merge ${ref.slice(0, 40)} in ${this.part}`);
    const cells = area(box);
    const f = this.facts;
    f.merges += 1;
    f.mergedCells += cells;
    if (f.largestMerge === null || cells > f.largestMerge.cells) f.largestMerge = { ref, cells };
  }

  private column(tag: Tag): void {
    const min = Number(tag.rawAttr('min'));
    const max = Number(tag.rawAttr('max'));
    // ExcelJS makes one object per column from 1 to `max`.
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min || max > EXCEL_MAX_COLS)
      throw corrupt(`column range ${min}–${max} in ${this.part}`);
  }
}
