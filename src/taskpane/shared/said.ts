import type { TaskPaneText } from '../../i18n/taskpane.zh-CN';
import type { Failure } from './failure';

/** What a message bar says: its intent and its sentence. */
export interface Said {
  readonly intent: 'success' | 'info' | 'warning' | 'error';
  readonly text: string;
}

export function failureSaid(failure: Failure, text: TaskPaneText): Said {
  return { intent: 'error', text: text.common.failed(failure.detail ?? text.common.unknownError) };
}
