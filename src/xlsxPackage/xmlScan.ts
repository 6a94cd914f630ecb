import { corrupt } from './problems';

/**
 * A tag as the scanner meets it, without copying it: its local name (a prefix such as `x:` dropped) and
 * its attributes are read in place. One object per scanner, reused: valid only during the call.
 */
export class Tag {
  s = '';
  /** The local name is s[nameStart, nameEnd); attributes lie in [nameEnd, attrsEnd). */
  nameStart = 0;
  nameEnd = 0;
  attrsEnd = 0;
  selfClosing = false;

  is(name: string): boolean {
    return this.nameEnd - this.nameStart === name.length && this.s.startsWith(name, this.nameStart);
  }

  get name(): string {
    return this.s.slice(this.nameStart, this.nameEnd);
  }

  /** The value of attribute `name` as stored (for values never escaped: cell references, types), or null. */
  rawAttr(name: string): string | null {
    const s = this.s;
    const n = name.length;
    for (let i = this.nameEnd; i + n < this.attrsEnd; i++) {
      if (s.charCodeAt(i + n) !== 0x3d /* = */ || !s.startsWith(name, i)) continue;
      const before = s.charCodeAt(i - 1);
      if (before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d && before !== 0x3a)
        continue;
      const q = s.charCodeAt(i + n + 1);
      if (q !== 0x22 && q !== 0x27) return null;
      const close = s.indexOf(q === 0x22 ? '"' : "'", i + n + 2);
      return close < 0 || close > this.attrsEnd ? null : s.slice(i + n + 2, close);
    }
    return null;
  }

  /** The decoded value of attribute `name`, or null. */
  attr(name: string): string | null {
    const raw = this.rawAttr(name);
    return raw === null ? null : decodeText(raw);
  }
}

/** What a scan is told, tag by tag. */
export interface XmlHandler {
  /**
   * A start (or empty) tag. Returning true asks to skip what the element holds: the scanner then goes
   * straight to its end tag when both are in the text at hand and no element of the same name is nested
   * in between (then `close` follows at once); otherwise it scans the content as usual.
   */
  open(tag: Tag): boolean | void;
  close(tag: Tag): void;
  /**
   * Character data between tags, entity references undecoded; `cdata` when it came from a CDATA section.
   * Only called while `wantsText` is true (a scan that counts cells needs few of a sheet's texts).
   */
  text(raw: string, cdata: boolean): void;
  readonly wantsText: boolean;
  /** When present: every piece of markup as stored (tags, comments, CDATA…), for rewriting a part. */
  markup?(raw: string): void;
}

const SLASH = 0x2f;

/** Elements nested deeper than this make a part damaged: a workbook nests a dozen levels at most. */
export const MAX_XML_DEPTH = 1000;

/**
 * A streaming XML tokenizer, enough for the parts of a workbook: start, end and empty tags, text,
 * CDATA; comments, processing instructions and DOCTYPE are skipped (their entities are never expanded).
 * Memory is one pending tag: a tag longer than `maxTagChars` (a "huge attribute") or elements nested
 * deeper than MAX_XML_DEPTH make the part damaged.
 */
export class XmlScanner {
  /** An unfinished piece of markup, kept as pieces: joined only once a '>' arrives (no quadratic copying). */
  private pending: string[] = [];
  private pendingLength = 0;
  private depth = 0;
  private readonly tag = new Tag();

  constructor(
    private readonly h: XmlHandler,
    private readonly maxTagChars: number,
    private readonly part: string,
  ) {}

  push(chunk: string): void {
    if (this.pendingLength > 0) {
      if (chunk.indexOf('>') < 0) {
        this.keep(chunk);
        return;
      }
      this.pending.push(chunk);
      chunk = this.pending.join('');
      this.pending = [];
      this.pendingLength = 0;
    }
    const s = chunk;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        if (this.h.wantsText) this.h.text(s.slice(i), false);
        return;
      }
      if (lt > i && this.h.wantsText) this.h.text(s.slice(i, lt), false);
      const end = this.markupEnd(s, lt);
      if (end < 0) {
        this.keep(s.slice(lt));
        return;
      }
      i = this.emit(s, lt, end);
    }
  }

  end(): void {
    if (this.pendingLength > 0) throw corrupt(`${this.part} ends inside a tag`);
  }

  private keep(piece: string): void {
    this.pending.push(piece);
    this.pendingLength += piece.length;
    if (this.pendingLength > this.maxTagChars)
      throw corrupt(`a tag longer than ${this.maxTagChars} characters in ${this.part}`);
  }

  /** Index of the '>' closing the markup that starts at `lt`, or -1 when it is not in `s` yet. */
  private markupEnd(s: string, lt: number): number {
    const second = s.charCodeAt(lt + 1);
    if (second === 0x21 /* ! */) {
      if (s.startsWith('<!--', lt)) return after(s.indexOf('-->', lt + 4), 2);
      if (s.startsWith('<![CDATA[', lt)) return after(s.indexOf(']]>', lt + 9), 2);
      if (s.length - lt < 9) return -1;
      // DOCTYPE: up to the '>' after its internal subset, if any. Nothing in it is expanded.
      const bracket = s.indexOf('[', lt);
      const close = s.indexOf('>', lt);
      if (bracket >= 0 && (close < 0 || bracket < close)) return after(s.indexOf(']>', bracket), 1);
      return close;
    }
    if (second === 0x3f /* ? */) return after(s.indexOf('?>', lt + 2), 1);
    // A tag ends at its first '>'. Writers escape '>' in attribute values (Excel, WPS, LibreOffice and
    // ExcelJS all do); one that does not only cuts the attributes short here, since '<' cannot occur in
    // a value: no tag is ever hidden from the scan, so counts and depth stay upper bounds.
    return s.indexOf('>', lt + 1);
  }

  /** Handles the markup in s[lt, gt]; returns where scanning goes on. */
  private emit(s: string, lt: number, gt: number): number {
    this.h.markup?.(s.slice(lt, gt + 1));
    const second = s.charCodeAt(lt + 1);
    if (second === 0x21) {
      if (s.startsWith('<![CDATA[', lt) && this.h.wantsText) this.h.text(s.slice(lt + 9, gt - 2), true);
      return gt + 1;
    }
    if (second === 0x3f) return gt + 1;
    const tag = this.tag;
    tag.s = s;
    const closing = second === SLASH;
    const from = closing ? lt + 2 : lt + 1;
    let i = from;
    let colon = -1;
    while (i < gt) {
      const c = s.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === SLASH) break;
      if (c === 0x3a) colon = i;
      i++;
    }
    tag.nameStart = colon < 0 ? from : colon + 1;
    tag.nameEnd = i;
    if (closing) {
      if (this.depth > 0) this.depth -= 1;
      tag.attrsEnd = i;
      tag.selfClosing = false;
      this.h.close(tag);
      return gt + 1;
    }
    tag.selfClosing = s.charCodeAt(gt - 1) === SLASH;
    tag.attrsEnd = tag.selfClosing ? gt - 1 : gt;
    if (!tag.selfClosing && ++this.depth > MAX_XML_DEPTH) {
      throw corrupt(`elements nested deeper than ${MAX_XML_DEPTH} in ${this.part}`);
    }
    const skip = this.h.open(tag) === true && !tag.selfClosing && !this.h.markup;
    return skip ? this.skipContent(s, lt, gt) : gt + 1;
  }

  /**
   * After `<name …>` at lt…gt: past its `</name>` when what lies between is only a value and a formula
   * (`<v>…</v>`, `<f>…</f>`, at most four tags, all in the text at hand). Anything else — an element
   * nested inside, a part cut mid-way — is scanned as usual, so that nothing is ever hidden from the
   * scan and no search runs far ahead.
   */
  private skipContent(s: string, lt: number, gt: number): number {
    const tag = this.tag;
    const qualified = s.slice(lt + 1, tag.nameEnd);
    const endTag = `</${qualified}>`;
    let at = gt + 1;
    for (let k = 0; k <= SKIPPABLE_TAGS; k++) {
      const next = s.indexOf('<', at);
      if (next < 0) return gt + 1;
      if (s.startsWith(endTag, next)) {
        this.depth -= 1;
        tag.s = s;
        tag.nameStart = next + 2 + (tag.nameStart - lt - 1);
        tag.nameEnd = next + 2 + qualified.length;
        tag.attrsEnd = tag.nameEnd;
        tag.selfClosing = false;
        this.h.close(tag);
        return next + endTag.length;
      }
      if (!isValueOrFormula(s, next)) return gt + 1;
      const close = s.indexOf('>', next);
      if (close < 0) return gt + 1;
      at = close + 1;
    }
    return gt + 1;
  }
}

/** Tags a skipped cell may hold: `<v>`, `</v>`, `<f …>`, `</f>`. */
const SKIPPABLE_TAGS = 4;

/** Whether the tag at `lt` is v or f, opening or closing, with or without a prefix (read within 16 characters). */
function isValueOrFormula(s: string, lt: number): boolean {
  let name = s.charCodeAt(lt + 1) === SLASH ? lt + 2 : lt + 1;
  let i = name;
  for (; i < name + 16 && i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3a /* : */) name = i + 1;
    else if (c === 0x3e || c === SLASH || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) break;
  }
  if (i - name !== 1) return false;
  const c = s.charCodeAt(name);
  return c === 0x76 /* v */ || c === 0x66; /* f */
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
