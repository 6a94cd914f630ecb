/// <reference types="et-jsapi-declare" />
/**
 * Every ET constant the host uses, as the literal number its declared enum gives it. WPS has no global
 * `xlEdgeLeft` or `Et.XlBordersIndex` at run time, and the key names of `Application.Enum` are not
 * documented; typing each literal by its enum makes the compiler check the number against Kingsoft's
 * declarations.
 */
export const XL_CALCULATION_MANUAL: Et.XlCalculation = -4135;

export const XL_SHEET_VISIBLE: Et.XlSheetVisibility = -1;
export const XL_SHEET_VERY_HIDDEN: Et.XlSheetVisibility = 2;

export const XL_CONTINUOUS: Et.XlLineStyle = 1;
export const XL_THIN: Kso.XlBorderWeight = 2;

export const XL_PATTERN_NONE: Et.XlPattern = -4142;
export const XL_COLOR_INDEX_AUTOMATIC: Kso.XlColorIndex = -4105;

export const XL_HALIGN: Readonly<Record<'left' | 'center' | 'right', Kso.XlHAlign>> = {
  left: -4131,
  center: -4108,
  right: -4152,
};
export const XL_VALIGN: Readonly<Record<'top' | 'middle' | 'bottom', Kso.XlVAlign>> = {
  top: -4160,
  middle: -4108,
  bottom: -4107,
};

export const XL_VALIDATE_DECIMAL: Et.XlDVType = 2;
export const XL_VALIDATE_LIST: Et.XlDVType = 3;
export const XL_VALID_ALERT_STOP: Et.XlDVAlertStyle = 1;
export const XL_DV_OPERATOR: Readonly<
  Record<'between' | 'greaterThanOrEqual' | 'lessThanOrEqual', Et.XlFormatConditionOperator>
> = { between: 1, greaterThanOrEqual: 7, lessThanOrEqual: 8 };

export const XL_LANDSCAPE: Et.XlPageOrientation = 2;
export const XL_PORTRAIT: Et.XlPageOrientation = 1;
export const XL_PAPER_A4: Et.XlPaperSize = 9;

/** `Range.Value(11)`: the range as XML Spreadsheet 2003 text (merges, styles and comments in one call). */
export const XL_RANGE_VALUE_XML_SPREADSHEET: Et.XlRangeValueDataType = 11;

export const XL_FORMULAS: Et.XlFindLookIn = -4123;
export const XL_PART: Et.XlLookAt = 2;
export const XL_BY_ROWS: Et.XlSearchOrder = 1;
export const XL_BY_COLUMNS: Et.XlSearchOrder = 2;
export const XL_PREVIOUS: Et.XlSearchDirection = 2;

/** Excel's own limits, which ET shares: a cell holds at most 32,767 characters. */
export const MAX_CELL_CHARS = 32_767;
