import type { RangeBox } from '../../../src/templates/a1';
import type { Bridge } from './bridge';
import type { SheetData, WorkbookData } from './model';

export interface FakeWpsOptions {
  /** false: `Range.Value(11)` fails, as on a build without XML Spreadsheet (the host then searches merges). */
  readonly xmlSpreadsheet?: boolean;
  /** false: SheetChange fires even while `EnableEvents` is false (the host must still ignore its writes). */
  readonly honoursEnableEvents?: boolean;
}

export interface AppState {
  ScreenUpdating: boolean;
  Calculation: number;
  EnableEvents: boolean;
  DisplayAlerts: boolean;
}

/** The state of the application at one write: tests assert that writes happen with screen and calculation off. */
export interface WriteRecord {
  readonly member: string;
  readonly screenUpdating: boolean;
  readonly calculation: number;
}

export type ChangeHandler = (sheet: SheetData, box: RangeBox) => void;

/** What every fake object of one application shares. */
export interface FakeContext {
  readonly bridge: Bridge;
  readonly options: Required<FakeWpsOptions>;
  readonly app: AppState;
  readonly workbook: WorkbookData;
  readonly writes: WriteRecord[];
  /** Called for every change of cell contents made through the object model. */
  changed(sheet: SheetData, box: RangeBox): void;
}
