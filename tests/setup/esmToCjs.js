/* global require, module */
/* eslint-disable @typescript-eslint/no-require-imports -- Jest loads a transform with require() */
// Jest on Node 20 cannot require an ES module, and Univer's CommonJS builds require some (lodash-es,
// cjk-regex, rbush…). This transform turns such a module into CommonJS with esbuild; every other file
// passes through untouched.
const { transformSync } = require('esbuild');
const { createHash } = require('crypto');

const ESM_SYNTAX = /^\s*(import\s*[\w{*'"]|export\s+[\w{*]|export\s*\{)/m;

module.exports = {
  process(source, filename) {
    if (!ESM_SYNTAX.test(source)) return { code: source };
    const out = transformSync(source, {
      loader: 'js',
      format: 'cjs',
      target: 'node20',
      sourcefile: filename,
    });
    return { code: out.code };
  },
  getCacheKey(source, filename) {
    return createHash('sha1').update('esmToCjs1').update(filename).update(source).digest('hex');
  },
};
