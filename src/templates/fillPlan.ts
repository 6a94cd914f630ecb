import { parseA1 } from './a1';
import type { PlanValue, SheetPlan, ValueBlock } from './plan';

/**
 * A rendered plan with some cells filled in (a demo, a test, a pre-filled form): values land in the
 * blocks that cover their cells, so the whole thing is still applied in one round trip. A cell no block
 * covers gets a one-cell block of its own.
 */
export function fillPlan(plan: SheetPlan, values: ReadonlyMap<string, PlanValue>): SheetPlan {
  const blocks: ValueBlock[] = plan.blocks.map((b) => ({ ...b, values: b.values.map((r) => [...r]) }));
  for (const [ref, value] of values) {
    const at = parseA1(ref);
    if (!at) continue;
    const block = blocks.find(
      (b) =>
        at.row >= b.top &&
        at.row < b.top + b.values.length &&
        at.col >= b.left &&
        at.col < b.left + (b.values[0]?.length ?? 0),
    );
    if (block) (block.values[at.row - block.top] as PlanValue[])[at.col - block.left] = value;
    else blocks.push({ top: at.row, left: at.col, values: [[value]] });
  }
  return { ...plan, blocks };
}
