import { addSheet } from '../../src/app/addSheet';
import { createSession } from '../../src/app/session';
import type { Session } from '../../src/app/session.types';
import { demoReportInputs, demoValues, DEMO_UNIT, DEMO_YEAR } from '../../src/app/demoExample';
import { STANDARD_2020 } from '../../src/domain/profiles/standard2020';
import { MemoryWorkbook } from '../../src/hosts/memory';
import { fillPlan } from '../../src/templates/fillPlan';
import { renderTemplateWithMap, type FormCellMap } from '../../src/templates/render';

export interface DemoWorkbook {
  readonly book: MemoryWorkbook;
  readonly session: Session;
  readonly sheet: string;
  readonly inputs: string;
  readonly map: FormCellMap;
}

/**
 * An in-memory workbook holding the demo's table (the 2020 reference typed into our form, mistakes
 * included: 6 typed over 执行率得分) and its 报告要素, with the session a pane gets over it.
 */
export async function demoWorkbook(book = new MemoryWorkbook()): Promise<DemoWorkbook> {
  const options = { kind: 'overall', year: DEMO_YEAR, unit: DEMO_UNIT, profile: STANDARD_2020 } as const;
  const form = renderTemplateWithMap(options);
  const inputs = renderTemplateWithMap({ ...options, kind: 'reportInputs' });
  if (!form.ok || form.map.kind === 'reportInputs' || !inputs.ok || inputs.map.kind !== 'reportInputs')
    throw new Error('the demo templates failed to render');
  const sheet = await addSheet(book, fillPlan(form.plan, demoValues(form.map)));
  const inputsSheet = await addSheet(book, fillPlan(inputs.plan, demoReportInputs(inputs.map)));
  return { book, session: createSession(book), sheet, inputs: inputsSheet, map: form.map };
}
