import { LocaleType, mergeLocales, type PluginCtor, Univer } from '@univerjs/core';
import { FUniver } from '@univerjs/core/facade';
import { UniverDataValidationPlugin } from '@univerjs/data-validation';
import { UniverDocsPlugin } from '@univerjs/docs';
import { UniverFormulaEnginePlugin } from '@univerjs/engine-formula';
import { UniverRenderEnginePlugin } from '@univerjs/engine-render';
import { UniverSheetsPlugin } from '@univerjs/sheets';
import { UniverSheetsDataValidationPlugin } from '@univerjs/sheets-data-validation';
import { CalculationMode, UniverSheetsFormulaPlugin } from '@univerjs/sheets-formula';
import { UniverSheetsNotePlugin } from '@univerjs/sheets-note';
import { UniverSheetsNumfmtPlugin } from '@univerjs/sheets-numfmt';
import '@univerjs/engine-formula/facade';
import '@univerjs/sheets/facade';
import '@univerjs/sheets-data-validation/facade';
import '@univerjs/sheets-formula/facade';
import '@univerjs/sheets-note/facade';
import '@univerjs/sheets-numfmt/facade';
import sheetsZhCN from '@univerjs/sheets/locale/zh-CN';
import validationZhCN from '@univerjs/data-validation/locale/zh-CN';
import sheetsValidationZhCN from '@univerjs/sheets-data-validation/locale/zh-CN';

/**
 * The model plugins the host relies on: sheets, formulas (computed in this thread), number formats,
 * native data validation and notes. The page adds the UI plugins around them; Node uses these alone.
 * Open-source packages only, all at one version (0.25.1).
 */
const PLUGINS: readonly PluginCtor[] = [
  UniverDocsPlugin,
  UniverRenderEnginePlugin,
  UniverFormulaEnginePlugin,
  UniverSheetsPlugin,
  UniverSheetsFormulaPlugin,
  UniverSheetsNumfmtPlugin,
  UniverDataValidationPlugin,
  UniverSheetsDataValidationPlugin,
  UniverSheetsNotePlugin,
];

/**
 * Registers the model plugins. Formulas are all computed when a workbook opens (not only those without a
 * cached result): Univer's default builds its dependency graph from that first calculation, and an edit
 * then left a formula two steps away (执行率得分 after 执行率) with its old value.
 */
export function registerModelPlugins(univer: Univer): void {
  for (const plugin of PLUGINS) {
    if (plugin === UniverSheetsFormulaPlugin)
      univer.registerPlugin(UniverSheetsFormulaPlugin, { initialFormulaComputing: CalculationMode.FORCED });
    else univer.registerPlugin(plugin);
  }
}

export const MODEL_LOCALE = mergeLocales(sheetsZhCN, validationZhCN, sheetsValidationZhCN);

/** A Univer without a view (Node, tests): the same model the page has. */
export function createHeadlessUniver(): { univer: Univer; api: FUniver } {
  const univer = new Univer({ locale: LocaleType.ZH_CN, locales: { [LocaleType.ZH_CN]: MODEL_LOCALE } });
  registerModelPlugins(univer);
  return { univer, api: FUniver.newAPI(univer) };
}
