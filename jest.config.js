/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': 'ts-jest',
    // Univer's CommonJS builds require ES-only packages; see tests/setup/esmToCjs.js.
    '/node_modules/.+\\.m?js$': '<rootDir>/tests/setup/esmToCjs.js',
  },
  transformIgnorePatterns: [],
  setupFiles: ['<rootDir>/tests/setup/fastCheck.ts'],
  testTimeout: 60000,
};
