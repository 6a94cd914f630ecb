import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { STANDARD_2020 } from '../../domain/profiles/standard2020';
import { XlsxWorkbookHost } from '../../hosts/xlsx';
import { CLI_TEXT as T } from '../../i18n/cli.zh-CN';
import { fillPlan } from '../../templates/fillPlan';
import { renderTemplateWithMap } from '../../templates/render';
import type { ParsedArgs } from '../args';
import { demoValues, DEMO_UNIT, DEMO_YEAR } from '../demoExample';
import type { Io } from '../io';
import { checkCommand } from './check';

/**
 * `demo`: the main job on the built-in example — insert a blank form, fill it as the 2020 reference
 * table was filled (with its mistakes), and check it. Writes into a fresh folder, never over a file.
 */
export async function demoCommand(args: ParsedArgs, io: Io): Promise<number> {
  const dir = (args.options.out as string | undefined) ?? join('out', `demo-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const options = { kind: 'overall', year: DEMO_YEAR, unit: DEMO_UNIT, profile: STANDARD_2020 } as const;

  io.out(T.demoStep(1, T.demoSteps[0]));
  const blank = renderTemplateWithMap(options);
  if (!blank.ok || blank.map.kind === 'reportInputs')
    throw new Error('the built-in overall template failed to render');
  const blankFile = join(dir, '空白自评表.xlsx');
  const blankHost = XlsxWorkbookHost.create();
  await blankHost.applyPlan(blank.plan);
  await blankHost.save(blankFile);
  io.out(T.written(blankFile));

  io.out(T.demoStep(2, T.demoSteps[1]));
  const filledFile = join(dir, '示例自评表.xlsx');
  const filledHost = XlsxWorkbookHost.create();
  await filledHost.applyPlan(fillPlan(blank.plan, demoValues(blank.map)));
  await filledHost.save(filledFile);
  io.out(T.demoFilled(filledFile));

  io.out(T.demoStep(3, T.demoSteps[2]));
  const code = await checkCommand(
    {
      command: 'check',
      positionals: [filledFile],
      options: { marked: join(dir, '示例自评表（已标注）.xlsx') },
    },
    io,
  );
  return code === 2 ? 2 : 0;
}
