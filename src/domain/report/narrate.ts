import { cellText } from './format';
import type { Evaluation } from '../evaluate';
import type { Profile } from '../profiles/profile';
import { TITLE } from './phrases.zh-CN';
import { createContext } from './context';
import { outlineSections } from './outline';
import type { Report } from './report.types';
import type { ReportInputs } from './reportInputs';
import { para } from './runs';
import { opening, scoreStatement } from './sections/preamble';

/**
 * Writes the 自评报告 from an evaluated table and the 报告要素: title, opening, 自评得分, then the
 * outline of the form. Never invents a fact: every number and name comes from the table, the inputs
 * or the scores computed from them; what is missing becomes a visible placeholder. Pure; never throws
 * on user data.
 */
export function narrate(evaluation: Evaluation, inputs: ReportInputs | null, profile: Profile): Report {
  const ctx = createContext(evaluation, inputs, profile);
  const { kind, meta } = evaluation.table;
  const title =
    kind === 'project'
      ? TITLE.project(ctx.year, ctx.unit, cellText(meta.unit))
      : TITLE.overall(ctx.year, ctx.unit);
  return {
    kind,
    title: para(title),
    preamble: [opening(ctx), scoreStatement(ctx)],
    sections: outlineSections(ctx),
  };
}
