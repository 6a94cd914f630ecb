import { finalizeFindings } from '../domain/check/checkTable';
import { evaluate, type Evaluation } from '../domain/evaluate';
import type { Finding } from '../domain/findings/finding';
import type { Profile } from '../domain/profiles/profile';
import { checkReport } from '../domain/report/checkReport';
import type { ReportInputs } from '../domain/report/reportInputs';
import type { SheetHost } from '../hosts/sheetHost';
import type { RangeBox } from '../templates/a1';
import type { Grid } from '../templates/grid';
import { readReportInputs } from '../templates/read/readReportInputs';
import { readTables } from '../templates/read/readTables';
import { chooseProfile } from './chooseProfile';

export interface CheckedTable {
  readonly sheet: string;
  /** The rectangle the table spans on its sheet: its marks, its suggested scores stay inside. */
  readonly area: RangeBox;
  readonly profile: Profile;
  readonly evaluation: Evaluation;
  /** The 报告要素 paired with this table (the workbook's only table), or null. */
  readonly inputs: ReportInputs | null;
  /** Report-versus-table findings; their cells are on the 报告要素 sheet. */
  readonly reportFindings: readonly Finding[];
}

export interface SheetProblem {
  readonly sheet: string;
  readonly findings: readonly Finding[];
}

export interface WorkbookCheck {
  readonly tables: readonly CheckedTable[];
  /** Sheets that look like they should hold a table and do not (only when no sheet holds one). */
  readonly problems: readonly SheetProblem[];
  /** The 报告要素 (first sheet holding them), if the workbook has one; `sheet` names it. */
  readonly inputs: ReportInputs | null;
}

export interface CheckWorkbookOptions {
  /** The user's explicit choice; else each table's stored profile; else the default. */
  readonly profileId?: string;
  /** After each sheet: sheets done, sheets in all. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

/** Checking stopped because the user cancelled it. */
export class CheckCancelled extends Error {
  override readonly name = 'CheckCancelled';
}

/** Every finding of a table: the table's own, then the report-versus-table ones. */
export function findingsOf(t: CheckedTable): readonly Finding[] {
  return [...t.evaluation.findings, ...t.reportFindings];
}

/** Internal sheets of ours that are never forms. */
const OWN_SHEETS = /^JXZP_/;

/** What one sheet holds: its tables (scored and checked), or 报告要素, or a problem. */
export interface SheetCheck {
  readonly tables: readonly Omit<CheckedTable, 'inputs' | 'reportFindings'>[];
  readonly inputs: ReportInputs | null;
  readonly problem: SheetProblem | null;
}

/** Reads one sheet's grid: every table on it, each scored and checked with its profile. Pure. */
export function checkSheet(grid: Grid, profileId?: string): SheetCheck {
  const read = readTables(grid);
  if (read.tables.length === 0) {
    const found = readReportInputs(grid);
    if (found) return { tables: [], inputs: { ...found, sheet: grid.sheet }, problem: null };
    const profile = chooseProfile(profileId, read.tag?.profile);
    return {
      tables: [],
      inputs: null,
      problem: { sheet: grid.sheet, findings: finalizeFindings(read.findings, profile, grid.sheet) },
    };
  }
  const tables = read.tables.map((t) => {
    const profile = chooseProfile(profileId, t.input.meta.profileId ?? read.tag?.profile);
    const evaluation = evaluate({ ...t.input, sheet: grid.sheet }, profile, t.findings);
    return { sheet: grid.sheet, area: t.area, profile, evaluation };
  });
  return { tables, inputs: null, problem: null };
}

/** Pairs 报告要素 with the table they describe: only when the workbook holds exactly one table. */
export function pairInputs(
  tables: readonly Omit<CheckedTable, 'inputs' | 'reportFindings'>[],
  inputs: ReportInputs | null,
): CheckedTable[] {
  const paired = tables.length === 1 ? inputs : null;
  return tables.map((t) => ({
    ...t,
    inputs: paired,
    reportFindings: paired ? checkReport(t.evaluation, paired, t.profile) : [],
  }));
}

/**
 * Reads every visible sheet, finds every table, and scores and checks each with its profile (the
 * explicit choice, else the one stored in the table's tag, else the default). One grid read per sheet.
 * Throws CheckCancelled when `signal` aborts between two sheets.
 */
export async function checkWorkbook(
  host: SheetHost,
  options: CheckWorkbookOptions = {},
): Promise<WorkbookCheck> {
  const sheets = (await host.listSheets()).filter((s) => s.visible && !OWN_SHEETS.test(s.name));
  const tables: Omit<CheckedTable, 'inputs' | 'reportFindings'>[] = [];
  const problems: SheetProblem[] = [];
  let inputs: ReportInputs | null = null;
  for (const [i, { name }] of sheets.entries()) {
    if (options.signal?.aborted) throw new CheckCancelled('cancelled');
    const checked = checkSheet(await host.readGrid(name), options.profileId);
    tables.push(...checked.tables);
    inputs ??= checked.inputs;
    if (checked.problem) problems.push(checked.problem);
    options.onProgress?.(i + 1, sheets.length);
  }
  return {
    tables: pairInputs(tables, inputs),
    problems: tables.length > 0 ? [] : problems,
    inputs,
  };
}
