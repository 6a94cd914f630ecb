import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { TableView } from '../../app/session.types';
import { usePane } from '../shared/paneContext';

export interface ScoreTableProps {
  readonly table: TableView;
}

const useStyles = makeStyles({
  table: { tableLayout: 'fixed', width: '100%' },
  item: { width: '46%' },
  figure: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  // A header cell lays its text out in an inner flex box: align that box's content with the figures.
  headFigure: { '& > *': { justifyContent: 'flex-end', width: '100%' } },
  label: {
    overflowWrap: 'anywhere',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  note: {
    display: 'block',
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  differs: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  total: { fontWeight: tokens.fontWeightSemibold },
});

/** Decimal strings made by the core compared as the numbers they write ("6" and "6.00" agree). */
function differs(entered: string | null, rule: string | null): boolean {
  if (entered === null || rule === null || entered === '' || rule === '') return entered !== rule;
  return Number(entered) !== Number(rule);
}

/** 执行率, 执行率得分, each 一级 against its weight, 总分 and 等级: what was entered beside what the rules give. */
export function ScoreTable({ table }: ScoreTableProps) {
  const styles = useStyles();
  const { text } = usePane();
  const t = text.compute;
  const empty = text.common.empty;
  const show = (v: string | null) => (v === null || v === '' ? empty : v);

  const row = (
    key: string,
    label: string,
    weight: string | null,
    entered: string | null,
    rule: string | null,
    note?: string,
    total = false,
  ) => {
    const off = differs(entered, rule);
    return (
      <TableRow key={key} className={total ? styles.total : undefined}>
        <TableCell className={styles.label}>
          {label}
          {note && <span className={styles.note}>{note}</span>}
        </TableCell>
        <TableCell className={styles.figure}>{show(weight)}</TableCell>
        <TableCell
          className={mergeClasses(styles.figure, off && styles.differs)}
          title={off ? t.differs : undefined}
        >
          {show(entered)}
        </TableCell>
        <TableCell className={styles.figure}>{show(rule)}</TableCell>
      </TableRow>
    );
  };

  const { budget, totals } = table;
  return (
    <Table size="extra-small" className={styles.table} aria-label={t.run}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.item}>{t.item}</TableHeaderCell>
          <TableHeaderCell className={mergeClasses(styles.figure, styles.headFigure)}>
            {t.weight}
          </TableHeaderCell>
          <TableHeaderCell className={mergeClasses(styles.figure, styles.headFigure)}>
            {t.entered}
          </TableHeaderCell>
          <TableHeaderCell className={mergeClasses(styles.figure, styles.headFigure)}>
            {t.rule}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        <TableRow>
          <TableCell className={styles.label}>{t.rate}</TableCell>
          {/* One figure, from the entered amounts: no entered-versus-rule pair to show. */}
          <TableCell colSpan={3} className={styles.figure}>
            {budget.rate === null ? empty : t.rateValue(budget.rate)}
          </TableCell>
        </TableRow>
        {row('budget', t.executionScore, budget.weight, budget.enteredScore, budget.ruleScore)}
        {table.level1.map((l, i) =>
          row(
            `level1-${i}`,
            l.label,
            l.weight,
            l.enteredScore,
            l.ruleScore,
            l.declaredWeight !== null && differs(l.declaredWeight, l.weight)
              ? t.declaredWeight(l.declaredWeight, l.weight)
              : undefined,
          ),
        )}
        {table.readable &&
          row('total', t.total, totals.weight, totals.enteredScore, totals.ruleScore, undefined, true)}
        {table.readable && (
          <TableRow className={styles.total}>
            <TableCell className={styles.label}>{t.grade}</TableCell>
            <TableCell />
            <TableCell
              className={mergeClasses(styles.figure, totals.enteredGrade !== totals.grade && styles.differs)}
              title={totals.enteredGrade !== totals.grade ? t.differs : undefined}
            >
              {totals.enteredGrade}
            </TableCell>
            <TableCell className={styles.figure}>{totals.grade}</TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
