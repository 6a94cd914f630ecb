import { HEADINGS, level2Heading, MISSING, PERFORMANCE } from '../phrases.zh-CN';
import type { NarrateContext } from '../context';
import {
  asSentence,
  reasonText,
  fill,
  fractionPercent,
  plain,
  ratePercent,
  score,
  textCell,
  withoutStop,
} from '../format';
import type { Paragraph, Section } from '../report.types';
import { para, type Part } from '../runs';
import { typedParagraphs } from './basics';
import { indicatorParagraph, isReported } from './indicators';
import { level1Name } from './preamble';
import type { Cell } from '../../model';
import { oneLine } from '../../parse/normalize';

function sentencePart(cell: Cell | undefined, what: string): Part {
  const part = textCell(cell, what);
  return typeof part === 'string' ? asSentence(part) : part;
}

/** 年初设定目标 (and, unless `plannedOnly`, 目标完成情况), each goal row in turn. */
export function goalParagraphs(ctx: NarrateContext, which: 'planned' | 'achieved' | 'both'): Paragraph[] {
  const goals = ctx.evaluation.table.goals;
  const rows = goals.length > 0 ? goals : [{ planned: undefined, achieved: undefined }];
  return rows.flatMap((g) => {
    const out: Paragraph[] = [];
    if (which !== 'achieved')
      out.push(para(PERFORMANCE.goalPlanned(sentencePart(g.planned, MISSING.goalPlanned))));
    if (which !== 'planned')
      out.push(para(PERFORMANCE.goalAchieved(sentencePart(g.achieved, MISSING.goalAchieved))));
    return out;
  });
}

/** 预算执行率, its weight and score, and the reason when it is under the profile's threshold. */
export function executionParagraph(ctx: NarrateContext): Paragraph {
  const { budget } = ctx.evaluation.scores;
  const { profile } = ctx;
  const rate = budget.main?.rate ?? null;
  const parts: Part[] = PERFORMANCE.execution(
    budget.main?.ratePercent ? ratePercent(budget.main.ratePercent, profile) : fill(MISSING.budgetFigures),
    budget.weight !== null ? plain(budget.weight) : fill(MISSING.weight),
    budget.ruleScore !== null ? score(budget.ruleScore, profile) : fill(MISSING.score),
  );
  if (
    budget.enteredScore !== null &&
    budget.ruleScore !== null &&
    !budget.enteredScore.eq(budget.ruleScore)
  ) {
    parts.push(...PERFORMANCE.entered(plain(budget.enteredScore)));
  }
  parts.push(PERFORMANCE.sentenceEnd);
  const threshold = ctx.executionReasonBelow;
  if (rate !== null && rate.lt(threshold)) {
    parts.push(
      ...PERFORMANCE.executionLow(fractionPercent(threshold), executionReason(ctx)),
      PERFORMANCE.sentenceEnd,
    );
  }
  return para(parts);
}

/** The reason typed next to the 执行率 (our template's 执行率偏低原因), or a placeholder. */
export function executionReason(ctx: NarrateContext): Part {
  const rows = ctx.evaluation.table.budget;
  const row = rows.find((r) => r.key === 'total') ?? rows[0];
  const reason = reasonText(row?.reason);
  return reason !== '' ? withoutStop(reason) : fill(MISSING.executionReason);
}

/** （一）预算执行情况, then one level-2 section per 一级指标, indicator by indicator. */
export function indicatorSections(ctx: NarrateContext): Section[] {
  const { table, scores } = ctx.evaluation;
  const sections: Section[] = [
    { heading: level2Heading(1, HEADINGS.execution), level: 2, paragraphs: [executionParagraph(ctx)] },
  ];
  for (const g of scores.level1) {
    const paragraphs = g.indicatorIndexes
      .filter((i) => isReported(table.indicators[i], scores.indicators[i]))
      .map((i) => indicatorParagraph(table.indicators[i], scores.indicators[i], ctx));
    const label = withoutStop(oneLine(g.label).trim());
    const title = label === '' ? HEADINGS.otherLevel1 : label;
    sections.push({
      heading: level2Heading(sections.length + 1, title),
      level: 2,
      paragraphs: paragraphs.length > 0 ? paragraphs : [para(fill(MISSING.indicators(level1Name(g.label))))],
    });
  }
  if (scores.level1.length === 0) {
    sections.push({
      heading: level2Heading(2, HEADINGS.otherLevel1),
      level: 2,
      paragraphs: [para(fill(MISSING.indicators(HEADINGS.otherLevel1)))],
    });
  }
  return sections;
}

/** 三、单位整体支出绩效情况: goals, then indicator by indicator. */
export function overallPerformanceSections(ctx: NarrateContext): Section[] {
  return [
    {
      heading: HEADINGS.overall.performance,
      level: 1,
      paragraphs: [...goalParagraphs(ctx, 'both'), para(PERFORMANCE.lead)],
    },
    ...indicatorSections(ctx),
  ];
}

/** 三、项目绩效目标完成情况: what was achieved (and the 工作成绩 typed, if any), then indicator by indicator. */
export function projectPerformanceSections(ctx: NarrateContext): Section[] {
  const achievements = ctx.inputs.achievements;
  const extra = typedParagraphs(achievements);
  return [
    {
      heading: HEADINGS.project.performance,
      level: 1,
      paragraphs: [...goalParagraphs(ctx, 'achieved'), ...extra, para(PERFORMANCE.lead)],
    },
    ...indicatorSections(ctx),
  ];
}
