import type ExcelJS from 'exceljs';
import DataValidationsXform from 'exceljs/lib/xlsx/xform/sheet/data-validations-xform';
import type { RangeBox } from '../../templates/a1';

/**
 * The few places where ExcelJS 4.4's typings or behaviour fall short, in one file, each checked at run
 * time so that an ExcelJS upgrade that changes them fails loudly instead of writing a wrong file.
 */
export class ExcelJsInternalsError extends Error {
  override readonly name = 'ExcelJsInternalsError';
}

/** `worksheet.dataValidations` exists in ExcelJS 4.4 but not in its typings. Keys are 'A1' or 'A1:B9'. */
export interface ValidationStore {
  readonly model: Record<string, ExcelJS.DataValidation | undefined>;
  add(address: string, validation: ExcelJS.DataValidation): void;
}

function isValidationStore(x: unknown): x is ValidationStore {
  return typeof x === 'object' && x !== null && 'model' in x && 'add' in x && typeof x.add === 'function';
}

export function validationStore(ws: ExcelJS.Worksheet): ValidationStore {
  const store: unknown = Reflect.get(ws, 'dataValidations');
  if (!isValidationStore(store)) throw new ExcelJsInternalsError('worksheet.dataValidations is missing');
  return store;
}

function isBox(x: unknown): x is RangeBox {
  return (
    typeof x === 'object' &&
    x !== null &&
    ['top', 'left', 'bottom', 'right'].every((k) => typeof Reflect.get(x, k) === 'number')
  );
}

/** Merged ranges, from the worksheet's own map of Range objects (`ws.model` would rebuild every row). */
export function mergeBoxes(ws: ExcelJS.Worksheet): RangeBox[] {
  const merges: unknown = Reflect.get(ws, '_merges');
  if (typeof merges !== 'object' || merges === null)
    throw new ExcelJsInternalsError('worksheet._merges is missing');
  return Object.values(merges).map((range: unknown) => {
    const box: unknown =
      typeof range === 'object' && range !== null ? Reflect.get(range, 'model') : undefined;
    if (!isBox(box)) throw new ExcelJsInternalsError('worksheet._merges holds something that is not a Range');
    return { top: box.top, left: box.left, bottom: box.bottom, right: box.right };
  });
}

/**
 * ExcelJS has no public way to delete a note. Its own row code sets `_comment` to undefined (row.js), but
 * a loaded cell also keeps the note in its value's model (`_value.model.comment`), which `cell.model`
 * hands to the writer whenever `_comment` is unset: both must go, or the note comes back on save.
 */
export function removeNote(cell: ExcelJS.Cell): void {
  if (Reflect.has(cell, '_comment')) Reflect.set(cell, '_comment', undefined);
  const value: unknown = Reflect.get(cell, '_value');
  const model: unknown =
    typeof value === 'object' && value !== null ? Reflect.get(value, 'model') : undefined;
  if (typeof model === 'object' && model !== null) Reflect.deleteProperty(model, 'comment');
}

const NUMBER = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;
const A1_RANGE = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/;

let patched = false;

/**
 * Two fixes to how ExcelJS 4.4 reads `<dataValidation>`, applied once, before the first load:
 * 1. a decimal/whole rule's formula is parsed with parseFloat, so `G13` (得分 ≤ 本行分值) became NaN and
 *    was saved back as "NaN" — a file Excel calls corrupt. Non-numeric formulas now stay text;
 * 2. each `sqref` range was expanded into one entry per cell and squeezed back on save in string order
 *    (H100 before H13), which could split a range and shift its relative references. Ranges now stay
 *    ranges (the writer accepts 'A1:B9' keys as they are).
 * Only affects reading; ExcelJS's own tests of writing are untouched.
 */
export function patchValidationParsing(): void {
  if (patched) return;
  const proto = DataValidationsXform.prototype;
  const original = proto.parseClose;
  proto.parseClose = function parseClose(name: string): boolean {
    const dv = this._dataValidation;
    if ((name === 'formula1' || name === 'formula2') && this._formula && dv) {
      const text = this._formula.join('');
      if (['whole', 'decimal', 'textLength'].includes(dv.type) && !NUMBER.test(text)) {
        (dv.formulae ??= []).push(text);
        this._formula = undefined;
        return true;
      }
    }
    if (name === 'dataValidation' && dv) {
      if (!dv.formulae || dv.formulae.length === 0) {
        delete dv.formulae;
        delete dv.operator;
      }
      for (const part of this._address.split(/\s+/).filter((p) => p !== '')) {
        const m = A1_RANGE.exec(part.toUpperCase());
        const key = m ? (m[3] ? `${m[1]}${m[2]}:${m[3]}${m[4]}` : `${m[1]}${m[2]}`) : part;
        this.model[key] = dv;
      }
      return true;
    }
    return original.call(this, name);
  };
  patched = true;
}
