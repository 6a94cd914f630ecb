/// <reference types="office-js" />
import type { XRequirements, XRun } from './excelApi';
import { ExcelHost } from './ExcelHost';
import { EXCEL_API_FLOOR } from './requirements';

/** The part of the global `Office` the entry page needs. */
export interface OfficeLike {
  onReady(): Promise<{ host: Office.HostType | null }>;
  readonly context: { readonly requirements: XRequirements };
}

export type ExcelConnection =
  | { readonly ok: true; readonly host: ExcelHost }
  /** Opened outside Excel (a browser tab), or in an Excel older than the manifest's floor (sideloaded anyway). */
  | { readonly ok: false; readonly reason: 'not-excel' | 'excel-too-old' };

/**
 * What the task pane's Excel entry calls first: waits for Office, checks that this is Excel with the
 * ExcelApi set the host needs, and gives the host (`Office`, `Excel.run` passed in, never read as globals here).
 */
export async function connectExcel(office: OfficeLike, run: XRun): Promise<ExcelConnection> {
  const info = await office.onReady();
  // Office.HostType.Excel is the string 'Excel' (a string enum that only exists once office.js is loaded).
  if (String(info.host) !== 'Excel') return { ok: false, reason: 'not-excel' };
  if (!office.context.requirements.isSetSupported('ExcelApi', EXCEL_API_FLOOR)) {
    return { ok: false, reason: 'excel-too-old' };
  }
  return { ok: true, host: new ExcelHost({ run, requirements: office.context.requirements }) };
}

/** Compiles only while the real `Office` fits OfficeLike. */
export const realOfficeFits: (office: typeof Office) => OfficeLike = (office) => office;
