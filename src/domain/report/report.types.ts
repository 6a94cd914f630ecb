import type { TableKind } from '../model';

/**
 * The 自评报告 as data, before any output format. A run is a piece of text; `placeholder` marks what
 * the user must fill in (shown as 【请填写：…】), `editable` marks phrase-bank text the user should
 * adapt (suggested improvement measures). Every output (text, Markdown, sheet, .docx) can show both.
 */
export interface Run {
  readonly text: string;
  readonly placeholder?: true;
  readonly editable?: true;
}

export type Paragraph = readonly Run[];

export interface Section {
  /** `一、单位基本情况` (level 1) or `（一）单位职能` (level 2), numbered. */
  readonly heading: string;
  readonly level: 1 | 2;
  readonly paragraphs: readonly Paragraph[];
}

export interface Report {
  readonly kind: TableKind;
  /** Runs, because the year or the unit may be a placeholder. */
  readonly title: Paragraph;
  /** Before the first heading: the opening paragraph (评价依据) and the 自评得分 statement. */
  readonly preamble: readonly Paragraph[];
  readonly sections: readonly Section[];
}
