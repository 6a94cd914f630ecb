import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useReducer } from 'react';
import { chosenTable } from '../check/checkState';
import type { WorkbookCheck } from '../check/useWorkbookCheck';
import { failureOf } from '../shared/failure';
import { Notice, SaidNotice } from '../shared/Notice';
import { failureSaid, type Said } from '../shared/said';
import type { TaskPaneText } from '../../i18n/taskpane.zh-CN';
import { usePane } from '../shared/paneContext';
import { TablePicker } from '../shared/TablePicker';
import { ApplyScoresDialog } from './ApplyScoresDialog';
import { computeReducer, initialComputeState, type ComputeNotice } from './computeState';
import { ScoreTable } from './ScoreTable';

export interface ComputePanelProps {
  readonly check: WorkbookCheck;
}

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

function noticeSaid(notice: ComputeNotice | null, text: TaskPaneText): Said | null {
  switch (notice?.kind) {
    case undefined:
      return null;
    case 'noChanges':
      return { intent: 'success', text: text.compute.noChanges };
    case 'applied':
      return { intent: 'success', text: text.compute.applied(notice.written) };
    case 'stale':
      return { intent: 'warning', text: text.compute.stale };
    case 'error':
      return failureSaid(notice, text);
  }
}

/** 计算: the figures of the chosen table by the rules, and 填入建议得分 behind a confirmation. */
export function ComputePanel({ check }: ComputePanelProps) {
  const styles = useStyles();
  const { session, text } = usePane();
  const t = text.compute;
  const [state, dispatch] = useReducer(computeReducer, initialComputeState);
  const table = chosenTable(check.state);
  const busy = check.state.running || state.suggesting || state.applying;

  const suggest = async () => {
    if (!table) return;
    dispatch({ type: 'suggestStarted' });
    try {
      dispatch({ type: 'suggested', table: table.ref, changes: await session.suggestScores(table.ref) });
    } catch (e) {
      dispatch({ type: 'failed', failure: failureOf(e) });
    }
  };

  const apply = async () => {
    const proposal = state.proposal;
    if (!proposal) return;
    dispatch({ type: 'applyStarted' });
    try {
      const outcome = await session.applyScores(proposal.table, proposal.changes);
      dispatch({ type: 'applied', outcome });
      // The figures above now differ from the sheet's: show them as they are after the write.
      if (outcome.ok) await check.run();
    } catch (e) {
      dispatch({ type: 'failed', failure: failureOf(e) });
    }
  };

  const dismiss = () => dispatch({ type: 'noticeDismissed' });

  return (
    <div className={styles.panel} aria-busy={busy}>
      <Text className={styles.intro}>{t.intro}</Text>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={check.state.running}
          icon={check.state.running ? <Spinner size="tiny" /> : undefined}
          onClick={() => void check.run()}
        >
          {check.state.running ? t.busy : t.run}
        </Button>
        {table && (
          <Button
            disabled={busy || !table.readable}
            icon={state.suggesting ? <Spinner size="tiny" /> : undefined}
            onClick={() => void suggest()}
          >
            {state.suggesting ? t.suggesting : t.suggest}
          </Button>
        )}
      </div>
      <SaidNotice
        said={check.state.notice?.kind === 'error' ? failureSaid(check.state.notice, text) : null}
        onDismiss={() => check.dispatch({ type: 'noticeDismissed' })}
      />
      <SaidNotice said={noticeSaid(state.notice, text)} onDismiss={dismiss} />
      {check.state.workbook && (
        <TablePicker
          tables={check.state.workbook.tables}
          chosen={check.state.chosen}
          onChoose={(key) => check.dispatch({ type: 'tableChosen', key })}
        />
      )}
      {check.state.workbook && !table && <Notice intent="warning">{text.common.noTables}</Notice>}
      {table && !table.readable && <Notice intent="warning">{t.unreadable}</Notice>}
      {table && <ScoreTable table={table} />}
      <ApplyScoresDialog
        changes={state.proposal?.changes ?? null}
        applying={state.applying}
        onConfirm={() => void apply()}
        onCancel={() => dispatch({ type: 'proposalDismissed' })}
      />
    </div>
  );
}
