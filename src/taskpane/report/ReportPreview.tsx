import { makeStyles, tokens } from '@fluentui/react-components';
import type { Paragraph, Report } from '../../domain/report/report.types';

export interface ReportPreviewProps {
  readonly report: Report;
  readonly label: string;
}

const useStyles = makeStyles({
  page: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: 'anywhere',
    lineHeight: tokens.lineHeightBase400,
    fontSize: tokens.fontSizeBase300,
  },
  title: {
    textAlign: 'center',
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalM}`,
  },
  heading1: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
  heading2: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
  },
  paragraph: { textIndent: '2em', margin: `0 0 ${tokens.spacingVerticalXS}` },
  placeholder: {
    color: tokens.colorPaletteRedForeground1,
    backgroundColor: tokens.colorPaletteRedBackground1,
    borderRadius: tokens.borderRadiusSmall,
  },
  editable: { color: tokens.colorBrandForeground1 },
});

/** The report as it will read: placeholders 【请填写：…】 stand out in red, suggested phrases in blue. */
export function ReportPreview({ report, label }: ReportPreviewProps) {
  const styles = useStyles();
  const runs = (p: Paragraph) =>
    p.map((run, i) =>
      run.placeholder ? (
        <mark key={i} className={styles.placeholder}>
          {run.text}
        </mark>
      ) : (
        <span key={i} className={run.editable ? styles.editable : undefined}>
          {run.text}
        </span>
      ),
    );
  return (
    <article className={styles.page} aria-label={label} tabIndex={0}>
      <h2 className={styles.title}>{runs(report.title)}</h2>
      {report.preamble.map((p, i) => (
        <p key={`pre-${i}`} className={styles.paragraph}>
          {runs(p)}
        </p>
      ))}
      {report.sections.map((s, i) => (
        <section key={`sec-${i}`}>
          {s.level === 1 ? (
            <h3 className={styles.heading1}>{s.heading}</h3>
          ) : (
            <h4 className={styles.heading2}>{s.heading}</h4>
          )}
          {s.paragraphs.map((p, j) => (
            <p key={j} className={styles.paragraph}>
              {runs(p)}
            </p>
          ))}
        </section>
      ))}
    </article>
  );
}
