/**
 * `npm run build:wps`: the WPS 表格 add-in, after webpack has bundled its scripts into dist/wps/jxzp/js.
 *
 *   dist/wps/jxzp/                the add-in folder: entry page, ribbon, task pane, scripts, icons, and a
 *                                 package.json that makes it a wpsjs project (wpsjs debug / publish)
 *   dist/wps/online/              for an intranet server serving dist/wps/jxzp at JXZP_WPS_URL:
 *                                 publish.xml (a user's jsaddons entry) and jsplugins.xml (oem.ini route)
 *   dist/wps/jsaddons/            offline: jxzp_<version>/ and publish.xml, to copy into jsaddons
 *
 * JXZP_WPS_URL is where the intranet server serves the add-in folder (default http://127.0.0.1:3889/jxzp/,
 * the port `wpsjs debug` uses).
 */
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');
const out = path.join(root, 'dist', 'wps');
const addin = path.join(out, 'jxzp');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
const NAME = 'jxzp';
const serverUrl = (process.env.JXZP_WPS_URL || 'http://127.0.0.1:3889/jxzp/').replace(/\/?$/, '/');

/**
 * The same policy as the other pages: our own scripts only, nothing fetched from anywhere. Styles
 * allow 'unsafe-inline' because the task pane's Fluent UI writes its CSS into <style> elements at run
 * time (Griffel); with style-src 'self' alone every rule is refused and the pane shows unstyled.
 */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

function page(title: string, scripts: readonly string[], body: string): string {
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8" />',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
    '<meta name="viewport" content="width=device-width,initial-scale=1" />',
    `<title>${title}</title>`,
    ...scripts.map((s) => `<script defer src="${s}"></script>`),
    '</head>',
    `<body>${body}</body>`,
    '</html>',
    '',
  ].join('\n');
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

// WPS's publish page checks that ribbon.xml starts with <customUI: no XML declaration before it.
const RIBBON = `<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui" onLoad="OnAddinLoad">
  <ribbon startFromScratch="false">
    <tabs>
      <tab id="jxzpTab" label="绩效自评">
        <group id="jxzpGroup" label="绩效自评助手">
          <button id="jxzpShowPane" label="绩效自评助手" screentip="打开或关闭绩效自评助手任务窗格" onAction="OnAction" getImage="GetImage" size="large" />
        </group>
      </tab>
    </tabs>
  </ribbon>
</customUI>
`;

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function main(): void {
  if (!fs.existsSync(path.join(addin, 'js', 'addin.js'))) {
    throw new Error('dist/wps/jxzp/js/addin.js is missing: run webpack --config webpack.wps.config.js first');
  }
  const withPane = fs.existsSync(path.join(addin, 'js', 'taskpane.js'));
  write(path.join(addin, 'ribbon.xml'), RIBBON);
  write(path.join(addin, 'index.html'), page('绩效自评助手', ['js/addin.js'], ''));
  if (withPane)
    write(
      path.join(addin, 'taskpane.html'),
      page('绩效自评助手', ['js/taskpane.js'], '<div id="root"></div>'),
    );
  else
    console.warn(
      'build:wps: the task pane (src/taskpane) and createSession (src/app/session.ts) are not in this tree: no taskpane.html',
    );
  for (const size of [16, 32, 64]) {
    fs.mkdirSync(path.join(addin, 'images'), { recursive: true });
    fs.copyFileSync(
      path.join(root, 'assets', `icon-${size}.png`),
      path.join(addin, 'images', `jxzp-${size}.png`),
    );
  }
  // A wpsjs project: `wpsjs debug` and `wpsjs publish` read name, version and addonType from here.
  write(
    path.join(addin, 'package.json'),
    `${JSON.stringify({ name: NAME, version: pkg.version, addonType: 'et', description: '绩效自评助手（WPS 表格加载项）' }, null, 2)}\n`,
  );

  const online = `<jspluginonline name="${NAME}" type="et" url="${escapeXml(serverUrl)}"`;
  write(
    path.join(out, 'online', 'publish.xml'),
    `<jsplugins>\n  ${online} enable="enable_dev" install="null" />\n</jsplugins>\n`,
  );
  write(path.join(out, 'online', 'jsplugins.xml'), `<jsplugins>\n  ${online} />\n</jsplugins>\n`);

  const folder = `${NAME}_${pkg.version}`;
  const offline = path.join(out, 'jsaddons');
  fs.rmSync(offline, { recursive: true, force: true });
  fs.cpSync(addin, path.join(offline, folder), { recursive: true });
  write(
    path.join(offline, 'publish.xml'),
    `<jsplugins>\n  <jsplugin name="${NAME}" type="et" url="${folder}" version="${pkg.version}" enable="enable_dev" install="null" />\n</jsplugins>\n`,
  );
  console.log(
    `build:wps: ${path.relative(root, out)} (${withPane ? 'with' : 'WITHOUT'} the task pane; server ${serverUrl})`,
  );
}

main();
