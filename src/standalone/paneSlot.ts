import type { UniverSheetHost } from '../hosts/univer/UniverSheetHost';

/** WIP until the task pane lands on main: mounts nothing. */
export function mountPane(_container: HTMLElement, _host: UniverSheetHost): () => void {
  return () => undefined;
}
