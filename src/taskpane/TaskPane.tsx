import { FluentProvider, Tab, TabList, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Session } from '../app/session.types';
import { taskpaneZhCN, type TaskPaneText } from '../i18n/taskpane.zh-CN';
import { CheckPanel } from './check/CheckPanel';
import { useWorkbookCheck } from './check/useWorkbookCheck';
import { ComputePanel } from './compute/ComputePanel';
import { InsertPanel } from './insert/InsertPanel';
import { ReportPanel } from './report/ReportPanel';
import { usePageStyles } from './shared/pageStyles';
import { PaneContext } from './shared/paneContext';
import { browserServices, type PaneServices } from './shared/services';

export interface TaskPaneProps {
  readonly session: Session;
  /** The catalogue; tests pass a pseudo-localised one. */
  readonly text?: TaskPaneText;
  readonly services?: PaneServices;
  /** Today, for the default year of a new form. */
  readonly today?: Date;
}

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  root: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  tabs: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    flexWrap: 'wrap',
  },
  panel: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    minWidth: 0,
  },
});

type Part = 'insert' | 'check' | 'compute' | 'report';
const PARTS: readonly Part[] = ['insert', 'check', 'compute', 'report'];

/**
 * The pane: four parts on tabs. Every part stays mounted while hidden, so a half-filled form, the
 * findings and a generated report survive switching tabs, and 自动校验 keeps running.
 */
export function TaskPane({ session, text = taskpaneZhCN, services = browserServices, today }: TaskPaneProps) {
  usePageStyles();
  const styles = useStyles();
  const [part, setPart] = useState<Part>('insert');
  const check = useWorkbookCheck(session);
  const pane = useMemo(() => ({ session, text, services }), [session, text, services]);
  const [now] = useState(() => today ?? new Date());
  const tabId = (p: Part) => `jxzp-tab-${p}`;
  const panelId = (p: Part) => `jxzp-panel-${p}`;

  return (
    <FluentProvider theme={webLightTheme} className={styles.provider} lang="zh-CN">
      <PaneContext.Provider value={pane}>
        <main className={styles.root} aria-label={text.paneLabel}>
          <TabList
            className={styles.tabs}
            selectedValue={part}
            onTabSelect={(_, data) => setPart(data.value as Part)}
          >
            {PARTS.map((p) => (
              <Tab key={p} value={p} id={tabId(p)} aria-controls={panelId(p)}>
                {text.tabs[p]}
              </Tab>
            ))}
          </TabList>
          {PARTS.map((p) => (
            <div
              key={p}
              id={panelId(p)}
              role="tabpanel"
              aria-labelledby={tabId(p)}
              hidden={part !== p}
              className={styles.panel}
            >
              {p === 'insert' && <InsertPanel today={now} />}
              {p === 'check' && <CheckPanel check={check} />}
              {p === 'compute' && <ComputePanel check={check} />}
              {p === 'report' && <ReportPanel check={check} />}
            </div>
          ))}
        </main>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
