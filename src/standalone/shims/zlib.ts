/**
 * Stands in for `zlib` in the page: the package inspection (hosts/xlsx/nodeInflate.ts) takes Node's
 * zlib where `createInflateRaw` is a function and fflate otherwise, so the page gets fflate.
 */
export const createInflateRaw = undefined;
export const inflateRawSync = undefined;
