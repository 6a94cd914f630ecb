// The WPS add-in's scripts: the entry page's ribbon callbacks (addin) and the task pane's page
// (taskpane). Everything is bundled; nothing is fetched at run time. `npm run build:wps` runs this and
// then scripts/wps/build.ts, which lays out the add-in folder around these bundles.
const fs = require('fs');
const path = require('path');
const { tsRule, resolve } = require('./webpack.shared');

/** The pane's page needs the shared task pane and the session; until both are in the tree it is not built. */
const paneSources = ['src/taskpane/mountTaskPane.tsx', 'src/app/session.ts'];
const withPane = paneSources.every((f) => fs.existsSync(path.join(__dirname, f)));

module.exports = (env, argv) => ({
  mode: argv.mode ?? 'production',
  target: ['web', 'es2017'],
  entry: withPane
    ? { addin: './src/wps/addin.ts', taskpane: './src/wps/taskpane.ts' }
    : { addin: './src/wps/addin.ts' },
  output: {
    path: path.resolve(__dirname, 'dist/wps/jxzp/js'),
    filename: '[name].js',
    chunkFilename: '[name].[contenthash:8].js',
    publicPath: 'auto',
    clean: true,
  },
  module: { rules: [tsRule] },
  resolve,
  devtool: false,
  performance: { hints: false },
});
module.exports.withPane = withPane;
