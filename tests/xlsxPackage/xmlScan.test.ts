import fc from 'fast-check';
import { referencedCells } from '../../src/xlsxPackage/cellRefs';
import { DropElements } from '../../src/xlsxPackage/partRewrite';
import { decodeText, XmlScanner, type Tag, type XmlHandler } from '../../src/xlsxPackage/xmlScan';

/** Every event as text, attributes included, to compare scans. */
class Recorder implements XmlHandler {
  readonly events: string[] = [];
  readonly wantsText = true;
  private text_ = '';
  open(tag: Tag): void {
    this.flush();
    this.events.push(`<${tag.name} r=${tag.rawAttr('r')} t=${tag.attr('t')}${tag.selfClosing ? '/' : ''}>`);
  }
  close(tag: Tag): void {
    this.flush();
    this.events.push(`</${tag.name}>`);
  }
  text(raw: string, cdata: boolean): void {
    this.text_ += cdata ? `[${raw}]` : raw;
  }
  flush(): void {
    if (this.text_ !== '') this.events.push(`"${this.text_}"`);
    this.text_ = '';
  }
}

function scan(chunks: readonly string[]): string[] {
  const r = new Recorder();
  const s = new XmlScanner(r, 1000, 'test');
  for (const c of chunks) s.push(c);
  s.end();
  r.flush();
  return r.events;
}

const DOC =
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><!-- a <c> in a comment -->' +
  '<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>7</x:v></x:c>' +
  '<c r=\'B1\' t="inlineStr"><is><t>a &amp; b &#x4E2D;</t></is></c><c r="C1"/><c><v><![CDATA[<raw>&]]></v></c>' +
  '</x:row></x:sheetData></x:worksheet>';

describe('XmlScanner', () => {
  test('reads tags, attributes, text and CDATA; skips comments, DOCTYPE and processing instructions', () => {
    expect(scan([DOC])).toEqual([
      '<worksheet r=null t=null>',
      '<sheetData r=null t=null>',
      '<row r=1 t=null>',
      '<c r=A1 t=s>',
      '<v r=null t=null>',
      '"7"',
      '</v>',
      '</c>',
      '<c r=B1 t=inlineStr>',
      '<is r=null t=null>',
      '<t r=null t=null>',
      '"a &amp; b &#x4E2D;"',
      '</t>',
      '</is>',
      '</c>',
      '<c r=C1 t=null/>',
      '<c r=null t=null>',
      '<v r=null t=null>',
      '"[<raw>&]"',
      '</v>',
      '</c>',
      '</row>',
      '</sheetData>',
      '</worksheet>',
    ]);
  });

  test('the same events however the text is cut into chunks', () => {
    const whole = scan([DOC]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: DOC.length - 1 }), { maxLength: 40 }), (cuts) => {
        const at = [0, ...[...cuts].sort((a, b) => a - b), DOC.length];
        const chunks = at.slice(1).map((end, i) => DOC.slice(at[i], end));
        expect(scan(chunks)).toEqual(whole);
      }),
    );
  });

  test('a tag longer than the limit, or nesting past 1,000, makes the part damaged', () => {
    expect(() => scan([`<c r="${'A'.repeat(2000)}`])).toThrow(/longer than 1000/);
    expect(() => scan(['<a>'.repeat(1001)])).toThrow(/nested deeper/);
  });
});

describe('PartRewrite', () => {
  function rewrite(drop: string[], chunks: readonly string[]): string {
    const r = new DropElements(new Set(drop), () => undefined);
    const s = new XmlScanner(r, 1000, 'test');
    for (const c of chunks) s.push(c);
    s.end();
    return r.result();
  }

  test('copies a part byte for byte when nothing is dropped, however it is chunked', () => {
    expect(rewrite([], [DOC])).toBe(DOC);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: DOC.length - 1 }), { maxLength: 20 }), (cuts) => {
        const at = [0, ...[...cuts].sort((a, b) => a - b), DOC.length];
        expect(
          rewrite(
            [],
            at.slice(1).map((end, i) => DOC.slice(at[i], end)),
          ),
        ).toBe(DOC);
      }),
    );
  });

  test('leaves out the named elements with all they hold, and nothing else', () => {
    const wb =
      '<workbook><sheets><sheet name="a"/></sheets><definedNames><definedName name="x">a!$A$1</definedName></definedNames><calcPr/></workbook>';
    expect(rewrite(['definedNames'], [wb])).toBe(
      '<workbook><sheets><sheet name="a"/></sheets><calcPr/></workbook>',
    );
    expect(rewrite(['is'], [DOC])).toBe(DOC.replace(/<is>.*?<\/is>/, ''));
  });
});

describe('texts and references', () => {
  test('decodeText: XML entities and the xlsx escape of control characters', () => {
    expect(decodeText('a &lt;b&gt; &amp; &quot;c&quot; &#20013;&#x6587; _x001B_[2J')).toBe(
      'a <b> & "c" 中文 \u001b[2J',
    );
    expect(decodeText('&#xD800; &#1114112;')).toBe('\uFFFD \uFFFD');
  });

  test('referencedCells: a rectangle costs its cells, whole rows and columns one reference each', () => {
    expect(referencedCells("'表'!$A$1:$C$10")).toBe(30);
    expect(referencedCells('表!$A$1,表!$B$2:$B$3')).toBe(3);
    expect(referencedCells("'表'!$12:$12,表!$A:$C")).toBe(2);
    expect(referencedCells('表!$A$1:$XFD$1048576')).toBe(16384 * 1048576);
    expect(referencedCells('OFFSET(表!$A$1,0,0,10)')).toBe(1);
  });
});
