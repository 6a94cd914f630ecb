import { createRoot } from 'react-dom/client';
import type { Session } from '../app/session.types';
import { PaneLoader, type PaneLoaderProps } from './PaneLoader';

/**
 * Renders the task pane into `container`, driving `session` and nothing else: the host entry (Excel,
 * WPS, the standalone page) made the session and is the only place that knows which host it is.
 * The first paint needs only React and Fluent's provider: the pane's parts are a chunk of their own,
 * and a promise of a session lets an entry load the core and its host library after the first paint
 * too. Returns a function that unmounts the pane (and stops 自动校验).
 */
export function mountTaskPane(
  container: HTMLElement,
  session: Session | Promise<Session>,
  options: Omit<PaneLoaderProps, 'session'> = {},
): () => void {
  const root = createRoot(container);
  root.render(<PaneLoader session={Promise.resolve(session)} {...options} />);
  return () => root.unmount();
}
