import { referencedCells } from './cellRefs';
import { corrupt } from './problems';
import { decodeText, type Tag, type XmlHandler } from './xmlScan';

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

  open(tag: Tag): void {
    if (tag.is('sheet')) {
      this.sheets.push({ name: tag.attr('name') ?? '', relationship: tag.attr('id') ?? '' });
    } else if (tag.is('definedName') && !tag.selfClosing) {
      this.inName = true;
      this.formula = '';
    }
  }

  close(tag: Tag): void {
    if (tag.is('definedName') && this.inName) {
      this.inName = false;
      this.namedCells += referencedCells(this.formula);
    }
  }

  get wantsText(): boolean {
    return this.inName;
  }

  text(raw: string, cdata: boolean): void {
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

  open(tag: Tag): void {
    if (!tag.is('Relationship')) return;
    this.relationships.push({
      id: tag.attr('Id') ?? '',
      type: tag.attr('Type') ?? '',
      target: tag.attr('Target') ?? '',
      external: tag.attr('TargetMode') === 'External',
    });
  }

  readonly wantsText = false;
  close(): void {}
  text(): void {}
}
