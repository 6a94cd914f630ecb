import type { Paragraph, Run } from './report.types';

/** A piece of a sentence: plain text or a run (a placeholder, an editable phrase). */
export type Part = string | Run;

/** Tagged template: `t\`${year}年度${unit}\`` → the parts in order, values kept as they are. */
export function t(strings: TemplateStringsArray, ...values: readonly Part[]): Part[] {
  const out: Part[] = [];
  strings.forEach((s, i) => {
    if (s !== '') out.push(s);
    if (i < values.length) out.push(values[i]);
  });
  return out;
}

export function placeholderRun(text: string): Run {
  return { text, placeholder: true };
}

export function editableRun(text: string): Run {
  return { text, editable: true };
}

/** Flattens parts into runs, merging neighbours that carry the same marks; drops empty runs. */
export function para(...parts: readonly (Part | readonly Part[])[]): Paragraph {
  const runs: Run[] = [];
  let text = '';
  let marks: Run | null = null;
  const flush = () => {
    if (text === '' || marks === null) return;
    runs.push(marks.placeholder || marks.editable ? { ...marks, text } : { text });
    text = '';
  };
  const add = (part: Part) => {
    const run = typeof part === 'string' ? null : part;
    const runText = run === null ? (part as string) : run.text;
    if (runText === '') return;
    const placeholder = run?.placeholder;
    const editable = run?.editable;
    if (marks === null || marks.placeholder !== placeholder || marks.editable !== editable) {
      flush();
      marks = run ?? { text: '' };
    }
    text += runText;
  };
  for (const part of parts) {
    if (typeof part === 'string' || !Array.isArray(part)) add(part as Part);
    else for (const p of part as readonly Part[]) add(p);
  }
  flush();
  return runs;
}

/** Joins sentence parts with a separator (`；`, `、`). */
export function joinParts(items: readonly (readonly Part[])[], separator: string): Part[] {
  return items.flatMap((item, i) => (i === 0 ? [...item] : [separator, ...item]));
}

export function paragraphText(p: Paragraph): string {
  return p.map((r) => r.text).join('');
}
