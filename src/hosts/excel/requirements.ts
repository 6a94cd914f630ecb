/**
 * The ExcelApi requirement sets the host needs. The manifest asks for the floor (tests check they
 * agree); the rest are asked at run time with `isSetSupported`, and only degrade a feature.
 */
export const EXCEL_API_FLOOR = '1.13';
/** From here Excel says which change events our own writes raised (`triggerSource`). */
export const OWN_WRITES_API = '1.14';
/** Notes (Microsoft 365); below, marks carry a threaded comment instead. */
export const NOTES_API = '1.18';
