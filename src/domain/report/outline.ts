import { HEADINGS } from './phrases.zh-CN';
import type { NarrateContext } from './context';
import type { Section } from './report.types';
import { basicsSections } from './sections/basics';
import { overallBudgetSections, projectFundsSection } from './sections/budget';
import { overallPerformanceSections, projectPerformanceSections } from './sections/performance';
import { detectProblems, measuresSection, problemsSection } from './sections/problems';
import { projectOverviewSection } from './sections/project';

/**
 * The outline of each form, as the reference report has it:
 * 整体: 一、单位基本情况 二、单位整体预算支出情况 三、单位整体支出绩效情况 四、存在的问题及原因分析 五、下一步改进措施;
 * 项目: 一、项目概况 二、项目资金使用及管理情况 三、项目绩效目标完成情况 四、五 as above.
 */
export function outlineSections(ctx: NarrateContext): Section[] {
  const problems = detectProblems(ctx);
  if (ctx.evaluation.table.kind === 'project') {
    const H = HEADINGS.project;
    return [
      projectOverviewSection(ctx),
      projectFundsSection(ctx),
      ...projectPerformanceSections(ctx),
      problemsSection(ctx, problems, H.problems),
      measuresSection(ctx, problems, H.measures),
    ];
  }
  const H = HEADINGS.overall;
  return [
    ...basicsSections(ctx),
    ...overallBudgetSections(ctx),
    ...overallPerformanceSections(ctx),
    problemsSection(ctx, problems, H.problems),
    measuresSection(ctx, problems, H.measures),
  ];
}
