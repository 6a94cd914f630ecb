import { columnNumber } from '../a1';
import type { ColumnSpan } from './formLayout.types';

/** The forms span columns A–I; the hidden tag sits in K, one blank column away so it never looks part of the table. */
export const TABLE_LAST_COLUMN = 9;
export const TAG_COLUMN = 11;

/** 'B:E' or 'F' → a span of 1-based columns, so that layouts read like docs/layouts.md. */
export function cols(ref: string): ColumnSpan {
  const [from, to = from] = ref.split(':');
  return { from: columnNumber(from), to: columnNumber(to) };
}

/** Columns of the indicator block, the same on both forms. */
export const INDICATOR_COLUMNS = {
  level1: 2,
  level2: 3,
  name: 4,
  target: 5,
  actual: 6,
  weight: 7,
  score: 8,
  reason: 9,
} as const;
