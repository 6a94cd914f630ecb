/// <reference types="et-jsapi-declare" />
/**
 * The ET object model as Kingsoft declares it (et-jsapi-declare): the WPS host is typed against these
 * declarations and nothing else. The declarations also declare the globals `Application` and `wps`;
 * the host never uses them (it is handed its Application), and ESLint forbids them outside src/wps.
 *
 * The declared enums (`Et.XlCalculation`…) exist only as types: WPS defines no `Et` object at run time,
 * so a constant is always a literal number typed by its enum (see constants.ts).
 */
export type EtApplication = Et.Application & { readonly ApiEvent: WPS.EtApiEvent };
export type EtWorkbook = Et.Workbook;
export type EtWorksheet = Et.Worksheet;
export type EtRange = Et.Range;
export type EtSheetChangeListener = (sheet: Et.Worksheet, target: WPS.EtWorkSheet) => void;
