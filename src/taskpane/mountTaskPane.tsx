import { createRoot } from 'react-dom/client';
import type { Session } from '../app/session.types';
import { PaneLoader } from './PaneLoader';
import { TaskPane, type TaskPaneProps } from './TaskPane';

/**
 * Renders the task pane into `container`, driving `session` and nothing else: the host entry (Excel,
 * WPS, the standalone page) made the session and is the only place that knows which host it is.
 * A promise of a session paints at once and shows the pane when it resolves, so an entry can load the
 * core and its host library after the first paint. Returns a function that unmounts the pane (and
 * stops 自动校验).
 */
export function mountTaskPane(
  container: HTMLElement,
  session: Session | Promise<Session>,
  options: Omit<TaskPaneProps, 'session'> = {},
): () => void {
  const root = createRoot(container);
  root.render(
    session instanceof Promise ? (
      <PaneLoader session={session} {...options} />
    ) : (
      <TaskPane session={session} {...options} />
    ),
  );
  return () => root.unmount();
}
