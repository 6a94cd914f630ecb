/// <reference types="office-js" />

/**
 * The part of the Excel JavaScript API this host uses, each member typed from `@types/office-js`.
 * The host is written against these interfaces, not against `Excel.*` itself, so that a fake of the
 * API (tests/fakes/excel) can implement them without the thousand members we never touch. The
 * assignments at the end of this file prove that the real API is one of them: a member renamed or
 * retyped in `@types/office-js`, or one we invented, breaks the compile.
 */

type Load<Self> = (propertyNames: string) => Self;

export interface XClientResult<T> {
  readonly value: T;
}

export interface XRangeFill {
  color: Excel.RangeFill['color'];
  clear(): void;
}

export interface XRangeFont {
  name: Excel.RangeFont['name'];
  size: Excel.RangeFont['size'];
  bold: Excel.RangeFont['bold'];
  color: Excel.RangeFont['color'];
}

export interface XRangeBorder {
  style: Excel.RangeBorder['style'];
  weight: Excel.RangeBorder['weight'];
  color: Excel.RangeBorder['color'];
}

export interface XRangeBorderCollection {
  getItem(
    index: 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal',
  ): XRangeBorder;
}

export interface XFormatProtection {
  locked: Excel.FormatProtection['locked'];
}

export interface XRangeFormat {
  readonly fill: XRangeFill;
  readonly font: XRangeFont;
  readonly borders: XRangeBorderCollection;
  readonly protection: XFormatProtection;
  horizontalAlignment: Excel.RangeFormat['horizontalAlignment'];
  verticalAlignment: Excel.RangeFormat['verticalAlignment'];
  wrapText: Excel.RangeFormat['wrapText'];
  /** Points. */
  columnWidth: Excel.RangeFormat['columnWidth'];
  /** Points. */
  rowHeight: Excel.RangeFormat['rowHeight'];
}

export interface XDataValidation {
  rule: Excel.DataValidation['rule'];
  ignoreBlanks: Excel.DataValidation['ignoreBlanks'];
  prompt: Excel.DataValidation['prompt'];
  errorAlert: Excel.DataValidation['errorAlert'];
  clear(): void;
}

export interface XRangeAreas {
  readonly isNullObject: boolean;
  readonly address: Excel.RangeAreas['address'];
  load: Load<XRangeAreas>;
}

export interface XRange {
  readonly isNullObject: boolean;
  readonly address: Excel.Range['address'];
  readonly rowIndex: Excel.Range['rowIndex'];
  readonly columnIndex: Excel.Range['columnIndex'];
  readonly rowCount: Excel.Range['rowCount'];
  readonly columnCount: Excel.Range['columnCount'];
  values: Excel.Range['values'];
  formulas: Excel.Range['formulas'];
  numberFormat: Excel.Range['numberFormat'];
  columnHidden: Excel.Range['columnHidden'];
  readonly format: XRangeFormat;
  readonly dataValidation: XDataValidation;
  load: Load<XRange>;
  merge(across?: boolean): void;
  select(): void;
  getEntireColumn(): XRange;
  getEntireRow(): XRange;
  getIntersectionOrNullObject(anotherRange: string): XRange;
  getMergedAreasOrNullObject(): XRangeAreas;
  getCellProperties(options: Excel.CellPropertiesLoadOptions): XClientResult<Excel.CellProperties[][]>;
  setCellProperties(cellPropertiesData: Excel.SettableCellProperties[][]): void;
}

export interface XNote {
  readonly isNullObject: boolean;
  content: Excel.Note['content'];
  load: Load<XNote>;
  delete(): void;
}

export interface XNoteCollection {
  add(cellAddress: string, content: string): XNote;
  getItem(key: string): XNote;
  getItemOrNullObject(key: string): XNote;
}

export interface XComment {
  readonly id: Excel.Comment['id'];
  content: Excel.Comment['content'];
  load: Load<XComment>;
  delete(): void;
  getLocation(): XRange;
}

export interface XCommentCollection {
  readonly items: XComment[];
  load: Load<XCommentCollection>;
  add(cellAddress: string, content: string): XComment;
  getItem(commentId: string): XComment;
}

export interface XWorksheetFreezePanes {
  freezeRows(count?: number): void;
}

export interface XPageLayout {
  orientation: Excel.PageLayout['orientation'];
  paperSize: Excel.PageLayout['paperSize'];
  zoom: Excel.PageLayout['zoom'];
  centerHorizontally: Excel.PageLayout['centerHorizontally'];
  /** Points, as every page-layout margin. */
  leftMargin: Excel.PageLayout['leftMargin'];
  rightMargin: Excel.PageLayout['rightMargin'];
  topMargin: Excel.PageLayout['topMargin'];
  bottomMargin: Excel.PageLayout['bottomMargin'];
  headerMargin: Excel.PageLayout['headerMargin'];
  footerMargin: Excel.PageLayout['footerMargin'];
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
}

export type XChangedArgs = Pick<Excel.WorksheetChangedEventArgs, 'address' | 'triggerSource' | 'changeType'>;

export interface XEventHandlerResult {
  /** The request context the handler was added with: `remove()` is synced on it. */
  readonly context: { sync(): Promise<void> };
  remove(): void;
}

export interface XEventHandlers<T> {
  add(handler: (args: T) => Promise<unknown>): XEventHandlerResult;
}

export interface XWorksheet {
  readonly isNullObject: boolean;
  readonly name: Excel.Worksheet['name'];
  visibility: Excel.Worksheet['visibility'];
  readonly freezePanes: XWorksheetFreezePanes;
  readonly pageLayout: XPageLayout;
  readonly notes: XNoteCollection;
  readonly comments: XCommentCollection;
  readonly onChanged: XEventHandlers<XChangedArgs>;
  load: Load<XWorksheet>;
  activate(): void;
  getRange(address?: string): XRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XRange;
  getUsedRange(valuesOnly?: boolean): XRange;
}

export interface XWorksheetCollection {
  readonly items: XWorksheet[];
  load: Load<XWorksheetCollection>;
  add(name?: string): XWorksheet;
  getItem(key: string): XWorksheet;
  getItemOrNullObject(key: string): XWorksheet;
}

export interface XApplication {
  suspendApiCalculationUntilNextSync(): void;
  suspendScreenUpdatingUntilNextSync(): void;
}

export interface XCustomXmlPart {
  readonly id: Excel.CustomXmlPart['id'];
  delete(): void;
  getXml(): XClientResult<string>;
}

export interface XCustomXmlPartScopedCollection {
  readonly items: XCustomXmlPart[];
  load: Load<XCustomXmlPartScopedCollection>;
}

export interface XCustomXmlPartCollection {
  add(xml: string): XCustomXmlPart;
  getByNamespace(namespaceUri: string): XCustomXmlPartScopedCollection;
}

export interface XSetting {
  readonly isNullObject: boolean;
  readonly key: Excel.Setting['key'];
  value: Excel.Setting['value'];
  load: Load<XSetting>;
  delete(): void;
}

export interface XSettingCollection {
  readonly items: XSetting[];
  load: Load<XSettingCollection>;
  add(key: string, value: string): XSetting;
  getItem(key: string): XSetting;
  getItemOrNullObject(key: string): XSetting;
}

export interface XWorkbook {
  readonly worksheets: XWorksheetCollection;
  readonly application: XApplication;
  readonly customXmlParts: XCustomXmlPartCollection;
  readonly settings: XSettingCollection;
  getActiveCell(): XRange;
}

export interface XRequestContext {
  readonly workbook: XWorkbook;
  sync(): Promise<void>;
}

/** `Excel.run` as the host calls it: one batch, one request context. */
export type XRun = <T>(batch: (context: XRequestContext) => Promise<T>) => Promise<T>;

/** `Office.context.requirements`. */
export interface XRequirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

// ---- the real API is one of these (compile-time only) ---------------------------------------------

/** Compiles only while every member above exists in @types/office-js with a compatible type. */
export const realApiFits: ReadonlyArray<(real: never) => unknown> = [
  (context: Excel.RequestContext): XRequestContext => context,
  (run: typeof Excel.run): XRun => run,
  (requirements: Office.RequirementSetSupport): XRequirements => requirements,
  (args: Excel.WorksheetChangedEventArgs): XChangedArgs => args,
  (comments: Excel.CommentCollection): XCommentCollection => comments,
];
