import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Session } from '../app/session.types';
import { taskpaneZhCN } from '../i18n/taskpane.zh-CN';
import { failureOf, type Failure } from './shared/failure';
import { usePageStyles } from './shared/pageStyles';
import type { TaskPane as TaskPaneComponent, TaskPaneProps } from './TaskPane';

export interface PaneLoaderProps extends Omit<TaskPaneProps, 'session'> {
  /** The session still being made: the host library and the core load while the loader already shows. */
  readonly session: Promise<Session>;
}

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    padding: tokens.spacingHorizontalL,
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  message: { overflowWrap: 'anywhere' },
});

/** Paints at once, then becomes the pane when its parts and the session are ready (or says, in Chinese, why not). */
export function PaneLoader({ session, ...options }: PaneLoaderProps) {
  usePageStyles();
  const styles = useStyles();
  const text = options.text ?? taskpaneZhCN;
  const [state, setState] = useState<{ session: Session; Pane: typeof TaskPaneComponent } | Failure | null>(
    null,
  );

  useEffect(() => {
    let live = true;
    // The parts and the session load side by side; the pane shows when both are here.
    const pane = import(/* webpackChunkName: "pane" */ './TaskPane');
    Promise.all([session, pane]).then(
      ([s, m]) => live && setState({ session: s, Pane: m.TaskPane }),
      (e: unknown) => live && setState(failureOf(e)),
    );
    return () => {
      live = false;
    };
  }, [session]);

  if (state !== null && 'session' in state) return <state.Pane session={state.session} {...options} />;
  return (
    <FluentProvider theme={webLightTheme} className={styles.page} lang="zh-CN">
      {state === null ? (
        <Spinner size="small" label={text.loading} />
      ) : (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={styles.message}>
            {text.loadFailed(state.detail ?? text.common.unknownError)}
          </MessageBarBody>
        </MessageBar>
      )}
    </FluentProvider>
  );
}
