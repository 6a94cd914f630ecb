import type { Tag, XmlHandler } from './xmlScan';

/**
 * Copies a part as stored while it is scanned, replacing some elements (with all they hold): at each
 * start tag, `replacement` says what to put instead of the element ('' for nothing), or null to copy
 * it. A tag's markup arrives before its `open`, so it is held until the decision. `onGrow` is told the
 * length written so far (a rewrite may not outgrow what may be read).
 */
export abstract class PartRewrite implements XmlHandler {
  /** > 0 inside a replaced element. */
  private depth = 0;
  private held: string | null = null;
  private readonly out: string[] = [];
  private size = 0;

  constructor(private readonly onGrow: (chars: number) => void) {}

  protected abstract replacement(tag: Tag): string | null;

  get wantsText(): boolean {
    return this.depth === 0;
  }

  markup(raw: string): void {
    if (this.depth > 0) return;
    this.flush();
    this.held = raw;
  }

  open(tag: Tag): void {
    if (this.depth > 0) {
      if (!tag.selfClosing) this.depth += 1;
      return;
    }
    const instead = this.replacement(tag);
    if (instead === null) return this.flush();
    this.held = null;
    this.write(instead);
    if (!tag.selfClosing) this.depth = 1;
  }

  close(): void {
    if (this.depth > 0) this.depth -= 1;
    else this.flush();
  }

  text(raw: string, cdata: boolean): void {
    this.flush();
    // A CDATA section was held as markup, as stored.
    if (!cdata) this.write(raw);
  }

  result(): string {
    this.flush();
    return this.out.join('');
  }

  private flush(): void {
    if (this.held === null) return;
    const raw = this.held;
    this.held = null;
    this.write(raw);
  }

  private write(s: string): void {
    if (s === '') return;
    this.out.push(s);
    this.size += s.length;
    this.onGrow(this.size);
  }
}

/** Copies a part as stored, leaving out every element named in `drop` (with all it holds). */
export class DropElements extends PartRewrite {
  constructor(
    private readonly drop: ReadonlySet<string>,
    onGrow: (chars: number) => void,
  ) {
    super(onGrow);
  }

  protected replacement(tag: Tag): string | null {
    return this.drop.has(tag.name) ? '' : null;
  }
}
