import { createSession } from '../app/session';
import type { SheetHost } from '../hosts/sheetHost';

/**
 * Where the task pane goes (WIP until the pane lands on main: the session is made, the pane not yet
 * mounted). Returns what unmounts it.
 */
export function mountPane(container: HTMLElement, host: SheetHost): () => void {
  const session = createSession(host);
  container.dataset.host = session.hostKind;
  return () => {
    delete container.dataset.host;
  };
}
