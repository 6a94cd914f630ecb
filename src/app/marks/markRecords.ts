import { z } from '../../domain/zod';
import type { CellFormat, NativeFormat } from '../../hosts/sheetHost';

/**
 * What the workbook remembers of our marks, in the host's per-workbook store under `MARKS_KEY`: for
 * each marked cell, the format it had before our first mark (to restore exactly) and what we applied
 * (to tell our mark from a change the user made since). JSON, versioned, validated on read.
 */
export const MARKS_KEY = 'jxzp.marks';

const Colour = z.string().regex(/^#[0-9A-F]{6}$/);
const Native: z.ZodType<NativeFormat> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(Native), z.record(z.string(), Native)]),
);

const CellFormatSchema = z.object({
  fill: Colour.nullable(),
  fontColor: Colour.nullable(),
  note: z.string().nullable(),
  native: z.object({ host: z.string(), data: Native }).optional(),
});

const MarkRecordSchema = z.object({
  sheet: z.string(),
  cell: z.string().regex(/^[A-Z]{1,3}[1-9][0-9]*$/),
  previous: CellFormatSchema,
  applied: z.object({ fill: Colour, note: z.string() }),
});

const StoreSchema = z.object({ version: z.literal(1), marks: z.array(MarkRecordSchema) });

export interface MarkRecord {
  readonly sheet: string;
  readonly cell: string;
  readonly previous: CellFormat;
  readonly applied: { readonly fill: string; readonly note: string };
}

/** The store holds something we did not write (edited by hand, a newer version): restoring would guess. */
export class MarksStoreError extends Error {
  override readonly name = 'MarksStoreError';
}

export function parseMarkRecords(text: string | null): MarkRecord[] {
  if (text === null || text === '') return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new MarksStoreError(`${MARKS_KEY}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = StoreSchema.safeParse(json);
  if (!parsed.success) throw new MarksStoreError(`${MARKS_KEY}: not a list of marks`);
  return parsed.data.marks;
}

/** null when nothing is marked any more: the store entry is then removed, leaving no trace. */
export function serializeMarkRecords(records: readonly MarkRecord[]): string | null {
  return records.length === 0 ? null : JSON.stringify({ version: 1, marks: records });
}
