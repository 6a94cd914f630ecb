import { corrupt } from './problems';

/** What a scan is told, tag by tag. Names are local (a prefix such as `x:` is dropped); text is as stored. */
export interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data between tags, entity references undecoded; `cdata` when it came from a CDATA section. */
  text(raw: string, cdata: boolean): void;
  /** When present: every piece of markup as stored (tags, comments, CDATA…), for rewriting a part. */
  markup?(raw: string): void;
}

const LT = 0x3c;
const GT = 0x3e;
const QUOTE = 0x22;
const APOS = 0x27;

function localName(tag: string): string {
  const colon = tag.indexOf(':');
  return colon < 0 ? tag : tag.slice(colon + 1);
}

/** End of the name in `<name attrs…>`, from `from`. */
function nameEnd(s: string, from: number, end: number): number {
  let i = from;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f || c === GT) break;
    i++;
  }
  return i;
}

/**
 * A streaming XML tokenizer, enough for the parts of a workbook: start, end and empty tags, text,
 * CDATA; comments, processing instructions and DOCTYPE are skipped (their entities are never expanded).
 * Memory is one pending tag: a tag longer than `maxTagChars` (a "huge attribute") makes the part damaged.
 */
export class XmlScanner {
  private pending = '';
  /** Where the search for the end of the pending tag resumes, and the quote it is inside. */
  private resume = 0;
  private quote = 0;

  constructor(
    private readonly h: XmlHandler,
    private readonly maxTagChars: number,
    private readonly part: string,
  ) {}

  push(chunk: string): void {
    const s = this.pending === '' ? chunk : this.pending + chunk;
    const n = s.length;
    let i = 0;
    while (i < n) {
      if (this.pending === '' || i > 0) {
        const lt = s.indexOf('<', i);
        if (lt < 0) {
          this.h.text(s.slice(i), false);
          i = n;
          break;
        }
        if (lt > i) this.h.text(s.slice(i, lt), false);
        i = lt;
        this.resume = lt + 1;
        this.quote = 0;
      }
      const end = this.tagEnd(s, i);
      if (end < 0) {
        if (n - i > this.maxTagChars)
          throw corrupt(`a tag longer than ${this.maxTagChars} characters in ${this.part}`);
        this.pending = s.slice(i);
        this.resume -= i;
        return;
      }
      this.emit(s, i, end);
      i = end + 1;
      this.pending = '';
    }
    this.pending = '';
  }

  end(): void {
    if (this.pending !== '') throw corrupt(`${this.part} ends inside a tag`);
  }

  /** Index of the '>' closing the markup that starts at `lt`, or -1 when it is not in `s` yet. */
  private tagEnd(s: string, lt: number): number {
    const second = s.charCodeAt(lt + 1);
    if (second === 0x21 /* ! */) {
      if (s.startsWith('<!--', lt)) return after(s.indexOf('-->', Math.max(lt + 4, this.resume - 2)), 2);
      if (s.startsWith('<![CDATA[', lt)) return after(s.indexOf(']]>', Math.max(lt + 9, this.resume - 2)), 2);
      if (s.length - lt < 9) return -1;
      // DOCTYPE: up to the '>' after its internal subset, if any. Nothing in it is expanded.
      const bracket = s.indexOf('[', lt);
      const close = s.indexOf('>', lt);
      if (bracket >= 0 && (close < 0 || bracket < close)) return after(s.indexOf(']>', bracket), 1);
      return close;
    }
    if (second === 0x3f /* ? */) return after(s.indexOf('?>', Math.max(lt + 2, this.resume - 1)), 1);
    let quote = this.quote;
    for (let i = this.resume; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === QUOTE || c === APOS) quote = c;
      else if (c === GT) return i;
      else if (c === LT) throw corrupt(`'<' inside a tag in ${this.part}`);
    }
    this.resume = s.length;
    this.quote = quote;
    return -1;
  }

  private emit(s: string, lt: number, gt: number): void {
    this.h.markup?.(s.slice(lt, gt + 1));
    const second = s.charCodeAt(lt + 1);
    if (second === 0x21) {
      if (s.startsWith('<![CDATA[', lt)) this.h.text(s.slice(lt + 9, gt - 2), true);
      return;
    }
    if (second === 0x3f) return;
    if (second === 0x2f /* / */) {
      this.h.close(localName(s.slice(lt + 2, nameEnd(s, lt + 2, gt))));
      return;
    }
    const selfClosing = s.charCodeAt(gt - 1) === 0x2f;
    const nameStop = nameEnd(s, lt + 1, gt);
    const attrsEnd = selfClosing ? gt - 1 : gt;
    this.h.open(
      localName(s.slice(lt + 1, nameStop)),
      nameStop < attrsEnd ? s.slice(nameStop, attrsEnd) : '',
      selfClosing,
    );
  }
}

function after(index: number, extra: number): number {
  return index < 0 ? -1 : index + extra;
}

/** Feeds UTF-8 chunks to a scanner. */
export function utf8Feeder(scanner: XmlScanner): { push(chunk: Uint8Array): void; end(): void } {
  const decoder = new TextDecoder('utf-8');
  return {
    push: (chunk) => scanner.push(decoder.decode(chunk, { stream: true })),
    end: () => {
      const rest = decoder.decode();
      if (rest !== '') scanner.push(rest);
      scanner.end();
    },
  };
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** The xlsx escape of characters XML cannot hold (`_x001B_` is ESC), as the spreadsheet library decodes it. */
const XLSX_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

function codePoint(n: number): string {
  return n >= 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : '\uFFFD';
}

export function decodeText(raw: string): string {
  const text =
    raw.indexOf('&') < 0
      ? raw
      : raw.replace(ENTITY, (_, e: string) =>
          e[0] === '#'
            ? codePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
            : NAMED[e],
        );
  return text.indexOf('_x') < 0
    ? text
    : text.replace(XLSX_ESCAPE, (_, h: string) => codePoint(parseInt(h, 16)));
}

/** The decoded value of attribute `name` in a tag's attribute text, or null. */
export function attr(attrs: string, name: string): string | null {
  let from = 0;
  for (;;) {
    const at = attrs.indexOf(name, from);
    if (at < 0) return null;
    from = at + name.length;
    const before = at === 0 ? 0x20 : attrs.charCodeAt(at - 1);
    if (before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d && before !== 0x3a) continue;
    let i = from;
    while (attrs.charCodeAt(i) === 0x20) i++;
    if (attrs.charCodeAt(i) !== 0x3d /* = */) continue;
    i++;
    while (attrs.charCodeAt(i) === 0x20) i++;
    const q = attrs.charCodeAt(i);
    if (q !== QUOTE && q !== APOS) return null;
    const close = attrs.indexOf(String.fromCharCode(q), i + 1);
    if (close < 0) return null;
    return decodeText(attrs.slice(i + 1, close));
  }
}
