// What every browser build (webpack.config.js, webpack.wps.config.js) compiles TypeScript with and how it
// resolves modules.

/** TypeScript through ts-loader, types left to `npm run typecheck`; ES modules so webpack can split and shake. */
const tsRule = {
  test: /\.tsx?$/,
  loader: 'ts-loader',
  options: {
    transpileOnly: true,
    configFile: 'tsconfig.json',
    compilerOptions: { module: 'esnext', moduleResolution: 'bundler', jsx: 'react-jsx' },
  },
  exclude: /node_modules/,
};

// A Node built-in reaching a browser bundle is a bug in the layering, not something to polyfill.
const resolve = {
  extensions: ['.tsx', '.ts', '.js'],
  fallback: { fs: false, path: false, crypto: false, stream: false, zlib: false },
};

module.exports = { tsRule, resolve };
