import { createRoot } from 'react-dom/client';
import type { Session } from '../app/session.types';
import { TaskPane, type TaskPaneProps } from './TaskPane';

/**
 * Renders the task pane into `container`, driving `session` and nothing else: the host entry (Excel,
 * WPS, the standalone page) made the session and is the only place that knows which host it is.
 * Returns a function that unmounts the pane (and stops 自动校验).
 */
export function mountTaskPane(
  container: HTMLElement,
  session: Session,
  options: Omit<TaskPaneProps, 'session'> = {},
): () => void {
  const root = createRoot(container);
  root.render(<TaskPane session={session} {...options} />);
  return () => root.unmount();
}
