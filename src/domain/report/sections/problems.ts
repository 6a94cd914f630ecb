import { MEASURES, MISSING } from '../phrases.zh-CN';
import type { NarrateContext } from '../context';
import { fill } from '../format';
import type { Section } from '../report.types';
import { editableRun, para } from '../runs';
import { typedParagraphs } from './basics';
import { executionProblem, indicatorProblems, type Problem } from './dataProblems';
import { scoringProblems, targetProblems, weightProblems } from './findingProblems';

export type { Problem } from './dataProblems';

/** Every problem the data shows, in report order. */
export function detectProblems(ctx: NarrateContext): Problem[] {
  return [
    ...executionProblem(ctx),
    ...indicatorProblems(ctx),
    ...targetProblems(ctx),
    ...weightProblems(ctx),
    ...scoringProblems(ctx),
  ];
}

/** 四、存在的问题及原因分析: what the user typed, then the problems found in the data. */
export function problemsSection(ctx: NarrateContext, problems: readonly Problem[], heading: string): Section {
  const typed = typedParagraphs(ctx.inputs.problems);
  const paragraphs = [...typed, ...problems.map((p) => p.paragraph)];
  return {
    heading,
    level: 1,
    paragraphs: paragraphs.length > 0 ? paragraphs : [para(fill(MISSING.problems))],
  };
}

/** 五、下一步改进措施: what the user typed, then one suggested (editable) measure per kind of problem. */
export function measuresSection(ctx: NarrateContext, problems: readonly Problem[], heading: string): Section {
  const typed = typedParagraphs(ctx.inputs.improvements);
  const kinds = [...new Set(problems.map((p) => p.kind))];
  const suggested = kinds.map((k) => para(editableRun(MEASURES[k])));
  const paragraphs = [...typed, ...suggested];
  return {
    heading,
    level: 1,
    paragraphs: paragraphs.length > 0 ? paragraphs : [para(fill(MISSING.measures))],
  };
}
