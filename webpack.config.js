// Browser bundles. For now the core library (window.JXZP); the task pane and the standalone page add
// their entries here. No network at run time: everything is bundled, nothing is fetched.
const path = require('path');

module.exports = (env, argv) => ({
  mode: argv.mode ?? 'production',
  target: ['web', 'es2020'],
  entry: { core: './src/web/core.ts' },
  output: {
    path: path.resolve(__dirname, 'dist/web'),
    filename: '[name].js',
    library: { name: 'JXZP', type: 'window' },
    clean: true,
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        options: {
          transpileOnly: true,
          configFile: 'tsconfig.json',
          compilerOptions: { module: 'esnext', moduleResolution: 'bundler' },
        },
        exclude: /node_modules/,
      },
    ],
  },
  // A Node built-in reaching the browser bundle is a bug in the layering, not something to polyfill.
  resolve: { extensions: ['.ts', '.js'], fallback: { fs: false, path: false, crypto: false, stream: false } },
  devtool: false,
  performance: { hints: false },
});
