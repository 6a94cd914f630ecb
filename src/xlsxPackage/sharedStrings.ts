import { BitSet } from './bitSet';
import { LABEL_TEXT_MAX, type SharedStringsView } from './sheetScan';
import { decodeText, type Tag, type XmlHandler } from './xmlScan';

/** Text of each `<si>` (its `<t>` runs, phonetic guides left out), cut at LABEL_TEXT_MAX. */
abstract class StringItems implements XmlHandler {
  protected index = -1;
  private inItem = false;
  private inPhonetic = false;
  private inText = false;
  private buffer = '';
  private over = false;

  open(tag: Tag): void {
    const selfClosing = tag.selfClosing;
    if (tag.is('si')) {
      this.index += 1;
      this.buffer = '';
      this.over = false;
      this.inItem = !selfClosing;
      if (selfClosing) this.item(this.index, '', false);
    } else if (tag.is('rPh') && this.inItem) this.inPhonetic = !selfClosing;
    else if (tag.is('t') && this.inItem && !this.inPhonetic) this.inText = !selfClosing;
  }

  close(tag: Tag): void {
    if (tag.is('si') && this.inItem) {
      this.inItem = false;
      this.item(this.index, this.buffer, this.over);
    } else if (tag.is('rPh')) this.inPhonetic = false;
    else if (tag.is('t')) this.inText = false;
  }

  get wantsText(): boolean {
    return this.inText && !this.over;
  }

  text(raw: string, cdata: boolean): void {
    this.buffer += cdata ? raw : decodeText(raw);
    if (this.buffer.length > LABEL_TEXT_MAX) this.over = true;
  }

  protected abstract item(index: number, text: string, cut: boolean): void;
}

/** First pass over `xl/sharedStrings.xml`: how many strings, and which of them are labels of the forms. */
export class SharedStringsScan extends StringItems {
  private labelIndexes: number[] = [];

  constructor(private readonly isFormText: (text: string) => boolean) {
    super();
  }

  protected item(index: number, text: string, cut: boolean): void {
    if (!cut && this.isFormText(text)) this.labelIndexes.push(index);
  }

  view(): SharedStringsView {
    const count = this.index + 1;
    const labels = new BitSet(count);
    for (const i of this.labelIndexes) labels.add(i);
    return { count, labels };
  }
}

const ITEM_START = /^<(?:[\w.-]+:)?si[\s/>]/;

/**
 * Second pass, when sheets were left out: the same part with every string no kept sheet uses emptied
 * (`<si><t></t></si>`), so that indexes stay valid and the library holds only what is read. Markup is
 * copied as stored; `markup` comes before `open`/`close` of the same tag.
 */
export class SharedStringsPrune implements XmlHandler {
  private index = -1;
  /** > 0 inside an emptied item. */
  private depth = 0;
  private readonly out: string[] = [];
  private size = 0;

  constructor(
    private readonly used: BitSet,
    private readonly onGrow: (chars: number) => void,
  ) {}

  markup(raw: string): void {
    if (this.depth > 0) return;
    if (ITEM_START.test(raw) && !this.used.has(this.index + 1)) return;
    this.write(raw);
  }

  open(tag: Tag): void {
    if (this.depth > 0) {
      if (!tag.selfClosing) this.depth += 1;
    } else if (tag.is('si')) {
      this.index += 1;
      if (this.used.has(this.index)) return;
      this.write('<si><t></t></si>');
      if (!tag.selfClosing) this.depth = 1;
    }
  }

  close(): void {
    if (this.depth > 0) this.depth -= 1;
  }

  get wantsText(): boolean {
    return this.depth === 0;
  }

  text(raw: string, cdata: boolean): void {
    if (!cdata) this.write(raw);
  }

  result(): string {
    return this.out.join('');
  }

  private write(s: string): void {
    this.out.push(s);
    this.size += s.length;
    this.onGrow(this.size);
  }
}
