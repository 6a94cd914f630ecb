import * as zlib from 'zlib';
import { fflateInflate, type Inflater } from '../../xlsxPackage';

/**
 * Node's zlib for the package inspection: about three times faster than JavaScript inflate, and it
 * runs beside the scan (on libuv's threads). Stops at the first chunk `onChunk` refuses: leaving the
 * loop destroys the stream.
 */
const nodeInflate: Inflater = async (data, onChunk) => {
  const stream = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
  stream.end(data);
  for await (const chunk of stream as AsyncIterable<Buffer>) onChunk(chunk);
};

/** zlib where there is one; in a browser bundle (webpack maps `zlib` to nothing) fflate. */
export const platformInflate: Inflater =
  typeof zlib.createInflateRaw === 'function' ? nodeInflate : fflateInflate;
