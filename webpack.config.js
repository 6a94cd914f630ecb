// Browser bundles. No network at run time: everything is bundled, nothing is fetched, except Office.js,
// which Excel requires from Microsoft's CDN (the one external URL, in the Excel entry's page only).
//   core           dist/web/core.js: the core library (window.JXZP)
//   taskpane       dist/taskpane/: taskpane.html, the Excel add-in's pane (manifest SourceLocation),
//                  with assets/ beside it; built once src/hosts/excel is in the tree
//   taskpane-test  dist/taskpane-test/: the pane over an in-memory workbook, for screenshots and the
//                  first-paint bench; built only with `--env taskpaneTest`
//   office-stand-in dist/office-stand-in/office-stand-in.js: what the Excel page's browser test serves in
//                  place of Office.js (the Excel fake behind `Office` and `Excel`); with `--env taskpaneTest`
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { tsRule, resolve } = require('./webpack.shared');
const shell = require('./src/i18n/pageShell.zh-CN.json');

/** The Excel entry needs the Office.js host; until it is in the tree the Excel pane is not built. */
const withExcel = fs.existsSync(path.join(__dirname, 'src/hosts/excel/connect.ts'));

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** What must never be in the JavaScript a pane loads before its first paint (fetched later if at all). */
const NOT_BEFORE_FIRST_PAINT = [
  /node_modules[\\/]docx[\\/]/,
  /node_modules[\\/]exceljs[\\/]/,
  /node_modules[\\/]@univerjs[\\/]/,
  /node_modules[\\/]jszip[\\/]/,
  /src[\\/]report[\\/]docx\.ts$/,
];

function cspOf(scriptSources) {
  return [
    "default-src 'none'",
    `script-src 'self'${scriptSources.map((s) => ` ${s}`).join('')}`,
    // Fluent (Griffel) writes its CSS into <style> elements at run time, which a style-src without
    // 'unsafe-inline' blocks (the browser test sees every rule refused). Scripts stay 'self' only, and
    // the pane never inserts markup (no innerHTML), so no one else's text can become a style. Build-time
    // extraction (@griffel/webpack-extraction-plugin) would allow dropping it.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

// What the page paints before any script has run: the pane's loading line, in the look of Fluent's
// small Spinner on the pane's background (React replaces it when the pane mounts). Inline, so the first
// paint waits for no request; it needs the 'unsafe-inline' that Griffel's run-time styles need anyway.
const SHELL_CSS = [
  'body{margin:0}',
  '.jxzp-shell{display:flex;align-items:center;gap:8px;min-height:100vh;box-sizing:border-box;' +
    'padding:12px;align-content:flex-start;flex-wrap:wrap;background:#fafafa;color:#242424;' +
    "font:14px/20px 'Segoe UI','Segoe UI Web (West European)',-apple-system,BlinkMacSystemFont,Roboto," +
    "'Helvetica Neue',sans-serif}",
  '.jxzp-shell::before{content:"";width:24px;height:24px;box-sizing:border-box;border-radius:50%;' +
    'border:2px solid #e0e0e0;border-top-color:#0f6cbd;animation:jxzp-spin 1.5s linear infinite}',
  '@keyframes jxzp-spin{to{transform:rotate(360deg)}}',
  '@media (prefers-reduced-motion:reduce){.jxzp-shell::before{animation:none}}',
].join('');

/** The page: a CSP, the container with its loading line, no inline script; HtmlWebpackPlugin adds our deferred scripts. */
function pageOf({ title, externalScripts }) {
  const csp = cspOf(externalScripts.map((u) => new URL(u).origin));
  const external = externalScripts.map((u) => `    <script src="${u}"></script>\n`).join('');
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <style>${SHELL_CSS}</style>
${external}  </head>
  <body>
    <div id="container"><div class="jxzp-shell" role="status">${shell.loading}</div></div>
  </body>
</html>
`;
}

/**
 * Measures the JavaScript the page loads before its first paint (the entry's initial chunks, gzipped),
 * prints it, writes it to first-paint.json for the bench, and fails the build if anything that must
 * load later (the .docx writer, a sheet engine) slipped into it.
 */
class FirstPaintBudget {
  constructor(entry, goalKb) {
    this.entry = entry;
    this.goalKb = goalKb;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('FirstPaintBudget', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'FirstPaintBudget', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const entrypoint = compilation.entrypoints.get(this.entry);
          const chunks = entrypoint.chunks;
          for (const chunk of chunks) {
            for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
              const names = module.modules ? module.modules.map((m) => m.resource) : [module.resource];
              const bad = names.find((n) => n && NOT_BEFORE_FIRST_PAINT.some((re) => re.test(n)));
              if (bad) {
                compilation.errors.push(
                  new compiler.webpack.WebpackError(`${this.entry}: ${bad} is loaded before the first paint`),
                );
              }
            }
          }
          const files = entrypoint.getFiles().filter((f) => f.endsWith('.js'));
          const sizes = files.map((f) => ({
            file: f,
            bytes: compilation.assets[f].size(),
            gzipBytes: zlib.gzipSync(compilation.assets[f].source(), { level: 9 }).length,
          }));
          const gzipBytes = sizes.reduce((n, s) => n + s.gzipBytes, 0);
          const report = { entry: this.entry, files: sizes, gzipBytes, goalKb: this.goalKb };
          compilation.emitAsset(
            'first-paint.json',
            new compiler.webpack.sources.RawSource(JSON.stringify(report, null, 2)),
          );
          if (compiler.options.mode === 'production') {
            const kb = (gzipBytes / 1024).toFixed(1);
            console.log(
              `${this.entry}: JavaScript before first paint ${kb} KB gzip (goal ≤ ${this.goalKb} KB): ${files.join(', ')}`,
            );
          }
        },
      );
    });
  }
}

/** Puts the files of `assets/` (the manifest's icons, the ribbon's commands page) beside the pane. */
class CopyAssets {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('CopyAssets', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'CopyAssets', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const dir = path.resolve(__dirname, 'assets');
          if (!fs.existsSync(dir)) return;
          for (const name of fs.readdirSync(dir)) {
            const file = path.join(dir, name);
            if (!fs.statSync(file).isFile()) continue;
            compilation.fileDependencies.add(file);
            compilation.emitAsset(
              `assets/${name}`,
              new compiler.webpack.sources.RawSource(fs.readFileSync(file)),
            );
          }
        },
      );
    });
  }
}

/** One script with no page of its own: the core library, or the browser test's stand-in for Office.js. */
function scriptConfig({ name, entry, outDir, library, mode }) {
  return {
    name,
    mode,
    target: ['web', 'es2020'],
    entry: { [name]: entry },
    output: {
      path: path.resolve(__dirname, outDir),
      filename: '[name].js',
      ...(library ? { library: { name: library, type: 'window' } } : {}),
      clean: true,
    },
    module: { rules: [tsRule] },
    resolve,
    devtool: false,
    performance: { hints: false },
  };
}

/** A pane page: one entry whose initial chunks are the pane alone; the session and .docx come after. */
function paneConfig({ name, entry, outDir, html, title, externalScripts, mode, devServer, assets = false }) {
  return {
    name,
    mode,
    target: ['web', 'es2020'],
    entry: { [name]: entry },
    output: {
      path: path.resolve(__dirname, outDir),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: '',
      clean: true,
    },
    module: { rules: [tsRule] },
    resolve,
    plugins: [
      new HtmlWebpackPlugin({
        filename: html,
        templateContent: pageOf({ title, externalScripts }),
        chunks: [name],
        inject: 'head',
        scriptLoading: 'defer',
        minify: false,
      }),
      new FirstPaintBudget(name, 220),
      ...(assets ? [new CopyAssets()] : []),
    ],
    devtool: mode === 'production' ? false : 'source-map',
    performance: { hints: false },
    ...(devServer ? { devServer } : {}),
  };
}

/** Excel sideloading loads https://localhost:3000/taskpane.html with the Office dev certificate. */
async function excelDevServer() {
  // Required only when serving: a plain build never touches certificates.
  const devCerts = require('office-addin-dev-certs');
  return {
    port: DEV_PORT,
    server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
    headers: { 'Access-Control-Allow-Origin': '*' },
    static: false,
    hot: false,
    liveReload: true,
    client: { overlay: false },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode ?? 'production';
  const configs = [
    scriptConfig({ name: 'core', entry: './src/web/core.ts', outDir: 'dist/web', library: 'JXZP', mode }),
  ];
  if (withExcel) {
    configs.push(
      paneConfig({
        name: 'taskpane',
        entry: './src/taskpane/entries/excel.tsx',
        outDir: 'dist/taskpane',
        html: 'taskpane.html',
        title: shell.title,
        externalScripts: [OFFICE_JS],
        mode,
        assets: true,
        devServer: env.WEBPACK_SERVE ? await excelDevServer() : undefined,
      }),
    );
  }
  if (env.taskpaneTest) {
    configs.push(
      paneConfig({
        name: 'taskpane-test',
        entry: './tests/taskpane/page/memoryPage.tsx',
        outDir: 'dist/taskpane-test',
        html: 'index.html',
        title: '绩效自评助手（内存工作簿）',
        externalScripts: [],
        mode,
      }),
      scriptConfig({
        name: 'office-stand-in',
        entry: './tests/taskpane/page/officeStandIn.ts',
        outDir: 'dist/office-stand-in',
        mode,
      }),
    );
  }
  return configs;
};
module.exports.OFFICE_JS = OFFICE_JS;
module.exports.withExcel = withExcel;
