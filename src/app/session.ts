import { narrate } from '../domain/report/narrate';
import type { Report } from '../domain/report/report.types';
import { toMarkdown } from '../domain/report/render/toMarkdown';
import { toText } from '../domain/report/render/toText';
import { findProfile, PROFILES } from '../domain/profiles/registry';
import type { SheetChange, SheetHost, Unsubscribe } from '../hosts/sheetHost';
import { APP_TEXT, scoreChangeLabel } from '../i18n/app.zh-CN';
import { renderOptionMessage } from '../i18n/renderOptions.zh-CN';
import type { RangeBox } from '../templates/a1';
import type { SheetPlan } from '../templates/plan';
import { toSheetPlan } from '../templates/rendering/reportSheet';
import { renderTemplate } from '../templates/render';
import { addSheet } from './addSheet';
import { examplePlans } from './demoExample';
import { applyScores } from './applyScores';
import {
  CheckCancelled,
  checkSheet,
  checkWorkbook,
  pairInputs,
  type CheckedTable,
  type WorkbookCheck,
} from './checkWorkbook';
import { markFindings, wantedMarks } from './markFindings';
import { clearMarks, syncMarks, type SheetMarks } from './marks/syncMarks';
import type {
  CheckOptions,
  CheckOutcome,
  InsertOutcome,
  InsertRequest,
  Session,
  TableRef,
} from './session.types';
import { suggestScores } from './suggestScores';
import { findingView, tableView } from './views';

export interface SessionSettings {
  /** Check every table with this profile instead of the one stored with it (the CLI's --profile). */
  readonly profileId?: string;
  /** 自动校验's wait after the last edit before re-checking. */
  readonly debounceMs?: number;
}

const DEFAULT_DEBOUNCE_MS = 600;

function overlaps(a: RangeBox, b: RangeBox): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function union(a: RangeBox, b: RangeBox): RangeBox {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * The one place a front end gets its use cases: a host (picked by the front end's entry) and a profile
 * choice go in, the Session comes out. It keeps the last check, so that a live re-check reads only the
 * sheet that changed and touches only the marks of the table that changed.
 */
export function createSession(host: SheetHost, settings: SessionSettings = {}): Session {
  let last: WorkbookCheck | null = null;
  const subscriptions = new Map<string, Unsubscribe>();
  let onLive: ((outcome: CheckOutcome) => void) | null = null;
  let debounceMs = settings.debounceMs ?? DEFAULT_DEBOUNCE_MS;

  function outcome(check: WorkbookCheck, marked: number): CheckOutcome {
    return {
      ok: true,
      tables: check.tables.map(tableView),
      problems: check.problems.flatMap((p) => p.findings.map((f) => findingView(f))),
      marked,
    };
  }

  function failure(e: unknown): CheckOutcome {
    if (e instanceof CheckCancelled) return { ok: false, reason: 'cancelled', message: APP_TEXT.cancelled };
    return { ok: false, reason: 'host-error', message: APP_TEXT.hostError(errorText(e)) };
  }

  async function fullCheck(options: CheckOptions = {}): Promise<CheckOutcome> {
    try {
      const check = await checkWorkbook(host, { ...options, profileId: settings.profileId });
      const marked = await markFindings(host, check.tables, marksSheets(check));
      last = check;
      return outcome(check, marked);
    } catch (e) {
      return failure(e);
    }
  }

  /** Sheets besides the tables' whose stale marks a full check clears: 报告要素. */
  function marksSheets(check: WorkbookCheck): string[] {
    return check.inputs?.sheet ? [check.inputs.sheet] : [];
  }

  async function tableFor(ref: TableRef): Promise<CheckedTable | null> {
    if (!last) await fullCheck();
    const found = last?.tables.find((t) => t.sheet === ref.sheet && overlaps(t.area, ref.area));
    return found ?? null;
  }

  /** Re-checks one edited sheet and re-marks only the tables the edit touched (and 报告要素). */
  async function recheck(sheet: string, ranges: readonly (RangeBox | null)[]): Promise<CheckOutcome> {
    try {
      if (!last) return await fullCheck();
      const before = last;
      const grid = await host.readGrid(sheet);
      const read = checkSheet(grid, settings.profileId);
      const strip = (t: CheckedTable) => ({
        sheet: t.sheet,
        area: t.area,
        profile: t.profile,
        evaluation: t.evaluation,
      });
      const index = before.tables.findIndex((t) => t.sheet === sheet);
      const others = before.tables.filter((t) => t.sheet !== sheet).map(strip);
      const at = index < 0 ? others.length : index;
      const tables = [...others.slice(0, at), ...read.tables, ...others.slice(at)];
      const inputs = read.inputs ?? (sheet === before.inputs?.sheet ? null : before.inputs);
      const check: WorkbookCheck = {
        tables: pairInputs(tables, inputs),
        problems: tables.length > 0 ? [] : before.problems,
        inputs,
      };
      const touched = (area: RangeBox) => ranges.some((r) => r === null || overlaps(r, area));
      const oldOnSheet = before.tables.filter((t) => t.sheet === sheet);
      const changed = check.tables.filter(
        (t) => t.sheet === sheet && (touched(t.area) || oldOnSheet.length === 0),
      );
      const marks: SheetMarks[] = [];
      for (const t of changed) {
        const old = oldOnSheet.find((o) => overlaps(o.area, t.area));
        const [own] = wantedMarks([t], 'tables').filter((m) => m.sheet === sheet);
        marks.push({ sheet, area: old ? union(old.area, t.area) : t.area, wanted: own?.wanted ?? [] });
      }
      for (const o of oldOnSheet) {
        if (!check.tables.some((t) => t.sheet === sheet && overlaps(t.area, o.area)))
          marks.push({ sheet, area: o.area, wanted: [] });
      }
      const inputsSheet = check.inputs?.sheet;
      if (inputsSheet) {
        const report = wantedMarks(check.tables).find((m) => m.sheet === inputsSheet);
        marks.push({ sheet: inputsSheet, area: null, wanted: report?.wanted ?? [] });
      }
      await syncMarks(host, marks);
      last = check;
      return outcome(
        check,
        marks.reduce((n, m) => n + m.wanted.length, 0),
      );
    } catch (e) {
      return failure(e);
    }
  }

  const pending = new Map<string, (RangeBox | null)[]>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();

  function heard(change: SheetChange): void {
    pending.set(change.sheet, [...(pending.get(change.sheet) ?? []), change.range]);
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const batch = [...pending];
      pending.clear();
      running = running.then(async () => {
        for (const [sheet, ranges] of batch) {
          const result = await recheck(sheet, ranges);
          onLive?.(result);
        }
      });
    }, debounceMs);
  }

  async function listen(sheet: string): Promise<boolean> {
    if (subscriptions.has(sheet)) return true;
    const stop = await host.onChange(sheet, heard);
    if (stop === null) return false;
    subscriptions.set(sheet, stop);
    return true;
  }

  async function added(sheet: string): Promise<void> {
    if (onLive) await listen(sheet);
  }

  /** New sheets for a form (and its 报告要素), the form selected, 自动校验 listening to both. */
  async function place(form: SheetPlan, inputs: SheetPlan | null): Promise<InsertOutcome> {
    const sheet = await addSheet(host, form);
    const inputsSheet = inputs ? await addSheet(host, inputs) : null;
    await host.select(sheet, 'A1');
    await added(sheet);
    if (inputsSheet) await added(inputsSheet);
    return { ok: true, sheet, inputsSheet };
  }

  return {
    hostKind: host.kind,
    canAutoCheck: host.canNotify,
    profiles: PROFILES.map((p) => ({ id: p.id, name: p.name })),

    async insertTemplate(request: InsertRequest): Promise<InsertOutcome> {
      const profile = findProfile(request.profileId);
      if (!profile)
        return { ok: false, errors: [{ field: 'profile', message: renderOptionMessage('profile') }] };
      const options = {
        kind: request.kind,
        year: request.year,
        unit: request.unit,
        profile,
        blankRowsPerLevel2: request.blankRowsPerLevel2,
      };
      const form = renderTemplate(options);
      const inputs = request.withReportInputs ? renderTemplate({ ...options, kind: 'reportInputs' }) : null;
      const bad = [form, inputs].flatMap((r) => (r && !r.ok ? r.error.fields : []));
      if (bad.length > 0)
        return {
          ok: false,
          errors: [...new Set(bad)].map((field) => ({ field, message: renderOptionMessage(field) })),
        };
      if (!form.ok || (inputs && !inputs.ok)) throw new Error('unreachable: rendering failed without fields');
      return place(form.plan, inputs?.ok ? inputs.plan : null);
    },

    async insertExample(): Promise<InsertOutcome> {
      const example = examplePlans();
      return place(example.filled, example.inputs);
    },

    check: (options) => fullCheck(options),

    async clearMarks(): Promise<void> {
      await clearMarks(host);
    },

    async goTo(target): Promise<void> {
      await host.select(target.sheet, target.cell ?? 'A1');
    },

    async suggestScores(ref) {
      // From the sheet as it is now, not as last checked: the user may have typed since.
      const grid = await host.readGrid(ref.sheet);
      const t = checkSheet(grid, settings.profileId).tables.find((x) => overlaps(x.area, ref.area));
      if (!t) return [];
      const changes = suggestScores({ ...t, inputs: null, reportFindings: [] }, grid);
      return changes.map((c) => ({ ...c, label: scoreChangeLabel(c) }));
    },

    async applyScores(_ref, changes) {
      try {
        const result = await applyScores(host, changes);
        if (!result.ok) return { ok: false, reason: 'stale', message: APP_TEXT.staleScores(result.cells) };
        return { ok: true, written: result.written };
      } catch (e) {
        return { ok: false, reason: 'host-error', message: APP_TEXT.hostError(errorText(e)) };
      }
    },

    async composeReport(ref) {
      const t = await tableFor(ref);
      if (!t) return { ok: false, message: APP_TEXT.tableGone };
      const report = narrate(t.evaluation, t.inputs, t.profile);
      return { ok: true, report, text: toText(report), markdown: toMarkdown(report) };
    },

    async insertReportSheet(report: Report): Promise<string> {
      return addSheet(host, toSheetPlan(report));
    },

    async startAutoCheck(onResult, options) {
      if (options?.debounceMs !== undefined) debounceMs = options.debounceMs;
      const sheets = (await host.listSheets()).filter((s) => s.visible && !/^JXZP_/.test(s.name));
      onLive = onResult;
      for (const s of sheets) {
        if (!(await listen(s.name))) {
          onLive = null;
          return null;
        }
      }
      return async () => {
        onLive = null;
        if (timer !== null) clearTimeout(timer);
        timer = null;
        pending.clear();
        const stops = [...subscriptions.values()];
        subscriptions.clear();
        for (const stop of stops) await stop();
        await running;
      };
    },
  };
}
