import { finalizeFindings } from '../domain/check/checkTable';
import { evaluate, type Evaluation } from '../domain/evaluate';
import type { Finding } from '../domain/findings/finding';
import type { TableInput } from '../domain/model';
import type { Profile } from '../domain/profiles/profile';
import type { SheetHost } from '../hosts/sheetHost';
import { checkReport } from '../domain/report/checkReport';
import type { ReportInputs } from '../domain/report/reportInputs';
import { readReportInputs } from '../templates/read/readReportInputs';
import { readTables } from '../templates/read/readTables';
import { decodeTag } from '../templates/tag';
import { chooseProfile } from './chooseProfile';

export interface CheckedTable {
  readonly sheet: string;
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
}

/** Every finding of a table: the table's own, then the report-versus-table ones. */
export function findingsOf(t: CheckedTable): readonly Finding[] {
  return [...t.evaluation.findings, ...t.reportFindings];
}

/** Internal sheets of ours that are never forms. */
const OWN_SHEETS = /^JXZP_/;

/**
 * Reads every sheet, finds every table, and scores and checks each with its profile (the explicit
 * choice, else the one stored in the table's tag, else the default).
 */
export async function checkWorkbook(host: SheetHost, profileId?: string): Promise<WorkbookCheck> {
  const tables: Omit<CheckedTable, 'inputs' | 'reportFindings'>[] = [];
  const problems: SheetProblem[] = [];
  let inputs: ReportInputs | null = null;
  for (const sheet of await host.listSheets()) {
    if (OWN_SHEETS.test(sheet)) continue;
    const grid = await host.readGrid(sheet);
    const read = readTables(grid);
    if (read.tables.length === 0) {
      const found = readReportInputs(grid);
      if (found) {
        inputs ??= { ...found, sheet };
        continue;
      }
    }
    const storedProfile = decodeTag(grid.tag)?.profile;
    if (read.tables.length === 0) {
      const profile = chooseProfile(profileId, storedProfile);
      problems.push({ sheet, findings: finalizeFindings(read.findings, profile) });
      continue;
    }
    const starts = read.tables.map(firstRow);
    read.tables.forEach((input, t) => {
      const profile = chooseProfile(profileId, input.meta.profileId ?? storedProfile);
      const own = read.findings.filter((d) => tableIndexOf(d.cell, starts) === t);
      tables.push({ sheet, profile, evaluation: evaluate({ ...input, sheet }, profile, own) });
    });
  }
  // 报告要素 describe one unit's report: they are paired only when the workbook holds one table.
  const paired = tables.length === 1 ? inputs : null;
  return {
    tables: tables.map((t) => ({
      ...t,
      inputs: paired,
      reportFindings: paired ? checkReport(t.evaluation, paired, t.profile) : [],
    })),
    problems: tables.length > 0 ? [] : problems,
  };
}

function rowOf(cell: string | undefined): number {
  return Number(/\d+$/.exec(cell ?? '')?.[0] ?? 0);
}

/** The topmost row a table's cells occupy. */
function firstRow(input: TableInput): number {
  const cells = [
    input.meta.unit,
    input.meta.year,
    ...input.budget.map((b) => b.planned),
    ...input.indicators.map((i) => i.name),
  ];
  const rows = cells.map((c) => rowOf(c.cell)).filter((r) => r > 0);
  return rows.length ? Math.min(...rows) : 0;
}

/** With several tables on one sheet, a reader finding belongs to the last table starting above its cell. */
function tableIndexOf(cell: string | undefined, starts: readonly number[]): number {
  const row = rowOf(cell);
  let index = 0;
  starts.forEach((start, i) => {
    if (row >= start) index = i;
  });
  return index;
}
