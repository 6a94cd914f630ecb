import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jxzp from './eslint-rules/layering.mjs';

// src/domain/zod.ts configures zod (no `new Function` probe, which the pages' CSP reports) before any schema.
const ZOD = { name: 'zod', message: 'Import z from src/domain/zod.ts, which configures zod for our CSP.' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '*.js', '*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { jxzp },
    rules: {
      'jxzp/layering': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-eval': 'error',
      // The ideographic space (U+3000) is part of Chinese text in templates.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
      'no-implied-eval': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'No innerHTML: build DOM nodes.' },
      ],
    },
  },
  {
    // et-jsapi-declare declares WPS's globals for every file; only the WPS pages may touch them.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/wps/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Application', message: 'Hand the WPS Application in (see src/wps); never the global.' },
        { name: 'wps', message: 'Hand the WPS Application in (see src/wps); never the global.' },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/domain/zod.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [ZOD] }] },
  },
  {
    // Pure code that also runs in the browser: no Node APIs, no spreadsheet library, no hosts.
    files: ['src/domain/**/*.ts', 'src/templates/**/*.ts', 'src/xlsxPackage/**/*.ts'],
    ignores: ['src/domain/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ZOD],
          patterns: ['fs', 'path', 'node:*', 'exceljs', 'react', '@fluentui/*', 'office-js'],
        },
      ],
    },
  },
);
