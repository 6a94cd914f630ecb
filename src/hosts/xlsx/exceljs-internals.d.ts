/** The one ExcelJS 4.4 internal module we patch (see exceljsInternals.ts); typed as narrowly as we use it. */
declare module 'exceljs/lib/xlsx/xform/sheet/data-validations-xform' {
  interface DataValidationsXformState {
    model: Record<string, unknown>;
    _address: string;
    _dataValidation: { type: string; formulae?: unknown[]; operator?: string };
    _formula: string[] | undefined;
  }
  const DataValidationsXform: {
    prototype: { parseClose(this: DataValidationsXformState, name: string): boolean };
  };
  export = DataValidationsXform;
}
