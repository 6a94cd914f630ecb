export { MemoryWorkbook } from './memoryWorkbook';
export type { MemoryCell, SheetVisibility } from './memorySheet';
export { MemorySheet } from './memorySheet';
