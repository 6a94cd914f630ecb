import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// office-addin-manifest validate posts to a Microsoft service; we check what we can here.
const xml = readFileSync(join(__dirname, '../manifest.xml'), 'utf8');

/** Every opening tag closed in order (comments, declarations and self-closing tags skipped). */
function balanced(text: string): boolean {
  const stack: string[] = [];
  const body = text.replace(/<!--[\s\S]*?-->/g, '').replace(/<\?[\s\S]*?\?>/g, '');
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [, close, name, self] = m;
    if (self) continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  return stack.length === 0;
}

describe('manifest.xml', () => {
  test('is well formed', () => expect(balanced(xml)).toBe(true));
  test('is a task-pane add-in for Excel workbooks, zh-CN, with a GUID id', () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(xml).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
    expect(xml).toMatch(/<Host Name="Workbook"\/>/);
    expect(xml).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    expect(xml).toMatch(/<Version>\d+\.\d+\.\d+\.\d+<\/Version>/);
  });
  test('every URL is https (Office refuses others)', () => {
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(u.startsWith('https://')).toBe(true);
  });
});
