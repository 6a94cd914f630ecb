/// <reference types="et-jsapi-declare" />
import { NotModelledError, type Members } from './bridge';
import { peek, type SheetData } from './model';
import type { FakeRange } from './range';

/** Range.Interior. No fill reads as white (16777215) through Color: only Pattern tells the two apart. */
const INTERIOR = ['Color', 'ColorIndex', 'Pattern'] as const satisfies readonly (keyof Et.Interior)[];

export class FakeInterior implements Pick<Et.Interior, (typeof INTERIOR)[number]> {
  constructor(private readonly range: FakeRange) {}

  bridgeMembers(): Members<FakeInterior> {
    return { name: 'Interior', get: INTERIOR, set: INTERIOR };
  }

  get Color(): number {
    return this.range.uniform('Interior.Color', (cell) => cell.fill ?? 0xffffff) as number;
  }

  set Color(bgr: number) {
    if (!Number.isInteger(bgr) || bgr < 0 || bgr > 0xffffff)
      throw new Error(`WPS fake: Interior.Color ${bgr}`);
    this.range.format('Interior.Color', (cell) => {
      cell.fill = bgr;
    });
  }

  get ColorIndex(): number {
    const none = this.range.uniform('Interior.ColorIndex', (cell) => cell.fill === null);
    if (none !== true) throw new NotModelledError('WPS fake: the palette index of a filled cell');
    return -4142;
  }

  set ColorIndex(index: number) {
    if (index !== -4142) throw new NotModelledError(`WPS fake: Interior.ColorIndex = ${index}`);
    this.range.format('Interior.ColorIndex', (cell) => {
      cell.fill = null;
    });
  }

  /** xlNone (-4142) without a fill, xlSolid (1) with one. */
  get Pattern(): number {
    return this.range.uniform('Interior.Pattern', (cell) => (cell.fill === null ? -4142 : 1)) as number;
  }

  set Pattern(pattern: number) {
    if (pattern !== -4142) throw new NotModelledError(`WPS fake: Interior.Pattern = ${pattern}`);
    this.range.format('Interior.Pattern', (cell) => {
      cell.fill = null;
    });
  }
}

/** Range.Font. The automatic colour reads as black (0) through Color; ColorIndex says xlColorIndexAutomatic. */
const FONT = ['Name', 'Size', 'Bold', 'Color', 'ColorIndex'] as const satisfies readonly (keyof Et.Font)[];

export class FakeFont implements Pick<Et.Font, (typeof FONT)[number]> {
  constructor(private readonly range: FakeRange) {}

  bridgeMembers(): Members<FakeFont> {
    return { name: 'Font', get: FONT, set: FONT };
  }

  get Name(): string {
    return this.range.uniform('Font.Name', (cell) => cell.fontName) as string;
  }

  set Name(name: string) {
    this.range.format('Font.Name', (cell) => {
      cell.fontName = name;
    });
  }

  get Size(): number {
    return this.range.uniform('Font.Size', (cell) => cell.fontSize) as number;
  }

  set Size(size: number) {
    if (!(size >= 1 && size <= 409)) throw new Error(`WPS fake: Font.Size ${size}`);
    this.range.format('Font.Size', (cell) => {
      cell.fontSize = size;
    });
  }

  get Bold(): boolean {
    return this.range.uniform('Font.Bold', (cell) => cell.bold) as boolean;
  }

  set Bold(bold: boolean) {
    this.range.format('Font.Bold', (cell) => {
      cell.bold = bold;
    });
  }

  get Color(): number {
    return this.range.uniform('Font.Color', (cell) => cell.fontColor ?? 0) as number;
  }

  set Color(bgr: number) {
    if (!Number.isInteger(bgr) || bgr < 0 || bgr > 0xffffff) throw new Error(`WPS fake: Font.Color ${bgr}`);
    this.range.format('Font.Color', (cell) => {
      cell.fontColor = bgr;
    });
  }

  get ColorIndex(): number {
    const automatic = this.range.uniform('Font.ColorIndex', (cell) => cell.fontColor === null);
    if (automatic !== true) throw new NotModelledError('WPS fake: the palette index of a coloured font');
    return -4105;
  }

  set ColorIndex(index: number) {
    if (index !== -4105) throw new NotModelledError(`WPS fake: Font.ColorIndex = ${index}`);
    this.range.format('Font.ColorIndex', (cell) => {
      cell.fontColor = null;
    });
  }
}

/**
 * Range.Borders as a whole: LineStyle xlContinuous with Weight xlThin draws every edge of every cell,
 * inside lines included; xlLineStyleNone removes them. Single edges (Borders.Item) are not modelled.
 */
const BORDERS = ['LineStyle', 'Weight'] as const satisfies readonly (keyof Et.Borders)[];

export class FakeBorders implements Pick<Et.Borders, (typeof BORDERS)[number]> {
  constructor(private readonly range: FakeRange) {}

  bridgeMembers(): Members<FakeBorders> {
    return { name: 'Borders', get: BORDERS, set: BORDERS };
  }

  get LineStyle(): number {
    const all = this.range.uniform(
      'Borders.LineStyle',
      (cell) => cell.borders.top && cell.borders.bottom && cell.borders.left && cell.borders.right,
    );
    return (all === null ? null : all ? 1 : -4142) as number;
  }

  set LineStyle(style: number) {
    if (style !== 1 && style !== -4142) throw new NotModelledError(`WPS fake: Borders.LineStyle = ${style}`);
    this.range.format('Borders.LineStyle', (cell) => {
      const on = style === 1;
      cell.borders = { top: on, bottom: on, left: on, right: on };
    });
  }

  get Weight(): number {
    return 2;
  }

  set Weight(weight: number) {
    if (weight !== 2) throw new NotModelledError(`WPS fake: Borders.Weight = ${weight} (only xlThin)`);
    this.range.record('Borders.Weight');
  }
}

/** Range.Comment: its text, and Delete. */
const COMMENT_CALL = ['Text', 'Delete'] as const satisfies readonly (keyof Et.Comment)[];
const COMMENT_GET = ['Author'] as const satisfies readonly (keyof Et.Comment)[];

export class FakeComment implements Pick<
  Et.Comment,
  (typeof COMMENT_CALL)[number] | (typeof COMMENT_GET)[number]
> {
  constructor(
    private readonly range: FakeRange,
    private readonly row: number,
    private readonly col: number,
  ) {}

  bridgeMembers(): Members<FakeComment> {
    return { name: 'Comment', get: COMMENT_GET, call: COMMENT_CALL };
  }

  private data(): { author: string; text: string } {
    const comment = peek(this.range.sheet, this.row, this.col)?.comment;
    if (!comment) throw new Error('WPS fake: this comment was deleted');
    return comment;
  }

  get Author(): string {
    return this.data().author;
  }

  Text(Text?: string, Start?: number, Overwrite?: number): string {
    if (Text === undefined) return this.data().text;
    if (Start !== undefined || Overwrite !== undefined)
      throw new NotModelledError('WPS fake: Comment.Text(Start, Overwrite)');
    this.range.record('Comment.Text');
    this.data().text = Text;
    return Text;
  }

  Delete(): void {
    this.range.record('Comment.Delete');
    const cell = peek(this.range.sheet, this.row, this.col);
    if (cell) cell.comment = null;
  }
}

/**
 * Range.Validation. Add fails on a range that already has a rule (Delete first), titles longer than 32
 * characters and messages longer than 255 fail, and relative references in the formulas are taken
 * relative to the active cell at the time of Add, as in Excel.
 */
const VALIDATION_SET = [
  'IgnoreBlank',
  'InputTitle',
  'InputMessage',
  'ErrorTitle',
  'ErrorMessage',
  'ShowInput',
  'ShowError',
] as const satisfies readonly (keyof Et.Validation)[];
const VALIDATION_GET = [
  ...VALIDATION_SET,
  'Type',
  'Formula1',
  'Formula2',
] as const satisfies readonly (keyof Et.Validation)[];
const VALIDATION_CALL = ['Add', 'Delete'] as const satisfies readonly (keyof Et.Validation)[];

type ValidationMember = (typeof VALIDATION_GET)[number] | (typeof VALIDATION_CALL)[number];

export class FakeValidation implements Pick<Et.Validation, ValidationMember> {
  constructor(
    private readonly range: FakeRange,
    private readonly sheet: SheetData,
  ) {}

  bridgeMembers(): Members<FakeValidation> {
    return { name: 'Validation', get: VALIDATION_GET, set: VALIDATION_SET, call: VALIDATION_CALL };
  }

  private rule(): SheetData['validations'][number] {
    const [area] = this.range.areas;
    const rule = this.sheet.validations.find((v) =>
      v.areas.some(
        (a) => a.top <= area.top && a.bottom >= area.top && a.left <= area.left && a.right >= area.left,
      ),
    );
    if (!rule) throw new Error('WPS fake: the range has no validation rule');
    return rule;
  }

  Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string, Formula2?: string): void {
    const touches = this.sheet.validations.some((v) =>
      v.areas.some((a) =>
        this.range.areas.some(
          (b) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right,
        ),
      ),
    );
    if (touches) throw new Error('WPS fake: Validation.Add on cells that have a rule fails; Delete it first');
    if (Type !== 2 && Type !== 3) throw new NotModelledError(`WPS fake: validation type ${Type}`);
    if (Formula1 === undefined) throw new Error('WPS fake: Validation.Add without Formula1');
    if (Type === 2 && (Operator === 1 || Operator === 2) && Formula2 === undefined) {
      throw new Error('WPS fake: a between rule without Formula2');
    }
    this.range.record('Validation.Add');
    this.sheet.validations.push({
      areas: this.range.areas.map((a) => ({ ...a })),
      type: Type,
      alertStyle: AlertStyle ?? 1,
      operator: Operator ?? 1,
      formula1: Formula1,
      formula2: Formula2 ?? '',
      addedAt: { ...this.sheet.activeCell },
      ignoreBlank: true,
      inputTitle: '',
      inputMessage: '',
      errorTitle: '',
      errorMessage: '',
      showInput: true,
      showError: true,
    });
  }

  Delete(): void {
    this.range.record('Validation.Delete');
    this.sheet.validations = this.sheet.validations.filter(
      (v) =>
        !v.areas.some((a) =>
          this.range.areas.some(
            (b) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right,
          ),
        ),
    );
  }

  get Type(): number {
    return this.rule().type;
  }

  get Formula1(): string {
    return this.rule().formula1;
  }

  get Formula2(): string {
    return this.rule().formula2;
  }

  private text(max: number, what: string, value: string): string {
    if (value.length > max) throw new Error(`WPS fake: ${what} longer than ${max} characters`);
    return value;
  }

  get IgnoreBlank(): boolean {
    return this.rule().ignoreBlank;
  }
  set IgnoreBlank(v: boolean) {
    this.rule().ignoreBlank = v;
  }
  get InputTitle(): string {
    return this.rule().inputTitle;
  }
  set InputTitle(v: string) {
    this.rule().inputTitle = this.text(32, 'InputTitle', v);
  }
  get InputMessage(): string {
    return this.rule().inputMessage;
  }
  set InputMessage(v: string) {
    this.rule().inputMessage = this.text(255, 'InputMessage', v);
  }
  get ErrorTitle(): string {
    return this.rule().errorTitle;
  }
  set ErrorTitle(v: string) {
    this.rule().errorTitle = this.text(32, 'ErrorTitle', v);
  }
  get ErrorMessage(): string {
    return this.rule().errorMessage;
  }
  set ErrorMessage(v: string) {
    this.rule().errorMessage = this.text(255, 'ErrorMessage', v);
  }
  get ShowInput(): boolean {
    return this.rule().showInput;
  }
  set ShowInput(v: boolean) {
    this.rule().showInput = v;
  }
  get ShowError(): boolean {
    return this.rule().showError;
  }
  set ShowError(v: boolean) {
    this.rule().showError = v;
  }
}
