import { HEADINGS, MISSING, PROJECT } from '../phrases.zh-CN';
import type { NarrateContext } from '../context';
import { cellText, fill, textCell } from '../format';
import type { Section } from '../report.types';
import { para } from '../runs';
import { goalParagraphs } from './performance';

/** 一、项目概况: name, 主管部门, 实施单位, what the project is for (to fill in), its year goal. */
export function projectOverviewSection(ctx: NarrateContext): Section {
  const { meta } = ctx.evaluation.table;
  const supervisor = cellText(meta.supervisor);
  return {
    heading: HEADINGS.project.overview,
    level: 1,
    paragraphs: [
      para(
        PROJECT.overview(
          ctx.unit,
          supervisor !== '' ? supervisor : fill(MISSING.supervisor),
          textCell(meta.implementer, MISSING.implementer),
        ),
      ),
      para(PROJECT.content(fill(MISSING.projectContent))),
      ...goalParagraphs(ctx, 'planned'),
    ],
  };
}
