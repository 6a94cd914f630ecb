import { Button, CounterBadge, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { CellRef, FindingView } from '../../app/session.types';
import { usePane } from '../shared/paneContext';
import { groupBySeverity, messageBody, placeOf, type Severity } from './findingGroups';

export interface FindingListProps {
  readonly findings: readonly FindingView[];
  /** The table's own sheet: cells there are shown without a sheet name. */
  readonly sheet: string | null;
  readonly onGoTo: (target: CellRef) => void;
}

const useStyles = makeStyles({
  groups: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    width: '100%',
    flexWrap: 'wrap',
    rowGap: 0,
    justifyContent: 'flex-start',
    alignItems: 'flex-start',
    textAlign: 'left',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
  },
  place: {
    flexShrink: 0,
    minWidth: '44px',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorBrandForeground1,
  },
  // A cell on another sheet (报告要素!B7) takes a line of its own, so that every sentence starts at the same edge.
  placeWide: { flexBasis: '100%' },
  messageBelow: { marginLeft: `calc(44px + ${tokens.spacingHorizontalS})` },
  message: { flex: '1 1 0', minWidth: 0, overflowWrap: 'anywhere', lineHeight: tokens.lineHeightBase300 },
});

const BADGE_COLOR: Readonly<Record<Severity, 'danger' | 'important' | 'informative'>> = {
  error: 'danger',
  warning: 'important',
  info: 'informative',
};

/** Findings under one heading per severity with its count; each is a button that selects its cell. */
export function FindingList({ findings, sheet, onGoTo }: FindingListProps) {
  const styles = useStyles();
  const { text } = usePane();
  const t = text.check;
  return (
    <div className={styles.groups}>
      {groupBySeverity(findings).map((group) => (
        <section key={group.severity} aria-label={t.group(t.severity[group.severity], group.findings.length)}>
          <h3 className={styles.heading}>
            <span>{t.severity[group.severity]}</span>
            <CounterBadge count={group.findings.length} color={BADGE_COLOR[group.severity]} size="small" />
          </h3>
          <ul className={styles.list}>
            {group.findings.map((f, i) => {
              const place = placeOf(f, sheet);
              return (
                <li key={`${place ?? ''}-${f.finding.code}-${i}`}>
                  <Button
                    appearance="subtle"
                    className={styles.item}
                    // What the finding is, for the browser tests to compare with the CLI's (not shown).
                    data-code={f.finding.code}
                    disabled={place === null}
                    title={place === null ? undefined : t.goTo(place)}
                    onClick={() => onGoTo(f.target)}
                  >
                    <span className={mergeClasses(styles.place, place?.includes('!') && styles.placeWide)}>
                      {place ?? t.noCell}
                    </span>
                    <Text
                      className={mergeClasses(styles.message, place?.includes('!') && styles.messageBelow)}
                    >
                      {messageBody(f)}
                    </Text>
                  </Button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
