import { resolve } from 'node:path';
import webpack from 'webpack';

type MakeConfig = (
  env: Record<string, unknown>,
  argv: { mode: string },
) => Promise<readonly webpack.Configuration[]>;

// From the repository root (npm scripts and jest run there), also when compiled into dist/bench-build.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(resolve('webpack.config.js')) as MakeConfig & {
  withExcel: boolean;
  OFFICE_JS: string;
};
const makeConfig: MakeConfig = webpackConfig;

/** The one script the Excel page asks of another origin: Office.js on Microsoft's CDN. */
export const OFFICE_JS = webpackConfig.OFFICE_JS;

/** Whether the Excel entry is built (the Office.js host is in the tree). */
export function withExcel(): boolean {
  return webpackConfig.withExcel;
}

/** Builds one of webpack.config.js's named configurations (production) into `outDir`. */
export async function buildBundle(
  name: string,
  outDir: string,
  env: Record<string, unknown> = {},
): Promise<webpack.Stats> {
  const config = (await makeConfig(env, { mode: 'production' })).find((c) => c.name === name);
  if (!config) throw new Error(`webpack.config.js has no configuration named ${name}`);
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack({ ...config, output: { ...config.output, path: outDir } }, (err, s) =>
      err || !s ? reject(err) : resolve(s),
    ),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return stats;
}
