import type { ICellData, ICommandInfo, IExecutionOptions } from '@univerjs/core';
import type { FUniver } from '@univerjs/core/facade';
import {
  AddWorksheetMergeMutation,
  InsertColMutation,
  InsertRowMutation,
  MoveColsMutation,
  MoveRangeMutation,
  MoveRowsMutation,
  RemoveColMutation,
  RemoveRowMutation,
  RemoveWorksheetMergeMutation,
  ReorderRangeMutation,
  SetRangeValuesMutation,
} from '@univerjs/sheets';
import type { RangeBox } from '../../templates/a1';

/** Changes of a sheet's shape: the reader must look again, though no single range says where. */
const RESHAPING = new Set<string>([
  MoveRangeMutation.id,
  MoveRowsMutation.id,
  MoveColsMutation.id,
  ReorderRangeMutation.id,
  InsertRowMutation.id,
  InsertColMutation.id,
  RemoveRowMutation.id,
  RemoveColMutation.id,
  AddWorksheetMergeMutation.id,
  RemoveWorksheetMergeMutation.id,
]);

const VALUE_KEYS = ['v', 'f', 'si', 'p'] as const;

function param(command: Readonly<ICommandInfo>, key: string): unknown {
  return typeof command.params === 'object' && command.params !== null
    ? Reflect.get(command.params, key)
    : undefined;
}

/** The cells whose value or formula a value write changes (a style-only write changes none), as a box. */
function valueBox(cellValue: unknown): RangeBox | null {
  if (typeof cellValue !== 'object' || cellValue === null) return null;
  let box: RangeBox | null = null;
  for (const [r, line] of Object.entries(cellValue as Record<string, Record<string, ICellData | null>>)) {
    for (const [c, cell] of Object.entries(line ?? {})) {
      if (cell !== null && cell !== undefined && !VALUE_KEYS.some((k) => k in cell)) continue;
      const row = Number(r) + 1;
      const col = Number(c) + 1;
      box = box
        ? {
            top: Math.min(box.top, row),
            left: Math.min(box.left, col),
            bottom: Math.max(box.bottom, row),
            right: Math.max(box.right, col),
          }
        : { top: row, left: col, bottom: row, right: col };
    }
  }
  return box;
}

export interface SheetEdit {
  readonly sheetId: string;
  /** null when the edit reshaped the sheet (rows inserted, a range moved) rather than wrote cells. */
  readonly range: RangeBox | null;
}

/**
 * Calls `heard` for each edit of a workbook's cells: value writes (typing, paste, fill, clear, undo) and
 * reshaping. Formula results (applied by the engine) and style-only writes are not edits; nor is
 * anything done while `ours()` says our own code is writing.
 */
export function listenToEdits(
  api: FUniver,
  unitId: string,
  ours: () => boolean,
  heard: (edit: SheetEdit) => void,
): () => void {
  const listener = api.onCommandExecuted((command: Readonly<ICommandInfo>, options?: IExecutionOptions) => {
    if (ours() || param(command, 'unitId') !== unitId) return;
    if (options?.fromFormula === true || Reflect.get(options ?? {}, 'applyFormulaCalculationResult') === true)
      return;
    if (command.id === SetRangeValuesMutation.id) {
      const sheetId = param(command, 'subUnitId');
      const range = valueBox(param(command, 'cellValue'));
      if (typeof sheetId === 'string' && range !== null) heard({ sheetId, range });
    } else if (RESHAPING.has(command.id)) {
      // A moved range names its sheet under `from` (and `to`).
      const from = param(command, 'from');
      const sheetId =
        param(command, 'subUnitId') ??
        (typeof from === 'object' && from !== null ? Reflect.get(from, 'subUnitId') : undefined);
      if (typeof sheetId === 'string') heard({ sheetId, range: null });
    }
  });
  return () => listener.dispose();
}
