import { createContext, useContext } from 'react';
import type { Session } from '../../app/session.types';
import type { TaskPaneText } from '../../i18n/taskpane.zh-CN';
import type { PaneServices } from './services';

/** The session's use cases, the catalogue and the page's services: everything a part may use. */
export interface Pane {
  readonly session: Session;
  readonly text: TaskPaneText;
  readonly services: PaneServices;
}

export const PaneContext = createContext<Pane | null>(null);

export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (pane === null) throw new Error('A task pane part was rendered outside <TaskPane>.');
  return pane;
}
