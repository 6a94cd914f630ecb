import type { CellInput } from '../../domain/model';
import type { TableTag } from '../tag';
import { yearIn } from './labels';
import type { TableRegion } from './locate';
import { cellInput, type MergedGrid } from './mergedGrid';

/** Rows below the title (or above the first block of an untitled table) where the year is written. */
const YEAR_ROWS = 3;

/**
 * The year: `（2020 年度）` or `2020年度` in or just under the title; else the tag's; else an empty
 * cell under the title.
 */
export function readYear(grid: MergedGrid, region: TableRegion, tag: TableTag | null): CellInput {
  const firstBlock = Math.min(
    region.budget?.row ?? region.bottom + 1,
    region.indicators?.row ?? region.bottom + 1,
  );
  const from = region.title ? region.title.row : Math.max(region.top, firstBlock - YEAR_ROWS);
  const to = Math.min(from + YEAR_ROWS, firstBlock - 1, region.bottom);
  for (let row = from; row <= to; row++) {
    for (let col = region.left; col <= grid.cols; col++) {
      if (!grid.isOwn(row, col) || typeof grid.raw(row, col) !== 'string') continue;
      const year = yearIn(grid.key(row, col));
      if (year !== null) return cellInput(year, grid.addr(row, col));
    }
  }
  if (tag && tag.year !== null) return { raw: tag.year };
  return cellInput(null, region.title ? grid.addr(region.title.row + 1, region.title.col) : undefined);
}
