import type { Report } from '../report.types';
import { paragraphText } from '../runs';

/** Two full-width spaces: the first-line indent of Chinese body text. */
export const INDENT = '\u3000\u3000';

/**
 * Plain text: the title, a blank line, then headings and indented paragraphs, one a line.
 * Placeholders are visible as written (【请填写：…】).
 */
export function toText(report: Report): string {
  const lines: string[] = [paragraphText(report.title), ''];
  for (const p of report.preamble) lines.push(INDENT + paragraphText(p));
  for (const s of report.sections) {
    lines.push(INDENT + s.heading);
    for (const p of s.paragraphs) lines.push(INDENT + paragraphText(p));
  }
  return `${lines.join('\n')}\n`;
}
