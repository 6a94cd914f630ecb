import type { CellInput } from '../../domain/model';
import type { TableTag } from '../tag';
import { yearIn } from './labels';
import type { TableRegion } from './locate';
import { markAt } from './marks';
import { cellInput, type MergedGrid } from './mergedGrid';

/** Rows below the title (or above the first block of an untitled table) where the year is written. */
const YEAR_ROWS = 3;
/** Rows above the title where a `（2021年度）` line may stand (重庆 prints it above a plain title). */
const ROWS_ABOVE = 8;
const FISCAL_YEAR = /(?:19|20)\d{2}年度/;
/** Dates that are not the table's year: when the form was filled or reported, a year later. */
const DATE_LABELS = /^(?:填报日期|填表日期|报告日期|日期|编制日期|审核日期)/;

/**
 * The year of the table: from the title (`2020年度…自评表`), the subtitle (`（2020 年度）`) or a
 * `（2020年度）` line near it — above it too, where no other table is — never from 填报日期, which is
 * the following year. A `YYYY年度` beats a bare `YYYY年`. Else the tag's year; else an empty cell
 * under the title.
 */
export function readYear(grid: MergedGrid, region: TableRegion, tag: TableTag | null): CellInput {
  const firstBlock = Math.min(
    region.budget?.row ?? region.bottom + 1,
    region.indicators?.row ?? region.bottom + 1,
  );
  const anchor = region.title ? region.title.row : Math.max(region.top, firstBlock - YEAR_ROWS);
  const from = Math.max(region.headTop, anchor - ROWS_ABOVE);
  // Under a title, every line down to the first block is the table's heading.
  const to = Math.min(region.title ? firstBlock - 1 : anchor + YEAR_ROWS, firstBlock - 1, region.bottom);
  let loose: CellInput | null = null;
  for (let row = from; row <= to; row++) {
    let afterDateLabel = false;
    for (let col = region.left; col <= grid.cols; col++) {
      if (!grid.isOwn(row, col) || grid.blank(row, col)) continue;
      const key = grid.key(row, col);
      const isDate = DATE_LABELS.test(key) || markAt(grid, row, col)?.mark === 'date';
      const skip = isDate || afterDateLabel;
      afterDateLabel = isDate && markAt(grid, row, col)?.value === '';
      if (skip || typeof grid.raw(row, col) !== 'string') continue;
      const year = yearIn(key);
      if (year === null) continue;
      const found = cellInput(year, grid.addr(row, col));
      if (FISCAL_YEAR.test(key)) return found;
      loose ??= found;
    }
  }
  if (loose) return loose;
  if (tag && tag.year !== null) return { raw: tag.year };
  return cellInput(null, region.title ? grid.addr(region.title.row + 1, region.title.col) : undefined);
}
