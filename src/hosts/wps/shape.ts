import { HostUsageError } from '../errors';

/**
 * Value2 and Formula of a block come back as a scalar for one cell, a 1-D array for a single row or a
 * single column, and rows of columns otherwise: the host knows the block's shape and restores it.
 * Anything else is the bridge disagreeing with the range, which must not be read as data.
 */
export function toMatrix(result: unknown, rows: number, cols: number): unknown[][] {
  if (rows === 1 && cols === 1) return [[Array.isArray(result) ? single(result) : result]];
  if (!Array.isArray(result)) throw shapeError(result, rows, cols);
  if (result.every((row) => Array.isArray(row))) {
    const matrix = result as unknown[][];
    if (matrix.length === rows && matrix.every((row) => row.length === cols)) return matrix;
    throw shapeError(result, rows, cols);
  }
  if (rows === 1 && result.length === cols) return [result];
  if (cols === 1 && result.length === rows) return result.map((v) => [v]);
  throw shapeError(result, rows, cols);
}

function single(result: unknown[]): unknown {
  const first: unknown = result[0];
  return Array.isArray(first) ? first[0] : first;
}

function shapeError(result: unknown, rows: number, cols: number): HostUsageError {
  const got = Array.isArray(result) ? `an array of ${result.length}` : typeof result;
  return new HostUsageError(`ET returned ${got} for a block of ${rows}×${cols} cells`);
}
