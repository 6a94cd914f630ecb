import type { ICellData, IWorkbookData, Nullable } from '@univerjs/core';
import type { FUniver } from '@univerjs/core/facade';
import type { FWorkbook } from '@univerjs/sheets/facade';
import { UniverSheetHost } from '../../hosts/univer/UniverSheetHost';

/**
 * Changes that alter what a saved workbook holds: the sheets' own (values, styles, rows, sheets, notes)
 * and validation rules. Not the cell editor's document, nor a note's popup being shown.
 */
function isContentChange(id: string): boolean {
  return (
    (id.startsWith('sheet.mutation.') && id !== 'sheet.mutation.toggle-note-popup') ||
    id.startsWith('data-validation.mutation.')
  );
}

let units = 0;

/**
 * The one workbook the page shows, with its SheetHost: opened from a snapshot (restored from the
 * browser, or read from an .xlsx), replaced whole when another file is opened. Tells after every change
 * of content, so that the page can keep the workbook.
 */
export class LiveWorkbook {
  private workbook: FWorkbook | null = null;
  private currentHost: UniverSheetHost | null = null;
  private readonly changed = new Set<() => void>();
  /** Opening a workbook is not a change of it. */
  private opening = false;

  constructor(private readonly api: FUniver) {
    api.onCommandExecuted((command, options) => {
      if (this.opening || !isContentChange(command.id) || options?.fromFormula === true) return;
      for (const listener of this.changed) listener();
    });
  }

  get host(): UniverSheetHost {
    if (this.currentHost === null) throw new Error('no workbook is open');
    return this.currentHost;
  }

  /** Shows `snapshot` (or a blank workbook), disposing the one shown before; gives the new host. */
  open(snapshot: IWorkbookData | null, blankSheet: string): UniverSheetHost {
    this.currentHost?.dispose();
    if (this.workbook) this.api.disposeUnit(this.workbook.getId());
    units++;
    const id = `jxzp-${Date.now().toString(36)}-${units}`;
    this.opening = true;
    try {
      this.currentHost = UniverSheetHost.open(
        this.api,
        snapshot ? { ...snapshot, id } : { id, name: blankSheet, sheetOrder: [], sheets: {} },
      );
      this.workbook = this.currentHost.unit;
      if (!snapshot) this.workbook.getActiveSheet().setName(blankSheet);
    } finally {
      this.opening = false;
    }
    return this.currentHost;
  }

  /** Whether any sheet holds a value: replacing an empty workbook needs no question. */
  async hasContent(): Promise<boolean> {
    if (this.workbook === null) return false;
    const data = this.workbook.save();
    return Object.values(data.sheets).some((sheet) =>
      Object.values(sheet.cellData ?? {}).some((line) =>
        (Object.values(line ?? {}) as Nullable<ICellData>[]).some(
          (cell) => cell != null && (cell.v != null || Boolean(cell.f) || Boolean(cell.p)),
        ),
      ),
    );
  }

  onChange(listener: () => void): () => void {
    this.changed.add(listener);
    return () => this.changed.delete(listener);
  }
}
