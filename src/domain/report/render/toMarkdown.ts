import type { Paragraph, Report } from '../report.types';

const SPECIAL = /[\\`*_[\]<>#|~]/g;
const LINE_START_LIST = /^(\d+)([.)])/;
const LINE_START_MARK = /^([-+=>])/;

function escape(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

function escapeLineStart(line: string): string {
  return line.replace(LINE_START_LIST, '$1\\$2').replace(LINE_START_MARK, '\\$1');
}

/**
 * A paragraph in Markdown. Placeholders stay visible as 【…】; a paragraph that is wholly a suggested
 * (editable) phrase is set in italics — emphasis around a whole line is the only place CommonMark
 * reliably honours it next to Chinese punctuation.
 */
function paragraph(p: Paragraph): string {
  const text = escapeLineStart(p.map((r) => escape(r.text)).join(''));
  const wholeEditable = p.length > 0 && p.every((r) => r.editable);
  return wholeEditable ? `*${text}*` : text;
}

/** Markdown: `#` title, `##` level-1 and `###` level-2 headings, one paragraph a block. */
export function toMarkdown(report: Report): string {
  const blocks: string[] = [`# ${paragraph(report.title)}`];
  for (const p of report.preamble) blocks.push(paragraph(p));
  for (const s of report.sections) {
    blocks.push(`${s.level === 1 ? '##' : '###'} ${escape(s.heading)}`);
    for (const p of s.paragraphs) blocks.push(paragraph(p));
  }
  return `${blocks.join('\n\n')}\n`;
}
