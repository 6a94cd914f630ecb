import type { Report } from '../../domain/report/report.types';

/** Characters Windows refuses in a file name (a title is typed text: no control characters survive the sheet). */
const UNSAFE = /[\\/:*?"<>|]/g;

/** The report's title as a file name, or `fallback` while the title still has a placeholder in it. */
export function reportTitle(report: Report, fallback: string): string {
  if (report.title.some((run) => run.placeholder)) return fallback;
  const title = report.title
    .map((run) => run.text)
    .join('')
    .replace(UNSAFE, '')
    .trim();
  return title === '' ? fallback : title;
}

export function placeholderCount(report: Report): number {
  const paragraphs = [report.title, ...report.preamble, ...report.sections.flatMap((s) => s.paragraphs)];
  return paragraphs.reduce((n, p) => n + p.filter((run) => run.placeholder).length, 0);
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The .docx writer is a chunk of its own, fetched from our own origin the first time it is asked for. */
export async function docxOf(report: Report): Promise<Uint8Array> {
  const { toDocx } = await import(/* webpackChunkName: "docx" */ '../../report/docx');
  return toDocx(report);
}
