import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useReducer } from 'react';
import type { TableRef } from '../../app/session.types';
import { chosenTable, tableKey } from '../check/checkState';
import type { WorkbookCheck } from '../check/useWorkbookCheck';
import { failureOf } from '../shared/failure';
import { SaidNotice } from '../shared/Notice';
import { failureSaid, type Said } from '../shared/said';
import type { TaskPaneText } from '../../i18n/taskpane.zh-CN';
import { usePane } from '../shared/paneContext';
import { TablePicker } from '../shared/TablePicker';
import { docxOf, DOCX_TYPE, placeholderCount, reportTitle } from './reportFile';
import { ReportPreview } from './ReportPreview';
import { initialReportState, reportReducer, type ReportNotice } from './reportState';

export interface ReportPanelProps {
  readonly check: WorkbookCheck;
}

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

function noticeSaid(notice: ReportNotice | null, text: TaskPaneText): Said | null {
  switch (notice?.kind) {
    case undefined:
      return null;
    case 'inserted':
      return { intent: 'success', text: text.report.inserted(notice.sheet) };
    case 'copied':
      return { intent: 'success', text: text.report.copied };
    case 'copyFailed':
      return { intent: 'warning', text: text.report.copyFailed };
    case 'downloaded':
      return { intent: 'success', text: text.report.downloaded(notice.file) };
    case 'error':
      return failureSaid(notice, text);
  }
}

/** 报告: the 自评报告 of the chosen table, previewed, then put in a sheet, on the clipboard or in a .docx. */
export function ReportPanel({ check }: ReportPanelProps) {
  const styles = useStyles();
  const { session, text, services } = usePane();
  const t = text.report;
  const [state, dispatch] = useReducer(reportReducer, initialReportState);
  const composed = state.composed;
  const busy = state.composing || state.inserting || state.downloading || check.state.running;

  /** The chosen table; the workbook is checked first when the pane has not looked at it yet. */
  const tableToReport = async (): Promise<TableRef | null> => {
    const known = chosenTable(check.state);
    if (known) return known.ref;
    const outcome = await check.run();
    if (!outcome?.ok) return null;
    return (
      (outcome.tables.find((x) => tableKey(x.ref) === check.state.chosen) ?? outcome.tables[0])?.ref ?? null
    );
  };

  const generate = async () => {
    dispatch({ type: 'composeStarted' });
    try {
      const ref = await tableToReport();
      if (ref === null) {
        dispatch({ type: 'composed', outcome: { ok: false, message: text.common.noTables } });
        return;
      }
      dispatch({ type: 'composed', outcome: await session.composeReport(ref) });
    } catch (e) {
      dispatch({ type: 'failed', failure: failureOf(e) });
    }
  };

  const insert = async () => {
    if (!composed) return;
    dispatch({ type: 'insertStarted' });
    try {
      dispatch({ type: 'inserted', sheet: await session.insertReportSheet(composed.report) });
    } catch (e) {
      dispatch({ type: 'failed', failure: failureOf(e) });
    }
  };

  const copy = async () => {
    if (!composed) return;
    dispatch({ type: 'copied', ok: await services.copyText(composed.text) });
  };

  const download = async () => {
    if (!composed) return;
    dispatch({ type: 'downloadStarted' });
    try {
      const file = t.fileName(reportTitle(composed.report, t.defaultTitle));
      services.saveFile(file, await docxOf(composed.report), DOCX_TYPE);
      dispatch({ type: 'downloaded', file });
    } catch (e) {
      dispatch({ type: 'failed', failure: failureOf(e) });
    }
  };

  const dismiss = () => dispatch({ type: 'noticeDismissed' });
  const placeholders = composed ? placeholderCount(composed.report) : 0;

  return (
    <div className={styles.panel} aria-busy={busy}>
      <Text className={styles.intro}>{t.intro}</Text>
      {check.state.workbook && (
        <TablePicker
          tables={check.state.workbook.tables}
          chosen={check.state.chosen}
          onChoose={(key) => check.dispatch({ type: 'tableChosen', key })}
        />
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy}
          icon={state.composing ? <Spinner size="tiny" /> : undefined}
          onClick={() => void generate()}
        >
          {state.composing ? t.busy : t.generate}
        </Button>
      </div>
      <SaidNotice said={noticeSaid(state.notice, text)} onDismiss={dismiss} />
      {composed && (
        <>
          <div className={styles.actions}>
            <Button
              disabled={busy}
              icon={state.inserting ? <Spinner size="tiny" /> : undefined}
              onClick={() => void insert()}
            >
              {state.inserting ? t.inserting : t.insertSheet}
            </Button>
            <Button disabled={busy} onClick={() => void copy()}>
              {t.copy}
            </Button>
            <Button
              disabled={busy}
              icon={state.downloading ? <Spinner size="tiny" /> : undefined}
              onClick={() => void download()}
            >
              {state.downloading ? t.downloading : t.download}
            </Button>
          </div>
          <Text size={200} className={styles.hint}>
            {placeholders > 0 ? t.placeholderHint(placeholders) : t.noPlaceholders}
          </Text>
          <ReportPreview report={composed.report} label={t.preview} />
        </>
      )}
    </div>
  );
}
