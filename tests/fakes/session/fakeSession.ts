import type {
  ApplyOutcome,
  CellRef,
  CheckOutcome,
  InsertOutcome,
  InsertRequest,
  ReportOutcome,
  ScoreChange,
  Session,
  TableRef,
  TableView,
} from '../../../src/app/session.types';
import type { Report } from '../../../src/domain/report/report.types';

/**
 * A hand-written Session over a tiny cell map, made from the draft seam types: what the pane's tests
 * run on until `createSession(new MemoryWorkbook())` exists. It records every call and every cell it
 * writes, refuses what the real session refuses (a bad year, a stale score), and lets a test play the
 * user typing into a cell (`userEdits`).
 */
export class FakeSession implements Session {
  readonly hostKind = 'fake';
  readonly profiles = [
    { id: 'standard-2020', name: '财预〔2020〕10号（得分保留两位小数）' },
    { id: 'standard-2020-whole-points', name: '财预〔2020〕10号（得分取整）' },
  ];
  readonly calls: string[] = [];
  readonly cells = new Map<string, string | number | null>();
  readonly sheets: string[] = [];
  selected: CellRef | null = null;
  marked = 0;
  private listener: ((o: CheckOutcome) => void) | null = null;

  constructor(
    readonly canAutoCheck: boolean,
    private tables: (cells: ReadonlyMap<string, string | number | null>) => readonly TableView[],
    private suggestions: readonly ScoreChange[] = [],
    private report: Report | null = null,
  ) {}

  async insertTemplate(r: InsertRequest): Promise<InsertOutcome> {
    this.calls.push(`insertTemplate ${JSON.stringify(r)}`);
    const errors: { field: string; message: string }[] = [];
    if (!Number.isInteger(r.year) || r.year < 2000 || r.year > 2100)
      errors.push({ field: 'year', message: '年度应为 2000–2100 之间的整数' });
    if (!Number.isInteger(r.blankRowsPerLevel2) || r.blankRowsPerLevel2 < 1 || r.blankRowsPerLevel2 > 200)
      errors.push({ field: 'blankRowsPerLevel2', message: '空行数应为 1–200' });
    if (errors.length) return { ok: false, errors };
    const sheet = r.kind === 'overall' ? '部门整体支出绩效自评表' : '项目支出绩效自评表';
    this.sheets.push(sheet);
    if (r.withReportInputs) this.sheets.push('报告要素');
    return { ok: true, sheet, inputsSheet: r.withReportInputs ? '报告要素' : null };
  }

  async check(): Promise<CheckOutcome> {
    this.calls.push('check');
    return this.outcome();
  }

  private outcome(): CheckOutcome {
    const tables = this.tables(this.cells);
    this.marked = tables.reduce((n, t) => n + t.findings.filter((f) => f.target.cell).length, 0);
    return { ok: true, tables, problems: [], marked: this.marked };
  }

  async clearMarks(): Promise<void> {
    this.calls.push('clearMarks');
    this.marked = 0;
  }

  async goTo(target: CellRef): Promise<void> {
    this.calls.push(`goTo ${target.sheet}!${target.cell}`);
    this.selected = target;
  }

  async suggestScores(table: TableRef): Promise<readonly ScoreChange[]> {
    this.calls.push(`suggestScores ${table.sheet}`);
    return this.suggestions.filter((c) => this.cells.get(c.cell) !== c.after);
  }

  async applyScores(table: TableRef, changes: readonly ScoreChange[]): Promise<ApplyOutcome> {
    this.calls.push(`applyScores ${table.sheet} ${changes.length}`);
    if (changes.some((c) => (this.cells.get(c.cell) ?? null) !== c.before))
      return { ok: false, reason: 'stale', message: '单元格已被修改' };
    for (const c of changes) this.cells.set(c.cell, c.after);
    return { ok: true, written: changes.length };
  }

  async composeReport(table: TableRef): Promise<ReportOutcome> {
    this.calls.push(`composeReport ${table.sheet}`);
    if (!this.report) return { ok: false, message: '未找到表格' };
    const text = [this.report.title, ...this.report.preamble]
      .map((p) => p.map((r) => r.text).join(''))
      .join('\n');
    return { ok: true, report: this.report, text, markdown: text };
  }

  async insertReportSheet(): Promise<string> {
    this.calls.push('insertReportSheet');
    this.sheets.push('自评报告');
    return '自评报告';
  }

  async startAutoCheck(onResult: (o: CheckOutcome) => void): Promise<(() => Promise<void>) | null> {
    this.calls.push('startAutoCheck');
    if (!this.canAutoCheck) return null;
    this.listener = onResult;
    return async () => {
      this.calls.push('stopAutoCheck');
      this.listener = null;
    };
  }

  /** The user types into cells; with 自动校验 on, the pane hears a new outcome. */
  userEdits(values: Readonly<Record<string, string | number | null>>): void {
    for (const [cell, v] of Object.entries(values)) this.cells.set(cell, v);
    this.listener?.(this.outcome());
  }
}
