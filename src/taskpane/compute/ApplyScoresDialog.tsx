import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ScoreChangeView } from '../../app/session.types';
import { usePane } from '../shared/paneContext';

export interface ApplyScoresDialogProps {
  /** The changes to confirm; the dialog is open while this is not null. */
  readonly changes: readonly ScoreChangeView[] | null;
  readonly applying: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

const useStyles = makeStyles({
  surface: {
    maxWidth: 'min(560px, calc(100vw - 32px))',
    padding: tokens.spacingHorizontalL,
    // Fluent lets a dialog fill a narrow window edge to edge; a task pane keeps a margin round it.
    '@media screen and (max-width: 480px)': { maxWidth: 'calc(100vw - 32px)' },
  },
  list: {
    listStyle: 'none',
    margin: `${tokens.spacingVerticalS} 0 0`,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorBrandForeground1,
    marginRight: tokens.spacingHorizontalS,
  },
  change: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  actions: { flexWrap: 'wrap' },
});

/** Every cell 填入建议得分 would write, before → after; nothing is written until 确认填入. */
export function ApplyScoresDialog({ changes, applying, onConfirm, onCancel }: ApplyScoresDialogProps) {
  const styles = useStyles();
  const { text } = usePane();
  const t = text.compute;
  const shown = (v: string | number | boolean | null) =>
    v === null || v === '' ? text.common.empty : String(v);
  return (
    <Dialog
      open={changes !== null}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface className={styles.surface} aria-busy={applying}>
        <DialogBody>
          <DialogTitle>{t.dialogTitle}</DialogTitle>
          <DialogContent>
            <Text>{t.dialogIntro(changes?.length ?? 0)}</Text>
            <ul className={styles.list}>
              {(changes ?? []).map((c) => (
                <li key={`${c.sheet}!${c.cell}`} className={styles.item}>
                  <Text>
                    <span className={styles.cell}>{c.cell}</span>
                    {c.label}
                  </Text>
                  <Text className={styles.change}>{t.change(shown(c.before), shown(c.after))}</Text>
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions className={styles.actions}>
            <Button onClick={onCancel} disabled={applying}>
              {text.common.cancel}
            </Button>
            <Button
              appearance="primary"
              onClick={onConfirm}
              disabled={applying}
              icon={applying ? <Spinner size="tiny" /> : undefined}
            >
              {applying ? t.applying : t.confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
