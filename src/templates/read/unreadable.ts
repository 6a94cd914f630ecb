import type { Draft } from '../../domain/findings/finding';
import type { MergedGrid } from './mergedGrid';

const TEXT_MAX = 60;

/** 'row-unreadable' at the row's first non-empty cell, with the row's text. */
export function unreadable(grid: MergedGrid, row: number, from: number, to: number): Draft {
  const texts: string[] = [];
  let first: string | undefined;
  for (let col = Math.max(1, from); col <= Math.min(to, grid.cols); col++) {
    if (!grid.isOwn(row, col) || grid.blank(row, col)) continue;
    first ??= grid.addr(row, col);
    texts.push(String(grid.raw(row, col)).trim());
  }
  const text = texts.join(' | ');
  return {
    code: 'row-unreadable',
    cell: first ?? grid.addr(row, Math.max(1, from)),
    params: { row: String(row), text: text.length > TEXT_MAX ? `${text.slice(0, TEXT_MAX)}…` : text },
  };
}
