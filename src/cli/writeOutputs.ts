import { CLI_TEXT as T } from '../i18n/cli.zh-CN';
import { OutputBatch, OutputError, type CommitResult, type PlannedOutput } from './outputs';

/**
 * Makes each planned output's bytes and writes them all, or none (see OutputBatch): an output that
 * cannot be made or written withdraws the others, and the message says which one and why.
 */
export async function writeOutputs(
  outputs: readonly PlannedOutput[],
  make: (output: PlannedOutput) => Promise<Uint8Array | string>,
): Promise<CommitResult> {
  const batch = new OutputBatch();
  try {
    for (const out of outputs) await batch.stage(out, await make(out));
  } catch (e) {
    await batch.abort();
    if (e instanceof OutputError) return { ok: false, message: T.nothingWritten(e.message, 0) };
    throw e;
  }
  return batch.commit();
}
