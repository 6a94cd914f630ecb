import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { manifestFor } from '../scripts/excelManifest';
import { EXCEL_API_FLOOR } from '../src/hosts/excel/requirements';

/**
 * Offline checks of manifest.xml: `office-addin-manifest validate` posts the file to a Microsoft web
 * service (and lets an unresolved resid through), so what the schema and Office require is checked here.
 */
const ROOT = join(__dirname, '..');
const DEV_XML = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const PROD_XML = manifestFor(DEV_XML, 'https://jxzp.intranet.example/addin');

interface XmlNode {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  text: string;
}

/** A strict XML 1.0 parser (well-formedness, namespaces); throws on the first error. */
function parse(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const attributes = Object.fromEntries(Object.entries(tag.attributes).map(([k, a]) => [k, a.value]));
    const node: XmlNode = { name: tag.name, attributes, children: [], text: '' };
    if (stack.length > 0) stack[stack.length - 1].children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on('text', (t) => {
    if (stack.length > 0) stack[stack.length - 1].text += t;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  if (root === null) throw new Error('no root element');
  return root;
}

function all(node: XmlNode): XmlNode[] {
  return [node, ...node.children.flatMap(all)];
}

function child(node: XmlNode, name: string): XmlNode {
  const found = node.children.find((c) => c.name === name);
  if (!found) throw new Error(`${node.name} has no ${name}`);
  return found;
}

function names(node: XmlNode): string[] {
  return node.children.map((c) => c.name);
}

/** Element order of the schemas (OfficeAppManifestV1_1, TaskPaneAppVersionOverridesV1_0), for what we use. */
const ORDER = {
  OfficeApp: [
    'Id',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'IconUrl',
    'HighResolutionIconUrl',
    'SupportUrl',
    'AppDomains',
    'Hosts',
    'Requirements',
    'DefaultSettings',
    'Permissions',
    'VersionOverrides',
  ],
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
  Group: ['Label', 'Icon', 'Control'],
  Control: ['Label', 'Supertip', 'Icon', 'Action'],
  Resources: ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'],
} as const;

function inOrder(actual: readonly string[], order: readonly string[]): boolean {
  const positions = actual.map((n) => order.indexOf(n));
  return positions.every((p, i) => p >= 0 && (i === 0 || p >= positions[i - 1]));
}

/** Which resource list each resid-bearing element must point into. */
function resourceKind(element: string, parent: string): string {
  if (element === 'bt:Image') return 'bt:Images';
  if (element === 'SourceLocation' || element === 'FunctionFile' || element === 'LearnMoreUrl')
    return 'bt:Urls';
  if (element === 'Description' && (parent === 'Supertip' || parent === 'GetStarted'))
    return 'bt:LongStrings';
  return 'bt:ShortStrings';
}

function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe.each([
  ['manifest.xml (development)', DEV_XML],
  ['the deployment copy (npm run manifest:excel)', PROD_XML],
])('%s', (_, xml) => {
  const root = parse(xml);

  test('is well-formed XML with the task-pane namespaces', () => {
    expect(root.name).toBe('OfficeApp');
    expect(root.attributes).toMatchObject({
      xmlns: 'http://schemas.microsoft.com/office/appforoffice/1.1',
      'xmlns:bt': 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
      'xsi:type': 'TaskPaneApp',
    });
    expect(child(root, 'VersionOverrides').attributes).toMatchObject({
      xmlns: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
      'xsi:type': 'VersionOverridesV1_0',
    });
  });

  test('elements come in the order the schema requires', () => {
    const vo = child(root, 'VersionOverrides');
    const desktop = child(child(child(vo, 'Hosts'), 'Host'), 'DesktopFormFactor');
    const group = child(child(child(desktop, 'ExtensionPoint'), 'OfficeTab'), 'Group');
    const checks: [string, XmlNode, readonly string[]][] = [
      ['OfficeApp', root, ORDER.OfficeApp],
      ['VersionOverrides', vo, ORDER.VersionOverrides],
      ['DesktopFormFactor', desktop, ORDER.DesktopFormFactor],
      ['GetStarted', child(desktop, 'GetStarted'), ORDER.GetStarted],
      ['Group', group, ORDER.Group],
      ['Control', child(group, 'Control'), ORDER.Control],
      ['Resources', child(vo, 'Resources'), ORDER.Resources],
    ];
    for (const [what, node, order] of checks)
      expect({ what, ok: inOrder(names(node), order) }).toEqual({ what, ok: true });
    // Required elements of an OfficeApp, once each.
    for (const required of [
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'DefaultSettings',
      'Permissions',
    ])
      expect({ required, n: names(root).filter((n) => n === required).length }).toEqual({ required, n: 1 });
  });

  test('identity: a GUID, a four-part version matching package.json, zh-CN by default, read-write', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(child(root, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(root, 'Version').text).toMatch(/^\d{1,5}(\.\d{1,5}){3}$/);
    expect(child(root, 'Version').text).toBe(`${pkg.version}.0`);
    expect(child(root, 'DefaultLocale').text).toBe('zh-CN');
    expect(child(root, 'Permissions').text).toBe('ReadWriteDocument');
    expect(child(child(root, 'Hosts'), 'Host').attributes.Name).toBe('Workbook');
  });

  test('requires the ExcelApi set the host needs, no more', () => {
    const sets = child(child(root, 'Requirements'), 'Sets').children.map((s) => s.attributes);
    expect(sets).toEqual([{ Name: 'ExcelApi', MinVersion: EXCEL_API_FLOOR }]);
  });

  test('a button on the Home tab (开始) opens the task pane', () => {
    const tab = all(root).find((n) => n.name === 'OfficeTab');
    expect(tab?.attributes.id).toBe('TabHome');
    const action = all(root).find((n) => n.name === 'Action');
    expect(action?.attributes['xsi:type']).toBe('ShowTaskpane');
    expect(child(action as XmlNode, 'SourceLocation').attributes.resid).toBe('Taskpane.Url');
  });

  test('every resid resolves to a resource of the right kind; every resource is used; ids are unique', () => {
    const resources = child(child(root, 'VersionOverrides'), 'Resources');
    const byKind = new Map(
      resources.children.map((list) => [list.name, new Set(list.children.map((r) => r.attributes.id))]),
    );
    const ids = resources.children.flatMap((list) => list.children.map((r) => r.attributes.id));
    expect(new Set(ids).size).toBe(ids.length);
    const used = new Set<string>();
    const visit = (node: XmlNode, parent: string) => {
      const resid = node.attributes.resid;
      if (resid !== undefined) {
        used.add(resid);
        const kind = resourceKind(node.name, parent);
        expect({ resid, kind, found: byKind.get(kind)?.has(resid) ?? false }).toEqual({
          resid,
          kind,
          found: true,
        });
        expect(resid.length).toBeLessThanOrEqual(32);
      }
      node.children.forEach((c) => visit(c, node.name));
    };
    visit(root, '');
    expect([...ids].filter((id) => !used.has(id))).toEqual([]);
  });

  test('every string is in zh-CN with an en-US override, within the schema lengths', () => {
    const localized = [
      child(root, 'DisplayName'),
      child(root, 'Description'),
      ...all(root).filter((n) => n.name === 'bt:String'),
    ];
    for (const node of localized) {
      const zh = node.attributes.DefaultValue;
      const en = node.children
        .filter((c) => c.name.endsWith('Override'))
        .map((c) => [c.attributes.Locale, c.attributes.Value]);
      expect({ zh: /[\u4e00-\u9fff]/.test(zh), en: en.map(([locale]) => locale) }).toEqual({
        zh: true,
        en: ['en-US'],
      });
    }
    const limit = (list: string, max: number) =>
      all(child(child(root, 'VersionOverrides'), 'Resources'))
        .filter((n) => n.name === list)
        .flatMap((l) => l.children)
        .flatMap((s) => [s.attributes.DefaultValue, ...s.children.map((o) => o.attributes.Value)])
        .forEach((text) => expect(text.length).toBeLessThanOrEqual(max));
    limit('bt:ShortStrings', 125);
    limit('bt:LongStrings', 250);
    expect(child(root, 'DisplayName').attributes.DefaultValue.length).toBeLessThanOrEqual(125);
    expect(child(root, 'Description').attributes.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  test('every URL is HTTPS, on the app domain', () => {
    const domain = child(child(root, 'AppDomains'), 'AppDomain').text;
    expect(domain).toMatch(/^https:\/\/[^/]+$/);
    const urls = all(root).flatMap((n) =>
      Object.values(n.attributes).filter(
        (v) =>
          /^[a-z]+:\/\//i.test(v) && !v.startsWith('http://schemas.') && !v.startsWith('http://www.w3.org/'),
      ),
    );
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const url of urls) expect({ url, ok: url.startsWith(`${domain}/`) }).toEqual({ url, ok: true });
  });

  test('icons are in assets/ at the size the manifest says', () => {
    for (const image of all(root).filter((n) => n.name === 'bt:Image' && n.attributes.id)) {
      const size = Number(/(\d+)x\1/.exec(image.attributes.id)?.[1]);
      const file = join(ROOT, 'assets', image.attributes.DefaultValue.split('/assets/')[1]);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    expect(pngSize(join(ROOT, 'assets/icon-32.png'))).toEqual({ width: 32, height: 32 });
    expect(pngSize(join(ROOT, 'assets/icon-64.png'))).toEqual({ width: 64, height: 64 });
    expect(existsSync(join(ROOT, 'assets/commands.html'))).toBe(true);
  });
});

describe('npm run manifest:excel', () => {
  test('points every URL and the app domain at the deployment server', () => {
    expect(PROD_XML).not.toContain('localhost');
    expect(PROD_XML).toContain('<AppDomain>https://jxzp.intranet.example</AppDomain>');
    expect(PROD_XML).toContain('DefaultValue="https://jxzp.intranet.example/addin/taskpane.html"');
  });

  test('refuses what Office would refuse', () => {
    expect(() => manifestFor(DEV_XML, 'http://intranet/addin/')).toThrow('HTTPS');
    expect(() => manifestFor(DEV_XML, 'https://intranet/addin/?x=1')).toThrow('?');
    expect(() => manifestFor(DEV_XML, '不是网址')).toThrow('不是网址');
  });

  test('a comment with "--" or a stray character is refused by the parser the tests use', () => {
    expect(() => parse('<a><!-- x -- y --></a>')).toThrow();
    expect(() => parse('<a><b></a>')).toThrow();
  });
});
