import type { Finding } from '../domain/findings/finding';
import type { Grade } from '../domain/score/scores.types';
import type { Report } from '../domain/report/report.types';
import type { RangeBox } from '../templates/a1';
import type { ScoreChange } from './suggestScores';

export type { ScoreChange, ScoreField } from './suggestScores';

/**
 * What a front end (task pane, standalone page, WPS entry) can do with a workbook: the use cases bound
 * to one host and one profile choice. Made by `createSession(host, settings)`; the front end's entry is
 * the one place that picks the host. Every figure is an exact decimal string made by the core; the
 * pane formats nothing itself.
 */
export interface Session {
  /** 'excel' | 'wps' | 'univer' | 'memory' | 'xlsx'. */
  readonly hostKind: string;
  /** false when the host cannot notify edits: 自动校验 is then offered as unavailable, with why. */
  readonly canAutoCheck: boolean;
  readonly profiles: readonly ProfileChoice[];

  insertTemplate(request: InsertRequest): Promise<InsertOutcome>;
  /**
   * The built-in example on new sheets: the 2020 reference table as it was filled, mistakes included,
   * and its 报告要素 — a newcomer sees every part work without typing a table first.
   */
  insertExample(): Promise<InsertOutcome>;
  /** Reads every sheet, checks every table, and re-marks: stale marks cleared, new ones set. */
  check(options?: CheckOptions): Promise<CheckOutcome>;
  /** Clears every mark we made in the workbook, restoring each cell's previous fill and note. */
  clearMarks(): Promise<void>;
  /** Selects a finding's cell (on the table's sheet, or on 报告要素). */
  goTo(target: CellRef): Promise<void>;
  /** The 执行率 and score cells whose value differs from the rules: what 填入建议得分 would write. */
  suggestScores(table: TableRef): Promise<readonly ScoreChangeView[]>;
  /** Writes exactly these changes, after checking that each cell still holds its `before`. */
  applyScores(table: TableRef, changes: readonly ScoreChange[]): Promise<ApplyOutcome>;
  composeReport(table: TableRef): Promise<ReportOutcome>;
  /** Adds the report as a new sheet (never over an existing one); returns its name. */
  insertReportSheet(report: Report): Promise<string>;
  /**
   * Re-checks after the user's edits, debounced, touching only the marks of the table that changed;
   * `onResult` gets each new outcome. Resolves to a stop function, or null when the host cannot notify.
   */
  startAutoCheck(
    onResult: (outcome: CheckOutcome) => void,
    options?: { debounceMs?: number },
  ): Promise<(() => Promise<void>) | null>;
}

export interface ProfileChoice {
  readonly id: string;
  /** Chinese name shown in the pane, e.g. 财预〔2020〕10号（得分保留两位小数）. */
  readonly name: string;
}

export interface InsertRequest {
  readonly kind: 'overall' | 'project';
  readonly year: number;
  readonly unit: string;
  readonly profileId: string;
  readonly blankRowsPerLevel2: number;
  /** Also add the 报告要素 sheet. */
  readonly withReportInputs: boolean;
}

export type InsertOutcome =
  | { readonly ok: true; readonly sheet: string; readonly inputsSheet: string | null }
  /** Each bad field with its Chinese message. */
  | { readonly ok: false; readonly errors: readonly { readonly field: string; readonly message: string }[] };

export interface CheckOptions {
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

export interface CellRef {
  readonly sheet: string;
  /** A1; null when the finding has no cell. */
  readonly cell: string | null;
}

/** A table in the workbook: its sheet and where it starts (several forms may share a workbook or a sheet). */
export interface TableRef {
  readonly sheet: string;
  readonly area: RangeBox;
}

export interface FindingView {
  readonly finding: Finding;
  /** The zh-CN sentence, cell first: `H23：得分 12 超过分值 10`. */
  readonly message: string;
  /** Where clicking it goes. */
  readonly target: CellRef;
}

export interface Level1View {
  readonly label: string;
  /** As declared in the label (产出指标（50分） → "50"), or null. */
  readonly declaredWeight: string | null;
  readonly weight: string;
  readonly enteredScore: string;
  readonly ruleScore: string;
}

export interface TableView {
  readonly ref: TableRef;
  readonly kind: 'overall' | 'project';
  readonly unit: string;
  readonly year: number | null;
  readonly profile: ProfileChoice;
  readonly budget: {
    readonly planned: string | null;
    readonly actual: string | null;
    /** 执行率 in percent with the profile's decimals, e.g. "57.59". */
    readonly rate: string | null;
    readonly weight: string | null;
    readonly ruleScore: string | null;
    readonly enteredScore: string | null;
  };
  readonly level1: readonly Level1View[];
  readonly totals: {
    readonly weight: string;
    readonly enteredScore: string;
    readonly ruleScore: string;
    /** null when a number cell stores NaN or ±Infinity: no grade is given on such a table. */
    readonly grade: Grade | null;
    readonly enteredGrade: Grade;
  };
  /** false when the table cannot be read well enough to be scored: no total and no grade are shown. */
  readonly readable: boolean;
  readonly findings: readonly FindingView[];
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
}

export type CheckOutcome =
  | {
      readonly ok: true;
      readonly tables: readonly TableView[];
      /** Findings of sheets that look like forms and could not be read (no table found). */
      readonly problems: readonly FindingView[];
      /** Cells marked on the sheets after this check. */
      readonly marked: number;
    }
  | { readonly ok: false; readonly reason: 'cancelled' | 'host-error'; readonly message: string };

export type ApplyOutcome =
  | { readonly ok: true; readonly written: number }
  /** A cell changed since the suggestion was made (nothing was written), or the host failed. */
  | { readonly ok: false; readonly reason: 'stale' | 'host-error'; readonly message: string };

/** How the pane says a suggested change: 执行率 / 执行率得分 / 指标“…”得分 / 总分 / 评价等级. */
export interface ScoreChangeView extends ScoreChange {
  readonly label: string;
}

export type ReportOutcome =
  | { readonly ok: true; readonly report: Report; readonly text: string; readonly markdown: string }
  | { readonly ok: false; readonly message: string };
