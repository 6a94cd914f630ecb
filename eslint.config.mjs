import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jxzp from './eslint-rules/layering.mjs';

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
    files: ['src/domain/**/*.ts', 'src/templates/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'fs',
            'path',
            'node:*',
            'exceljs',
            'react',
            '@fluentui/*',
            'office-js',
          ],
        },
      ],
    },
  },
);
