import { narrate } from '../domain/report/narrate';
import type { Report } from '../domain/report/report.types';
import type { SheetHost } from '../hosts/sheetHost';
import { toSheetPlan } from '../templates/rendering/reportSheet';
import { addSheet } from './addSheet';
import { checkWorkbook, type CheckedTable } from './checkWorkbook';

export type ReportResult =
  | { readonly ok: true; readonly report: Report; readonly table: CheckedTable; readonly otherTables: number }
  | { readonly ok: false; readonly reason: 'no-table' };

/**
 * The 自评报告 of the workbook's (first) table, from its values and the 报告要素 sheet if there is
 * one. Never invents: what the sheets do not say is a visible placeholder.
 */
export async function composeReport(host: SheetHost, profileId?: string): Promise<ReportResult> {
  const checked = await checkWorkbook(host, { profileId });
  const table = checked.tables[0];
  if (!table) return { ok: false, reason: 'no-table' };
  const report = narrate(table.evaluation, table.inputs, table.profile);
  return { ok: true, report, table, otherTables: checked.tables.length - 1 };
}

/** Adds the report as a new sheet 自评报告 (never over an existing one); returns its name. */
export function addReportSheet(host: SheetHost, report: Report): Promise<string> {
  return addSheet(host, toSheetPlan(report));
}
