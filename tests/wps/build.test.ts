import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import { SaxesParser } from 'saxes';
import webpack from 'webpack';
import { FakeWps } from '../fakes/wps';
import { hasChromium, launchChromium, serveFolder } from '../web/browserHarness';

/**
 * The built add-in folder, as WPS loads it: npm run build:wps (once, here: two test files building into
 * dist/wps at once would race), then everything checked on disk and in headless Chromium.
 */
const root = path.join(__dirname, '..', '..');
const out = path.join(root, 'dist', 'wps');
const addin = path.join(out, 'jxzp');
const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string })
  .version;
const hasPane = ['src/taskpane/mountTaskPane.tsx', 'src/app/session.ts'].every((f) =>
  fs.existsSync(path.join(root, f)),
);
const paneTest = hasPane ? test : test.skip;
const shots = path.join(out, 'screenshots');

interface Element {
  readonly name: string;
  readonly attributes: Record<string, string>;
}

/** Parses strictly (saxes fails on anything not well-formed) and lists the elements. */
function elements(xml: string): Element[] {
  const parser = new SaxesParser({ xmlns: false });
  const found: Element[] = [];
  parser.on('opentag', (tag) =>
    found.push({ name: tag.name, attributes: tag.attributes as Record<string, string> }),
  );
  parser.write(xml).close();
  return found;
}

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : [full];
  });
}

/** src and href of an HTML page's elements. */
function references(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
}

/** Runs the entry page's script as WPS does, with the fake Application as window.Application. */
function loadEntry(fake: FakeWps, folder: string): Record<string, unknown> {
  const href = `file://${folder}/index.html`;
  const window: Record<string, unknown> = { Application: fake.application, document: { location: { href } } };
  window.window = window;
  const context = vm.createContext({ window, document: window.document, URL });
  vm.runInContext(fs.readFileSync(path.join(folder, 'js', 'addin.js'), 'utf8'), context);
  return window;
}

beforeAll(() => {
  execFileSync('npm', ['run', 'build:wps'], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, JXZP_WPS_URL: '' },
  });
}, 180_000);

describe('npm run build:wps', () => {
  test('ribbon.xml starts with <customUI and is well-formed CustomUI', () => {
    const ribbon = fs.readFileSync(path.join(addin, 'ribbon.xml'), 'utf8');
    expect(ribbon.startsWith('<customUI')).toBe(true);
    const parsed = elements(ribbon);
    expect(parsed[0]).toEqual({
      name: 'customUI',
      attributes: { xmlns: 'http://schemas.microsoft.com/office/2006/01/customui', onLoad: 'OnAddinLoad' },
    });
    expect(parsed.filter((e) => e.name === 'button').map((e) => e.attributes.id)).toEqual(['jxzpShowPane']);
  });

  test('every callback ribbon.xml names is a function of the built entry page', () => {
    const ribbon = elements(fs.readFileSync(path.join(addin, 'ribbon.xml'), 'utf8'));
    const names = new Set(
      ribbon.flatMap((e) =>
        Object.entries(e.attributes)
          .filter(([k]) => /^(onLoad|onAction|get[A-Z]\w*)$/.test(k))
          .map(([, v]) => v),
      ),
    );
    expect([...names].sort()).toEqual(['GetImage', 'OnAction', 'OnAddinLoad']);
    const window = loadEntry(new FakeWps(), addin);
    for (const name of names) expect({ name, type: typeof window[name] }).toEqual({ name, type: 'function' });
  });

  test('the button opens the pane beside the entry page, keeps its id in PluginStorage, and toggles it', () => {
    const fake = new FakeWps();
    const window = loadEntry(fake, addin);
    const onAction = window.OnAction as (control: { Id: string }) => boolean;
    const getImage = window.GetImage as (control: { Id: string }) => string;
    expect(onAction({ Id: 'jxzpShowPane' })).toBe(true);
    expect(fake.taskPanes).toHaveLength(1);
    expect(fake.taskPanes[0]).toMatchObject({
      url: `file://${addin}/taskpane.html`,
      Visible: true,
      DockPosition: 2,
    });
    expect(fake.pluginStorage.get('jxzp.et.taskpaneId')).toBe(String(fake.taskPanes[0].ID));
    onAction({ Id: 'jxzpShowPane' });
    expect(fake.taskPanes).toHaveLength(1);
    expect(fake.taskPanes[0].Visible).toBe(false);
    expect(fs.existsSync(path.join(addin, getImage({ Id: 'jxzpShowPane' })))).toBe(true);
  });

  test('every file the entry page and the pane page reference exists in the folder; each page has a CSP', () => {
    const pages = ['index.html', ...(hasPane ? ['taskpane.html'] : [])];
    for (const page of pages) {
      const html = fs.readFileSync(path.join(addin, page), 'utf8');
      expect(html).toMatch(
        /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self';/,
      );
      expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/);
      const refs = references(html);
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs)
        expect({ page, ref, exists: fs.existsSync(path.join(addin, ref)) }).toEqual({
          page,
          ref,
          exists: true,
        });
    }
  });

  paneTest('the pane page is built (needs src/taskpane/mountTaskPane.tsx and src/app/session.ts)', () => {
    expect(fs.existsSync(path.join(addin, 'taskpane.html'))).toBe(true);
    expect(fs.existsSync(path.join(addin, 'js', 'taskpane.js'))).toBe(true);
  });

  test('no URL outside the add-in folder or localhost anywhere in what is built', () => {
    // XML namespaces are names, never fetched; React's production errors name the page that explains them;
    // the pane's .docx writer (docx, JSZip) names pages in its comments and error messages.
    const inert =
      /^https?:\/\/(schemas\.microsoft\.com|schemas\.openxmlformats\.org|www\.w3\.org|purl\.org|react\.dev\/errors|reactjs\.org\/docs\/error-decoder|answers\.microsoft\.com\/en-us\/msoffice\/forum\/all\/does-word-support-more-than-9-list-levels|stuk\.github\.io\/jszip\/documentation)/;
    const local = /^https?:\/\/(127\.0\.0\.1|localhost)([:/]|$)/;
    const texts = files(out).filter((f) => /\.(html|xml|js|json|css)$/.test(f));
    expect(texts.length).toBeGreaterThan(8);
    for (const file of texts) {
      const text = fs.readFileSync(file, 'utf8');
      const urls = [...text.matchAll(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`<>)\\]*/gi)]
        .map((m) => m[0])
        .filter((u) => !u.startsWith('//') || /(src|href)=["']\/\//.test(text));
      const outside = urls.filter((u) => !inert.test(u) && !local.test(u));
      expect({ file: path.relative(out, file), outside }).toEqual({
        file: path.relative(out, file),
        outside: [],
      });
    }
  });

  test('three deployments: the wpsjs project, an intranet server entry, and the offline jsaddons folder with publish.xml', () => {
    expect(JSON.parse(fs.readFileSync(path.join(addin, 'package.json'), 'utf8'))).toEqual({
      name: 'jxzp',
      version,
      addonType: 'et',
      description: '绩效自评助手（WPS 表格加载项）',
    });
    const online = elements(fs.readFileSync(path.join(out, 'online', 'publish.xml'), 'utf8'));
    expect(online[1]).toEqual({
      name: 'jspluginonline',
      attributes: {
        name: 'jxzp',
        type: 'et',
        url: 'http://127.0.0.1:3889/jxzp/',
        enable: 'enable_dev',
        install: 'null',
      },
    });
    expect(
      elements(fs.readFileSync(path.join(out, 'online', 'jsplugins.xml'), 'utf8'))[1].attributes.url,
    ).toBe('http://127.0.0.1:3889/jxzp/');
    const offline = elements(fs.readFileSync(path.join(out, 'jsaddons', 'publish.xml'), 'utf8'));
    expect(offline[1]).toEqual({
      name: 'jsplugin',
      attributes: {
        name: 'jxzp',
        type: 'et',
        url: `jxzp_${version}`,
        version,
        enable: 'enable_dev',
        install: 'null',
      },
    });
    const copy = path.join(out, 'jsaddons', `jxzp_${version}`);
    expect(
      files(copy)
        .map((f) => path.relative(copy, f))
        .sort(),
    ).toEqual(
      files(addin)
        .map((f) => path.relative(addin, f))
        .sort(),
    );
    const window = loadEntry(new FakeWps(), copy);
    expect(typeof window.OnAction).toBe('function');
  });
});

async function fakeBundle(): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jxzp-fakewps-'));
  const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
    webpack(
      {
        mode: 'production',
        target: ['web', 'es2020'],
        entry: path.join(root, 'tests/fakes/wps/inBrowser.ts'),
        output: { path: out, filename: 'fake.js' },
        module: {
          rules: [
            {
              test: /\.ts$/,
              loader: 'ts-loader',
              options: {
                transpileOnly: true,
                compilerOptions: { module: 'esnext', moduleResolution: 'bundler' },
              },
              exclude: /node_modules/,
            },
          ],
        },
        resolve: {
          extensions: ['.ts', '.js'],
          fallback: { fs: false, path: false, crypto: false, stream: false },
        },
        devtool: false,
        performance: { hints: false },
      },
      (err, s) => (err ? reject(err) : resolve(s)),
    ),
  );
  if (!stats || stats.hasErrors()) throw new Error(stats?.toString('errors-only') ?? 'webpack failed');
  return fs.readFileSync(path.join(out, 'fake.js'), 'utf8');
}

(hasChromium ? describe : describe.skip)(
  'the built WPS add-in in headless Chromium with the fake Application',
  () => {
    let fake = '';
    beforeAll(async () => {
      execFileSync('npm', ['run', 'build:wps'], {
        cwd: root,
        stdio: 'pipe',
        env: { ...process.env, JXZP_WPS_URL: '' },
      });
      fake = await fakeBundle();
    }, 240_000);

    test('the entry page runs under its CSP, offers the ribbon callbacks, and the button opens the pane page beside it', async () => {
      const { server, url } = await serveFolder(addin);
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        const requests: string[] = [];
        const errors: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        page.on('pageerror', (e) => errors.push(e.message));
        await page.addInitScript({ content: fake });
        await page.goto(`${url}/index.html`);
        await page.waitForFunction('typeof window.OnAction === "function"');
        const opened = await page.evaluate(`(() => {
        const types = ['OnAddinLoad', 'OnAction', 'GetImage'].map((n) => typeof window[n]);
        window.OnAction({ Id: 'jxzpShowPane' });
        const pane = window.fakeWps.taskPanes[0];
        return { types, url: pane.url, visible: pane.Visible, image: window.GetImage({ Id: 'jxzpShowPane' }) };
      })()`);
        expect(opened).toEqual({
          types: ['function', 'function', 'function'],
          url: `${url}/taskpane.html`,
          visible: true,
          image: 'images/jxzp-32.png',
        });
        expect(errors).toEqual([]);
        expect(requests.filter((r) => !r.startsWith(`${url}/`))).toEqual([]);
      } finally {
        await browser.close();
        server.close();
      }
    }, 120_000);

    (hasPane ? test : test.skip)(
      'screenshots of the four parts of the pane at 360 px (needs the task pane and createSession)',
      async () => {
        const { server, url } = await serveFolder(addin);
        const browser = await launchChromium();
        try {
          const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
          const errors: string[] = [];
          page.on('pageerror', (e) => errors.push(e.message));
          await page.addInitScript({ content: fake });
          await page.goto(`${url}/taskpane.html`);
          fs.mkdirSync(shots, { recursive: true });
          // The fake workbook holds the reference form filled with its mistakes: each part shows its work.
          const parts = [
            ['insert', '插入模板', null, null],
            ['check', '校验', '校验', '执行率得分填为 6'],
            ['compute', '计算', '计算', '填入建议得分'],
            ['report', '报告', '生成报告', '57.59%'],
          ] as const;
          for (const [part, tab, button, shows] of parts) {
            await page.getByRole('tab', { name: tab }).click();
            if (button) await page.getByRole('button', { name: button, exact: true }).click();
            if (shows)
              await page.getByText(shows).locator('visible=true').first().waitFor({ timeout: 30_000 });
            await page.waitForTimeout(300);
            await page.screenshot({ path: path.join(shots, `wps-pane-${part}.png`), fullPage: true });
          }
          // What 校验 did went through the bridge: the form's 执行率得分 cell carries an error fill (BGR).
          const fill = await page.evaluate(`window.fakeWps.cell('整体支出自评表2020', 'G5').fill`);
          expect(fill).toBe(0xcec7ff);
          expect(errors).toEqual([]);
        } finally {
          await browser.close();
          server.close();
        }
      },
      120_000,
    );
  },
);
