import { Button, Spinner, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { CellRef } from '../../app/session.types';
import { failureOf, type Failure } from '../shared/failure';
import { Notice, SaidNotice } from '../shared/Notice';
import { failureSaid, type Said } from '../shared/said';
import type { TaskPaneText } from '../../i18n/taskpane.zh-CN';
import { usePane } from '../shared/paneContext';
import { TablePicker } from '../shared/TablePicker';
import { chosenTable, type CheckNotice } from './checkState';
import { FindingList } from './FindingList';
import type { WorkbookCheck } from './useWorkbookCheck';

export interface CheckPanelProps {
  readonly check: WorkbookCheck;
}

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  auto: { display: 'flex', flexDirection: 'column' },
  caption: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalS },
  counts: { color: tokens.colorNeutralForeground2 },
});

function noticeSaid(notice: CheckNotice | null, text: TaskPaneText): Said | null {
  switch (notice?.kind) {
    case undefined:
      return null;
    case 'checked':
      return { intent: 'info', text: text.check.marked(notice.marked) };
    case 'cancelled':
      return { intent: 'warning', text: text.check.cancelled };
    case 'cleared':
      return { intent: 'success', text: text.check.marksCleared };
    case 'error':
      return failureSaid(notice, text);
  }
}

/** 校验: check now, or on every edit; the findings of the chosen table, each leading to its cell. */
export function CheckPanel({ check }: CheckPanelProps) {
  const styles = useStyles();
  const { session, text } = usePane();
  const t = text.check;
  const captionId = useId();
  const [goToFailure, setGoToFailure] = useState<Failure | null>(null);
  const { state } = check;
  const table = chosenTable(state);
  const autoBusy = state.autoCheck === 'starting' || state.autoCheck === 'stopping';

  const goTo = async (target: CellRef) => {
    setGoToFailure(null);
    try {
      await session.goTo(target);
    } catch (e) {
      setGoToFailure(failureOf(e));
    }
  };

  const dismiss = () => check.dispatch({ type: 'noticeDismissed' });

  return (
    <div className={styles.panel} aria-busy={state.running || state.clearing}>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={state.running}
          icon={state.running ? <Spinner size="tiny" /> : undefined}
          onClick={() => void check.run()}
        >
          {state.running ? t.busy : t.run}
        </Button>
        {state.running && <Button onClick={check.cancel}>{text.common.cancel}</Button>}
        <Button
          disabled={state.clearing || state.running}
          icon={state.clearing ? <Spinner size="tiny" /> : undefined}
          onClick={() => void check.clearMarks()}
        >
          {state.clearing ? t.clearing : t.clearMarks}
        </Button>
      </div>
      <div className={styles.auto}>
        <Switch
          label={t.autoCheck}
          checked={state.autoCheck === 'on' || state.autoCheck === 'starting'}
          disabled={!session.canAutoCheck || autoBusy}
          aria-describedby={captionId}
          onChange={(_, data) => void check.setAutoCheck(data.checked)}
        />
        <Text id={captionId} size={200} className={styles.caption}>
          {session.canAutoCheck ? t.autoCheckHint : t.autoCheckUnavailable}
        </Text>
      </div>
      {state.running && state.progress && (
        <Text size={200} className={styles.counts}>
          {t.progress(state.progress.done, state.progress.total)}
        </Text>
      )}
      <SaidNotice said={noticeSaid(state.notice, text)} onDismiss={dismiss} />
      <SaidNotice
        said={goToFailure && failureSaid(goToFailure, text)}
        onDismiss={() => setGoToFailure(null)}
      />
      {state.workbook && (
        <TablePicker
          tables={state.workbook.tables}
          chosen={state.chosen}
          onChoose={(key) => check.dispatch({ type: 'tableChosen', key })}
        />
      )}
      {state.workbook && !table && (
        <>
          <Notice intent="warning">{text.common.noTables}</Notice>
          {state.workbook.problems.length > 0 && (
            <FindingList findings={state.workbook.problems} sheet={null} onGoTo={(c) => void goTo(c)} />
          )}
        </>
      )}
      {table && (
        <>
          <Text className={styles.counts}>
            {t.counts(table.counts.error, table.counts.warning, table.counts.info)}
          </Text>
          {table.findings.length === 0 ? (
            <Notice intent="success">{t.noFindings}</Notice>
          ) : (
            <FindingList findings={table.findings} sheet={table.ref.sheet} onGoTo={(c) => void goTo(c)} />
          )}
        </>
      )}
    </div>
  );
}
