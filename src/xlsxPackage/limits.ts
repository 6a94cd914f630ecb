/**
 * How much of a workbook package is looked at and handed on, whatever the file holds. Every limit is a
 * setting (README, "Limits"); a file past one is refused with a Chinese message naming what is too big,
 * before the spreadsheet library allocates anything for it.
 */
export interface PackageLimits {
  /** The file itself (compressed). */
  readonly maxFileBytes: number;
  /** Entries in the zip. */
  readonly maxParts: number;
  /** What any one part inflates to: inflating stops at this size, it is not measured after. */
  readonly maxPartBytes: number;
  /** What all the parts looked at inflate to, together. */
  readonly maxInflatedBytes: number;
  /** What the parts handed to the spreadsheet library inflate to, together (its memory grows with it). */
  readonly maxReadBytes: number;
  /** Cells handed on: cells written in the sheets, plus every cell of a merge and of a defined name. */
  readonly maxCells: number;
  /** Merged ranges in one sheet (the library checks each new merge against all earlier ones). */
  readonly maxMerges: number;
  /**
   * When only reading: a sheet with more cells than this and no label of the forms (no title, no
   * 三级指标 header, no budget header, no tag) is left out, so that a big data sheet beside the table costs
   * a scan, not the library's memory.
   */
  readonly skipSheetCells: number;
}

const MB = 1024 * 1024;

export const DEFAULT_PACKAGE_LIMITS: PackageLimits = {
  maxFileBytes: 50 * MB,
  maxParts: 10_000,
  maxPartBytes: 256 * MB,
  maxInflatedBytes: 1024 * MB,
  maxReadBytes: 64 * MB,
  maxCells: 500_000,
  maxMerges: 5_000,
  skipSheetCells: 50_000,
};

/** Excel's own bounds: a cell address beyond them is a damaged file, not a big one. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLS = 16_384;
