import type {
  XApplication,
  XCustomXmlPart,
  XCustomXmlPartCollection,
  XCustomXmlPartScopedCollection,
  XRange,
  XSetting,
  XSettingCollection,
  XWorkbook,
  XWorksheetCollection,
} from '../../../src/hosts/excel/excelApi';
import { FakeClientResult, type FakeContext, FakeObject, strict, type Tx } from './context';
import type { XmlPartState } from './document';
import { FakeOfficeError } from './errors';
import { makeRange } from './range';
import { FakeWorksheetCollection } from './worksheet';

class FakeApplication implements XApplication {
  constructor(private readonly context: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue({
      what: 'Application.suspendApiCalculationUntilNextSync',
      size: 64,
      set: '1.6',
      apply: (tx) => (tx.calculationSuspended = true),
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue({
      what: 'Application.suspendScreenUpdatingUntilNextSync',
      size: 64,
      set: '1.9',
      apply: (tx) => (tx.screenUpdatingSuspended = true),
    });
  }
}

/** The namespace of a part's root element (`xmlns="…"`), as Excel fills `namespaceUri`; Excel refuses XML that does not parse. */
function rootNamespace(xml: string): string {
  const body = xml.replace(/^\s*<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '');
  const stack: string[] = [];
  let roots = 0;
  let rootAttributes = '';
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)([^<>]*?)(\/?)>/g;
  const rest = body.replace(tag, '');
  for (const m of body.matchAll(tag)) {
    const [, close, name, attributes, self] = m;
    if (close) {
      if (stack.pop() !== name)
        throw new FakeOfficeError('InvalidArgument', 'the custom XML part is not well-formed XML');
      continue;
    }
    if (stack.length === 0 && roots++ === 0) rootAttributes = attributes;
    if (!self) stack.push(name);
  }
  if (stack.length > 0 || roots !== 1 || /[<>]/.test(rest))
    throw new FakeOfficeError('InvalidArgument', 'the custom XML part is not well-formed XML');
  return /\sxmlns="([^"]*)"/.exec(rootAttributes)?.[1] ?? '';
}

class FakeCustomXmlPart extends FakeObject implements XCustomXmlPart {
  constructor(
    context: FakeContext,
    private readonly partId: string,
  ) {
    super(context, 'CustomXmlPart');
  }
  override target(tx: Tx): XmlPartState | null {
    return tx.doc.xmlParts.find((p) => p.id === this.partId) ?? null;
  }
  private need(tx: Tx): XmlPartState {
    const part = this.target(tx);
    if (!part) throw new FakeOfficeError('ItemNotFound', `custom XML part ${this.partId} was deleted`);
    return part;
  }
  protected override readers() {
    return { id: (tx: Tx) => this.need(tx).id, namespaceUri: (tx: Tx) => this.need(tx).namespaceUri };
  }
  get id(): string {
    return this.prop('id');
  }
  delete(): void {
    this.command('CustomXmlPart.delete', undefined, '1.5', (tx) => {
      const part = this.need(tx);
      tx.doc.xmlParts = tx.doc.xmlParts.filter((p) => p !== part);
    });
  }
  getXml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.command('CustomXmlPart.getXml', undefined, '1.5', (tx) => result.resolve(tx, this.need(tx).xml));
    return result;
  }
}

class FakeCustomXmlPartScopedCollection extends FakeObject implements XCustomXmlPartScopedCollection {
  private loadedItems: XCustomXmlPart[] | null = null;
  constructor(
    context: FakeContext,
    private readonly namespaceUri: string,
  ) {
    super(context, 'CustomXmlPartScopedCollection');
  }
  override target(tx: Tx) {
    return tx.doc.xmlParts.filter((p) => p.namespaceUri === this.namespaceUri);
  }
  get items(): XCustomXmlPart[] {
    if (this.loadedItems === null)
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        "The property 'items' is not available: load 'items' and sync first.",
      );
    return this.loadedItems;
  }
  protected override loadItems(paths: readonly string[]): void {
    const names = paths.filter((p) => p !== '');
    this.command('CustomXmlPartScopedCollection.load', names, '1.5', (tx) => {
      const items = this.target(tx).map((p) => {
        const part = strict(new FakeCustomXmlPart(this.context, p.id), 'CustomXmlPart');
        return { part, values: part.snapshot(tx, names) };
      });
      tx.response += JSON.stringify(items.map((i) => i.values)).length;
      tx.deliveries.push(() => {
        items.forEach(({ part, values }) => part.accept(names, values));
        this.loadedItems = items.map((i) => i.part);
      });
    });
  }
}

class FakeCustomXmlPartCollection implements XCustomXmlPartCollection {
  constructor(private readonly context: FakeContext) {}
  add(xml: string): XCustomXmlPart {
    // Excel's ids are GUIDs; a counter is enough here and needs no secure context in a test page.
    const id = `{part-${this.context.excel.doc.nextId++}}`;
    this.context.enqueue({
      what: 'CustomXmlPartCollection.add',
      size: 64 + JSON.stringify(xml).length,
      set: '1.5',
      apply: (tx) => {
        tx.doc.xmlParts.push({ id, xml, namespaceUri: rootNamespace(xml) });
      },
    });
    return strict(new FakeCustomXmlPart(this.context, id), 'CustomXmlPart');
  }
  getByNamespace(namespaceUri: string): XCustomXmlPartScopedCollection {
    return strict(
      new FakeCustomXmlPartScopedCollection(this.context, namespaceUri),
      'CustomXmlPartScopedCollection',
    );
  }
}

/** Excel accepts JSON values of up to this many characters per setting (the fake's assumption; see README). */
export const SETTING_MAX_CHARS = 2_000_000;

class FakeSetting extends FakeObject implements XSetting {
  constructor(
    context: FakeContext,
    private readonly settingKey: string,
  ) {
    super(context, 'Setting');
  }
  override target(tx: Tx): { key: string } | null {
    return tx.doc.settings.has(this.settingKey) ? { key: this.settingKey } : null;
  }
  private need(tx: Tx): string {
    if (!tx.doc.settings.has(this.settingKey))
      throw new FakeOfficeError('ItemNotFound', `no setting ${this.settingKey}`);
    return this.settingKey;
  }
  protected override readers() {
    return {
      key: (tx: Tx) => this.need(tx),
      value: (tx: Tx) => structuredClone(tx.doc.settings.get(this.need(tx))),
    };
  }
  get key(): string {
    return this.prop('key');
  }
  get value(): unknown {
    return this.prop('value');
  }
  set value(v: unknown) {
    this.assign('value', v, '1.4', (tx) => tx.doc.settings.set(this.need(tx), storable(v)));
  }
  delete(): void {
    this.command('Setting.delete', undefined, '1.4', (tx) => tx.doc.settings.delete(this.need(tx)));
  }
}

function storable(value: unknown): unknown {
  const json = JSON.stringify(value);
  if (json === undefined) throw new FakeOfficeError('InvalidArgument', 'a setting value must be JSON');
  if (json.length > SETTING_MAX_CHARS)
    throw new FakeOfficeError('InvalidArgument', `a setting of ${json.length} characters`);
  return JSON.parse(json) as unknown;
}

class FakeSettingCollection extends FakeObject implements XSettingCollection {
  private loadedItems: XSetting[] | null = null;
  constructor(context: FakeContext) {
    super(context, 'SettingCollection');
  }
  override target(tx: Tx) {
    return tx.doc.settings;
  }
  get items(): XSetting[] {
    if (this.loadedItems === null)
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        "The property 'items' is not available: load 'items' and sync first.",
      );
    return this.loadedItems;
  }
  protected override loadItems(paths: readonly string[]): void {
    const names = paths.filter((p) => p !== '');
    this.command('SettingCollection.load', names, '1.4', (tx) => {
      const items = [...tx.doc.settings.keys()].map((key) => {
        const setting = strict(new FakeSetting(this.context, key), 'Setting');
        return { setting, values: setting.snapshot(tx, names) };
      });
      tx.response += JSON.stringify(items.map((i) => i.values)).length;
      tx.deliveries.push(() => {
        items.forEach(({ setting, values }) => setting.accept(names, values));
        this.loadedItems = items.map((i) => i.setting);
      });
    });
  }
  add(key: string, value: string): XSetting {
    this.command('SettingCollection.add', [key, value], '1.4', (tx) => {
      if (typeof key !== 'string' || key === '')
        throw new FakeOfficeError('InvalidArgument', 'a setting needs a key');
      tx.doc.settings.set(key, storable(value));
    });
    return strict(new FakeSetting(this.context, key), 'Setting');
  }
  getItem(key: string): XSetting {
    return strict(new FakeSetting(this.context, key), 'Setting');
  }
  getItemOrNullObject(key: string): XSetting {
    this.command('SettingCollection.getItemOrNullObject', [key], '1.4', () => undefined);
    return strict(new FakeSetting(this.context, key), 'Setting').probe();
  }
}

export class FakeWorkbook implements XWorkbook {
  readonly worksheets: XWorksheetCollection;
  readonly application: XApplication;
  readonly customXmlParts: XCustomXmlPartCollection;
  readonly settings: XSettingCollection;

  constructor(private readonly context: FakeContext) {
    this.worksheets = strict(new FakeWorksheetCollection(context), 'WorksheetCollection');
    this.application = strict(new FakeApplication(context), 'Application');
    this.customXmlParts = strict(new FakeCustomXmlPartCollection(context), 'CustomXmlPartCollection');
    this.settings = strict(new FakeSettingCollection(context), 'SettingCollection');
  }

  getActiveCell(): XRange {
    this.context.enqueue({ what: 'Workbook.getActiveCell', size: 64, set: '1.7', apply: () => undefined });
    return makeRange(this.context, (tx) => {
      const { sheetId, row, col } = tx.doc.active;
      const sheet = tx.doc.sheets.find((s) => s.id === sheetId);
      if (!sheet) throw new FakeOfficeError('ItemNotFound', 'no active sheet');
      return { sheet, box: { top: row, left: col, bottom: row, right: col } };
    });
  }
}
