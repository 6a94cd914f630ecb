import type { SheetHost } from '../hosts/sheetHost';
import { renderTemplate, type RenderOptions, type RenderOptionsError } from '../templates/render';
import { addSheet } from './addSheet';

export type InsertResult =
  { readonly ok: true; readonly sheet: string } | { readonly ok: false; readonly error: RenderOptionsError };

/** One click: render the form and put it on a new sheet (never into the user's data). */
export async function insertTemplate(host: SheetHost, options: RenderOptions): Promise<InsertResult> {
  const rendered = renderTemplate(options);
  if (!rendered.ok) return rendered;
  return { ok: true, sheet: await addSheet(host, rendered.plan) };
}
