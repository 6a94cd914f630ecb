import { cutMark } from './cellText.zh-CN';
import type { PlanValue, SheetPlan } from './plan';

/** The characters one cell holds in Excel (WPS and LibreOffice alike); a note is held to it too. */
export const CELL_TEXT_MAX = 32_767;

/** A text that fits one cell: a longer one is cut, a visible mark at its end saying so. */
export function fitCellText(text: string): string {
  if (text.length <= CELL_TEXT_MAX) return text;
  const mark = cutMark(text.length, CELL_TEXT_MAX);
  let cut = CELL_TEXT_MAX - mark.length;
  // Never half a surrogate pair.
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return text.slice(0, cut) + mark;
}

function fitValue(v: PlanValue): PlanValue {
  return typeof v === 'string' && v.length > CELL_TEXT_MAX ? fitCellText(v) : v;
}

/** The plan with every text value fitted to a cell (the same plan when none is too long). */
export function fitPlanTexts(plan: SheetPlan): SheetPlan {
  const tooLong = plan.blocks.some((b) => b.values.some((row) => row.some((v) => fitValue(v) !== v)));
  if (!tooLong) return plan;
  return {
    ...plan,
    blocks: plan.blocks.map((b) => ({ ...b, values: b.values.map((row) => row.map(fitValue)) })),
  };
}
