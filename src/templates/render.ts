import { OVERALL_LAYOUT } from './layouts/overall';
import { PROJECT_LAYOUT } from './layouts/project';
import type { SheetPlan } from './plan';
import type { RenderedLayout } from './rendering/cellMap';
import { renderForm } from './rendering/formSheet';
import { type RenderOptions, type RenderOptionsError, validateRenderOptions } from './rendering/options';
import { renderReportInputs } from './rendering/reportInputsSheet';

export type { RenderOptions, RenderOptionsError, RenderProfile, TemplateKind } from './rendering/options';
export { DEFAULT_BLANK_ROWS, MAX_UNIT_LENGTH } from './rendering/options';
export type {
  BudgetRowCells,
  FormCellMap,
  IndicatorRowCells,
  RenderedLayout,
  ReportInputsCellMap,
  SubtotalCells,
} from './rendering/cellMap';
export { TEMPLATE_VERSION } from './rendering/finishPlan';
export { LayoutError } from './rendering/sheetDraft';

export type RenderResult =
  | { readonly ok: true; readonly plan: SheetPlan }
  | { readonly ok: false; readonly error: RenderOptionsError };

export type RenderWithMapResult =
  | { readonly ok: true; readonly plan: SheetPlan; readonly map: RenderedLayout }
  | { readonly ok: false; readonly error: RenderOptionsError };

/**
 * Renders a template to a SheetPlan, with the address of every input cell. Pure. Bad options (they come
 * from the pane or the command line) give an error value; only a bug in a layout throws (LayoutError).
 */
export function renderTemplateWithMap(options: RenderOptions): RenderWithMapResult {
  const checked = validateRenderOptions(options);
  if (!checked.ok) return checked;
  const o = checked.options;
  const rendered = (() => {
    switch (o.kind) {
      case 'overall':
        return renderForm(OVERALL_LAYOUT, o);
      case 'project':
        return renderForm(PROJECT_LAYOUT, o);
      case 'reportInputs':
        return renderReportInputs(o);
    }
  })();
  return { ok: true, ...rendered };
}

export function renderTemplate(options: RenderOptions): RenderResult {
  const result = renderTemplateWithMap(options);
  return result.ok ? { ok: true, plan: result.plan } : result;
}
