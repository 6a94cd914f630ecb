import { BASICS, HEADINGS, MISSING } from '../phrases.zh-CN';
import { numberOf } from '../../score/cellNumbers';
import type { Cell } from '../../model';
import type { NarrateContext } from '../context';
import { cellText, countCell, fill, lines, plain, textCell, withoutStop } from '../format';
import type { Paragraph, Section } from '../report.types';
import { para } from '../runs';

/** What the user typed in a free-text cell, one paragraph a line; none when empty or `/`. */
export function typedParagraphs(cell: Cell | undefined): Paragraph[] {
  const text = cell?.value.kind === 'text' || cell?.value.kind === 'number' ? cellText(cell) : '';
  return lines(text).map((l) => para(l));
}

/** A free-text cell as paragraphs, one a line; a placeholder paragraph when empty. */
export function textParagraphs(cell: Cell | undefined, what: string): Paragraph[] {
  const typed = typedParagraphs(cell);
  return typed.length > 0 ? typed : [para(fill(what))];
}

/** 一、单位基本情况 （一）单位职能 （二）单位基本情况 （三）工作成绩. */
export function basicsSections(ctx: NarrateContext): Section[] {
  const H = HEADINGS.overall;
  const { meta } = ctx.evaluation.table;
  const { inputs } = ctx;
  const departments = textCell(inputs.departments, MISSING.departments);
  const situation = [
    ...BASICS.departments(ctx.unit, typeof departments === 'string' ? withoutStop(departments) : departments),
    ...BASICS.staff(
      countCell(inputs.staffQuota, MISSING.staffQuota),
      countCell(inputs.staffActual, MISSING.staffActual),
    ),
  ];
  const units = numberOf(meta.independentUnits);
  if (units !== null) situation.push(...BASICS.independentUnits(plain(units)));
  return [
    { heading: H.basics, level: 1, paragraphs: [] },
    { heading: H.functions, level: 2, paragraphs: textParagraphs(meta.functions, MISSING.functions) },
    { heading: H.situation, level: 2, paragraphs: [para(situation)] },
    {
      heading: H.achievements,
      level: 2,
      paragraphs: textParagraphs(inputs.achievements, MISSING.achievements),
    },
  ];
}
