import { existsSync } from 'fs';
import * as path from 'path';
import type { InlineConfig, Plugin } from 'vite';

/** The project's root: the nearest folder above this file with a package.json (run from source or compiled). */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = up;
  }
  return dir;
}

export const ROOT = projectRoot();

/** Where the page is built: `npm start` serves it, the browser tests and the bench load it. */
export const STANDALONE_DIST = path.join(ROOT, 'dist/standalone');

/**
 * The page's own versions of a few modules: ExcelJS from its sources; `fs`, `crypto` and ExcelJS's CSV
 * support as stubs. A
 * plugin that resolves them first rather than aliases: vite 8 resolves a Node built-in and a package's
 * `browser` field before it applies aliases (and its resolver, in rolldown 1.0, panics where it warns).
 */
function pageModules(root: string): Plugin {
  const stub = path.join(root, 'src/standalone/shims/nodeBuiltin.ts');
  const replacements: Readonly<Record<string, string>> = {
    exceljs: path.join(root, 'src/standalone/shims/exceljs.ts'),
    fs: stub,
    crypto: stub,
    zlib: path.join(root, 'src/standalone/shims/zlib.ts'),
  };
  return {
    name: 'jxzp-page-modules',
    enforce: 'pre',
    resolveId(source, importer) {
      // ExcelJS's CSV reader and writer (and their Node streams): the page reads and writes .xlsx only.
      if (source === '../csv/csv' && importer?.includes(`${path.sep}exceljs${path.sep}`)) return stub;
      return replacements[source.replace(/^node:/, '')] ?? null;
    },
  };
}

/**
 * Asks the browser for the sheet's chunk (Univer, the largest part of the page) and its CSS from the
 * page's head, in parallel with the page's own script, instead of when that script first runs.
 */
function preloadSheet(): Plugin {
  return {
    name: 'jxzp-preload-sheet',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(`sheet${path.sep}sheetApp.ts`),
        );
        if (!chunk || chunk.type !== 'chunk') return [];
        // vite's own record of the CSS a chunk imports (not in rolldown's OutputChunk type).
        const imported: unknown = Reflect.get(Reflect.get(chunk, 'viteMetadata') ?? {}, 'importedCss');
        const css = imported instanceof Set ? [...(imported as Set<string>)] : [];
        return [
          ...[chunk.fileName, ...chunk.imports].map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          })),
          ...css.map((file) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', href: `./${file}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

/**
 * The standalone page's vite build. ExcelJS is bundled from its own sources (see shims/exceljs.ts) so
 * that our fix of its validation parsing applies in the page as in Node; the Node globals it uses are
 * browser polyfills (shims/nodeGlobals.ts), and `fs`/`crypto`, which it touches only for files and
 * passwords, are stubs that throw; `zlib` is absent, so the package inspection inflates with fflate.
 */
export function standaloneConfig(): InlineConfig {
  const root = ROOT;
  return {
    configFile: false,
    root: path.join(root, 'src/standalone'),
    base: './',
    logLevel: 'warn',
    // ExcelJS asks `process.browser` to pick its browser code paths, and `global` for setImmediate.
    // React's production build whatever NODE_ENV the shell (or jest) has set: the page is only ever built
    // to be used.
    define: {
      'process.browser': 'true',
      global: 'globalThis',
      'process.env.NODE_ENV': JSON.stringify('production'),
    },
    plugins: [pageModules(root), preloadSheet()],
    build: {
      outDir: STANDALONE_DIST,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 8_000,
      reportCompressedSize: false,
      // Chromium preloads modules itself; vite's polyfill is for old browsers.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        // React libraries' "use client" directives mean nothing outside a server-rendering framework.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  };
}
