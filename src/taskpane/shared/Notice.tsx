import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { usePane } from './paneContext';
import type { Said } from './said';

export interface NoticeProps {
  readonly intent: Said['intent'];
  readonly children: ReactNode;
  /** Shown as a close button when given. */
  readonly onDismiss?: () => void;
}

const useStyles = makeStyles({
  // Chinese text wraps anywhere; a long sheet name must not push the bar wider than the pane.
  body: { overflowWrap: 'anywhere', whiteSpace: 'normal' },
});

/** One message bar: the pane's only way to tell the user something went right or wrong (never `alert`). */
export function Notice({ intent, children, onDismiss }: NoticeProps) {
  const styles = useStyles();
  const { text } = usePane();
  return (
    <MessageBar intent={intent} layout="multiline" politeness={intent === 'error' ? 'assertive' : 'polite'}>
      <MessageBarBody className={styles.body}>{children}</MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" size="small" onClick={onDismiss}>
              {text.common.dismiss}
            </Button>
          }
        />
      )}
    </MessageBar>
  );
}

export interface SaidNoticeProps {
  readonly said: Said | null;
  readonly onDismiss: () => void;
}

/** A part's current message, if it has one. */
export function SaidNotice({ said, onDismiss }: SaidNoticeProps) {
  return said ? (
    <Notice intent={said.intent} onDismiss={onDismiss}>
      {said.text}
    </Notice>
  ) : null;
}
