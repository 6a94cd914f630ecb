import type { RangeBox } from '../../templates/a1';

/**
 * Where `Range.Value(11)` is not available: the merged areas of a block found with `MergeCells`, which
 * ET answers for a whole range as true (every cell merged), false (none) or null (some). A block with no
 * merge costs one question; each merged area a few per halving of its column, and one `MergeArea`.
 */
export interface MergeQuestions {
  mergeCells(box: RangeBox): boolean | null;
  /** The merged area holding this cell (called only for a merged cell). */
  mergeArea(row: number, col: number): RangeBox;
}

export function findMerges(block: RangeBox, ask: MergeQuestions): RangeBox[] {
  const found: RangeBox[] = [];
  const search = (box: RangeBox): void => {
    // What is already known is not asked again: only the parts of the box outside found areas are.
    const known = found.filter((m) => intersects(m, box));
    if (known.length > 0) {
      for (const piece of known.reduce((pieces, m) => pieces.flatMap((p) => outside(p, m)), [box]))
        search(piece);
      return;
    }
    const answer = ask.mergeCells(box);
    if (answer === false) return;
    if (answer === true) {
      found.push(ask.mergeArea(box.top, box.left));
      search(box);
      return;
    }
    if (box.top === box.bottom && box.left === box.right) return;
    const [a, b] = halves(box);
    search(a);
    search(b);
  };
  search(block);
  return found.sort((x, y) => x.top - y.top || x.left - y.left);
}

function intersects(a: RangeBox, b: RangeBox): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Columns first: a column is narrow and tall, so merges across rows are found by halving it. */
function halves(box: RangeBox): [RangeBox, RangeBox] {
  if (box.left === box.right) {
    const mid = Math.floor((box.top + box.bottom) / 2);
    return [
      { ...box, bottom: mid },
      { ...box, top: mid + 1 },
    ];
  }
  const mid = Math.floor((box.left + box.right) / 2);
  return [
    { ...box, right: mid },
    { ...box, left: mid + 1 },
  ];
}

/** The parts of `box` that `area` does not cover (at most four rectangles). */
function outside(box: RangeBox, area: RangeBox): RangeBox[] {
  const out: RangeBox[] = [];
  if (area.top > box.top) out.push({ ...box, bottom: Math.min(box.bottom, area.top - 1) });
  if (area.bottom < box.bottom) out.push({ ...box, top: Math.max(box.top, area.bottom + 1) });
  const top = Math.max(box.top, area.top);
  const bottom = Math.min(box.bottom, area.bottom);
  if (top <= bottom) {
    if (area.left > box.left)
      out.push({ top, bottom, left: box.left, right: Math.min(box.right, area.left - 1) });
    if (area.right < box.right)
      out.push({ top, bottom, left: Math.max(box.left, area.right + 1), right: box.right });
  }
  return out.filter((b) => b.top <= b.bottom && b.left <= b.right);
}
