import { LocaleType, mergeLocales, Univer } from '@univerjs/core';
import { FUniver } from '@univerjs/core/facade';
import { UniverDocsUIPlugin } from '@univerjs/docs-ui';
import { UniverSheetsUIPlugin } from '@univerjs/sheets-ui';
import { UniverSheetsFormulaUIPlugin } from '@univerjs/sheets-formula-ui';
import { UniverSheetsNumfmtUIPlugin } from '@univerjs/sheets-numfmt-ui';
import { UniverSheetsDataValidationUIPlugin } from '@univerjs/sheets-data-validation-ui';
import { UniverSheetsNoteUIPlugin } from '@univerjs/sheets-note-ui';
import { UniverUIPlugin } from '@univerjs/ui';
import '@univerjs/ui/facade';
import '@univerjs/docs-ui/facade';
import '@univerjs/sheets-ui/facade';
import '@univerjs/sheets-formula-ui/facade';
import coreZhCN from '@univerjs/preset-sheets-core/locales/zh-CN';
import validationZhCN from '@univerjs/preset-sheets-data-validation/locales/zh-CN';
import noteZhCN from '@univerjs/preset-sheets-note/locales/zh-CN';
import '@univerjs/preset-sheets-core/lib/index.css';
import '@univerjs/preset-sheets-data-validation/lib/index.css';
import '@univerjs/preset-sheets-note/lib/index.css';
import { MODEL_LOCALE, registerModelPlugins } from '../../hosts/univer/engine';

/** The spreadsheet with its view, in `container`: the model plugins of the host plus Univer's UI. */
export function startSheet(container: HTMLElement): { univer: Univer; api: FUniver } {
  const univer = new Univer({
    locale: LocaleType.ZH_CN,
    locales: { [LocaleType.ZH_CN]: mergeLocales(MODEL_LOCALE, coreZhCN, validationZhCN, noteZhCN) },
  });
  registerModelPlugins(univer);
  univer.registerPlugin(UniverUIPlugin, { container });
  univer.registerPlugin(UniverDocsUIPlugin);
  univer.registerPlugin(UniverSheetsUIPlugin);
  return { univer, api: FUniver.newAPI(univer) };
}

/**
 * The rest of the sheet's view — number formats, the formula editor, validation dropdowns, notes — once
 * the sheet is on screen: Univer starts a plugin registered late up to its own stage.
 */
export function addSheetTools(univer: Univer): void {
  univer.registerPlugin(UniverSheetsNumfmtUIPlugin);
  univer.registerPlugin(UniverSheetsFormulaUIPlugin);
  univer.registerPlugin(UniverSheetsDataValidationUIPlugin);
  univer.registerPlugin(UniverSheetsNoteUIPlugin);
}
