import { BitSet } from './bitSet';
import { PartRewrite } from './partRewrite';
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

/**
 * Second pass, when sheets were left out: the same part with every string no kept sheet uses emptied
 * (`<si><t></t></si>`), so that indexes stay valid and the library holds only what is read.
 */
export class SharedStringsPrune extends PartRewrite {
  private index = -1;

  constructor(
    private readonly used: BitSet,
    onGrow: (chars: number) => void,
  ) {
    super(onGrow);
  }

  protected replacement(tag: Tag): string | null {
    if (!tag.is('si')) return null;
    this.index += 1;
    return this.used.has(this.index) ? null : '<si><t></t></si>';
  }
}
