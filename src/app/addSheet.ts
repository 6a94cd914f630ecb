import type { SheetHost } from '../hosts/sheetHost';
import { fitPlanTexts } from '../templates/cellText';
import type { SheetPlan } from '../templates/plan';
import { withEstimatedRowHeights } from '../templates/rowHeights';
import { uniqueSheetName } from '../templates/sheetName';

/**
 * Puts a plan on a new sheet — never into one the user has — named after the plan and made unique
 * among every sheet, hidden ones included; texts fitted to a cell (cut with a visible mark past
 * 32,767 characters); rows sized for their wrapped text. Returns the sheet's name.
 */
export async function addSheet(host: SheetHost, plan: SheetPlan): Promise<string> {
  const taken = (await host.listSheets()).map((s) => s.name);
  const sheetName = uniqueSheetName(plan.sheetName, taken);
  await host.applyPlan(withEstimatedRowHeights(fitPlanTexts({ ...plan, sheetName })));
  return sheetName;
}
