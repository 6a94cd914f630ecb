import { referencedCells } from './cellRefs';
import { corrupt } from './problems';
import { attr, decodeText, type XmlHandler } from './xmlScan';

export interface WorkbookSheet {
  readonly name: string;
  readonly relationship: string;
}

/** A defined name's formula longer than this is no workbook's, only an attack's. */
const MAX_NAME_FORMULA = 1024 * 1024;

/** `xl/workbook.xml`: its sheets in tab order, and how many cells its defined names cover (see referencedCells). */
export class WorkbookScan implements XmlHandler {
  readonly sheets: WorkbookSheet[] = [];
  namedCells = 0;
  private inName = false;
  private formula = '';

  open(name: string, attrs: string, selfClosing: boolean): void {
    if (name === 'sheet') {
      this.sheets.push({ name: attr(attrs, 'name') ?? '', relationship: attr(attrs, 'id') ?? '' });
    } else if (name === 'definedName' && !selfClosing) {
      this.inName = true;
      this.formula = '';
    }
  }

  close(name: string): void {
    if (name === 'definedName' && this.inName) {
      this.inName = false;
      this.namedCells += referencedCells(this.formula);
    }
  }

  text(raw: string, cdata: boolean): void {
    if (!this.inName) return;
    this.formula += cdata ? raw : decodeText(raw);
    if (this.formula.length > MAX_NAME_FORMULA) throw corrupt('a defined name longer than 1 MB');
  }
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** A relationships part (`*.rels`). */
export class RelationshipsScan implements XmlHandler {
  readonly relationships: Relationship[] = [];

  open(name: string, attrs: string): void {
    if (name !== 'Relationship') return;
    this.relationships.push({
      id: attr(attrs, 'Id') ?? '',
      type: attr(attrs, 'Type') ?? '',
      target: attr(attrs, 'Target') ?? '',
      external: attr(attrs, 'TargetMode') === 'External',
    });
  }

  close(): void {}
  text(): void {}
}

/** Copies a part as stored, leaving out every element named in `drop` (with all it holds). */
export class DropElements implements XmlHandler {
  private depth = 0;
  private readonly out: string[] = [];
  private size = 0;

  constructor(
    private readonly drop: ReadonlySet<string>,
    private readonly onGrow: (chars: number) => void,
  ) {}

  markup(raw: string): void {
    const entering = this.depth === 0 && this.dropsTag(raw);
    if (this.depth === 0 && !entering) this.write(raw);
  }

  open(name: string, _attrs: string, selfClosing: boolean): void {
    if (this.depth > 0) {
      if (!selfClosing) this.depth += 1;
    } else if (this.drop.has(name) && !selfClosing) this.depth = 1;
  }

  close(): void {
    if (this.depth > 0) this.depth -= 1;
  }

  text(raw: string, cdata: boolean): void {
    if (this.depth === 0 && !cdata) this.write(raw);
  }

  result(): string {
    return this.out.join('');
  }

  private dropsTag(raw: string): boolean {
    const m = /^<([\w.-]+:)?([\w.-]+)/.exec(raw);
    return m !== null && this.drop.has(m[2]);
  }

  private write(s: string): void {
    this.out.push(s);
    this.size += s.length;
    this.onGrow(this.size);
  }
}
