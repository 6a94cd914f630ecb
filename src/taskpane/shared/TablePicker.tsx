import { Field, Select, makeStyles } from '@fluentui/react-components';
import type { TableView } from '../../app/session.types';
import { tableKey } from '../check/checkState';
import { usePane } from './paneContext';

export interface TablePickerProps {
  readonly tables: readonly TableView[];
  readonly chosen: string | null;
  readonly onChoose: (key: string) => void;
}

const useStyles = makeStyles({
  select: { minWidth: 0 },
});

/** Shown only when the workbook holds several forms: which one the part works on. */
export function TablePicker({ tables, chosen, onChoose }: TablePickerProps) {
  const styles = useStyles();
  const { text } = usePane();
  if (tables.length < 2) return null;
  return (
    <Field label={text.common.tablePicker}>
      <Select
        className={styles.select}
        value={chosen ?? tableKey(tables[0].ref)}
        onChange={(_, data) => onChoose(data.value)}
      >
        {tables.map((t) => (
          <option key={tableKey(t.ref)} value={tableKey(t.ref)}>
            {text.common.tableOption(t.ref.sheet, t.unit, text.common.kind[t.kind])}
          </option>
        ))}
      </Select>
    </Field>
  );
}
