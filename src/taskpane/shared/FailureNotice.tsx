import { Notice } from './Notice';
import type { Failure } from './failure';
import { usePane } from './paneContext';

export interface FailureNoticeProps {
  readonly failure: Failure;
  readonly onDismiss: () => void;
}

export function FailureNotice({ failure, onDismiss }: FailureNoticeProps) {
  const { text } = usePane();
  return (
    <Notice intent="error" onDismiss={onDismiss}>
      {text.common.failed(failure.detail ?? text.common.unknownError)}
    </Notice>
  );
}
