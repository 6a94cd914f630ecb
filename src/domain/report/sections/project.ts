import { HEADINGS, MISSING, PROJECT } from '../phrases.zh-CN';
import type { NarrateContext } from '../context';
import { fill, labelText, sentenceCell } from '../format';
import type { Section } from '../report.types';
import { para } from '../runs';
import { goalParagraphs } from './performance';

/** 一、项目概况: name, 主管部门, 实施单位, what the project is for (to fill in), its year goal. */
export function projectOverviewSection(ctx: NarrateContext): Section {
  const { meta } = ctx.evaluation.table;
  const supervisor = labelText(meta.supervisor);
  const implementer = labelText(meta.implementer);
  return {
    heading: HEADINGS.project.overview,
    level: 1,
    paragraphs: [
      para(
        PROJECT.overview(
          ctx.unit,
          supervisor !== '' ? supervisor : fill(MISSING.supervisor),
          implementer !== '' ? implementer : fill(MISSING.implementer),
        ),
      ),
      // 四川's 项目实施内容及过程概述 is read as the table's description, where the form has one.
      para(PROJECT.content(sentenceCell(meta.functions, MISSING.projectContent))),
      ...goalParagraphs(ctx, 'planned'),
    ],
  };
}
