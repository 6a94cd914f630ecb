/**
 * Workbook packages (.xlsx) inspected before a spreadsheet library opens them: bounded memory and time
 * whatever the file, in Node and in the browser alike.
 */
export {
  preparePackage,
  type PrepareOptions,
  type PrepareResult,
  type PreparedPackage,
  type LeftOutSheet,
  type SheetSelection,
} from './preparePackage';
export { fflateInflate, type Inflater } from './inflate';
export { DEFAULT_PACKAGE_LIMITS, type PackageLimits } from './limits';
export type { PackageProblem, PackageProblemCode } from './problems';
