import { Buffer } from 'buffer';

/**
 * The Node globals ExcelJS's sources use at run time (`Buffer`, `process.nextTick` through its streams,
 * `setImmediate`), as browser polyfills; installed once, before the first workbook is read or written.
 */
const g = globalThis as unknown as Record<string, unknown>;
g.Buffer ??= Buffer;
g.process ??= {
  browser: true,
  env: {},
  version: '',
  versions: {},
  nextTick: (fn: (...args: unknown[]) => void, ...args: unknown[]) => queueMicrotask(() => fn(...args)),
};
g.setImmediate ??= (fn: (...args: unknown[]) => void, ...args: unknown[]) => setTimeout(() => fn(...args), 0);
