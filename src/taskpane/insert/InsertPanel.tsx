import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useReducer, type FormEvent } from 'react';
import { failureOf } from '../shared/failure';
import { SaidNotice } from '../shared/Notice';
import { failureSaid, type Said } from '../shared/said';
import type { TaskPaneText } from '../../i18n/taskpane.zh-CN';
import { usePane } from '../shared/paneContext';
import {
  initialInsertState,
  insertReducer,
  insertRequestOf,
  type InsertForm,
  type InsertNotice,
} from './insertState';

export interface InsertPanelProps {
  /** The year the form defaults to is the one before `today`'s. */
  readonly today: Date;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2 },
  numbers: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
  number: { flex: '1 1 110px', minWidth: 0 },
  // Fluent's inputs have a comfortable minimum width; in a 320 px pane they must shrink instead.
  control: { minWidth: 0, width: '100%' },
  actions: { display: 'flex', justifyContent: 'flex-start' },
});

function noticeSaid(notice: InsertNotice | null, text: TaskPaneText): Said | null {
  const t = text.insert;
  switch (notice?.kind) {
    case undefined:
      return null;
    case 'inserted':
      return {
        intent: 'success',
        text:
          notice.inputsSheet === null
            ? t.done(notice.sheet)
            : t.doneWithInputs(notice.sheet, notice.inputsSheet),
      };
    case 'invalid':
      return { intent: 'error', text: [t.fixFields, ...notice.messages].join(' ') };
    case 'error':
      return failureSaid(notice, text);
  }
}

/** 插入模板: the form's options, then one click puts a new sheet in the workbook. */
export function InsertPanel({ today }: InsertPanelProps) {
  const styles = useStyles();
  const { session, text } = usePane();
  const t = text.insert;
  const [state, dispatch] = useReducer(insertReducer, session.profiles[0]?.id ?? '', (profileId: string) =>
    initialInsertState(profileId, today),
  );
  const { form, busy, fieldErrors, notice } = state;
  const edit = (patch: Partial<InsertForm>) => dispatch({ type: 'edited', patch });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    dispatch({ type: 'submitted' });
    try {
      dispatch({ type: 'finished', outcome: await session.insertTemplate(insertRequestOf(form)) });
    } catch (e) {
      dispatch({ type: 'failed', failure: failureOf(e) });
    }
  };

  const errorOf = (field: keyof typeof fieldErrors) =>
    fieldErrors[field] ? { validationState: 'error' as const, validationMessage: fieldErrors[field] } : {};

  return (
    <form className={styles.form} onSubmit={submit} aria-busy={busy}>
      <Text className={styles.intro}>{t.intro}</Text>
      <Field label={t.kind}>
        <RadioGroup
          value={form.kind}
          onChange={(_, data) => edit({ kind: data.value === 'project' ? 'project' : 'overall' })}
        >
          <Radio value="overall" label={t.kindOverall} />
          <Radio value="project" label={t.kindProject} />
        </RadioGroup>
      </Field>
      <Field label={form.kind === 'overall' ? t.unitOverall : t.unitProject} {...errorOf('unit')}>
        <Input
          className={styles.control}
          value={form.unit}
          onChange={(_, data) => edit({ unit: data.value })}
        />
      </Field>
      <div className={styles.numbers}>
        <Field className={styles.number} label={t.year} {...errorOf('year')}>
          <Input
            className={styles.control}
            inputMode="numeric"
            value={form.year}
            onChange={(_, data) => edit({ year: data.value })}
          />
        </Field>
        <Field className={styles.number} label={t.blankRows} hint={t.blankRowsHint} {...errorOf('blankRows')}>
          <Input
            className={styles.control}
            inputMode="numeric"
            value={form.blankRows}
            onChange={(_, data) => edit({ blankRows: data.value })}
          />
        </Field>
      </div>
      <Field label={t.profile} {...errorOf('profile')}>
        {/* Radios, not a drop-down: a profile's name is a long sentence that a 320 px select would cut. */}
        <RadioGroup value={form.profileId} onChange={(_, data) => edit({ profileId: data.value })}>
          {session.profiles.map((p) => (
            <Radio key={p.id} value={p.id} label={p.name} />
          ))}
        </RadioGroup>
      </Field>
      <Field hint={t.withInputsHint}>
        <Checkbox
          checked={form.withReportInputs}
          label={t.withInputs}
          onChange={(_, data) => edit({ withReportInputs: data.checked === true })}
        />
      </Field>
      <div className={styles.actions}>
        <Button
          type="submit"
          appearance="primary"
          disabled={busy}
          icon={busy ? <Spinner size="tiny" /> : undefined}
        >
          {busy ? t.busy : t.submit}
        </Button>
      </div>
      <SaidNotice said={noticeSaid(notice, text)} onDismiss={() => dispatch({ type: 'noticeDismissed' })} />
    </form>
  );
}
