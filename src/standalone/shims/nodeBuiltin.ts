/**
 * Stands in for `fs` and `crypto` in the page: the xlsx host reads and writes files only from the
 * command line, and ExcelJS hashes only sheet passwords; neither runs in the browser. Anything that
 * reaches here at run time is a bug, so it throws instead of doing nothing.
 */
function unavailable(): never {
  throw new Error('Node built-in used in the browser page');
}

export const promises = new Proxy({}, { get: unavailable });
export const createHash = unavailable;
export const randomBytes = unavailable;
export default new Proxy({}, { get: unavailable });
