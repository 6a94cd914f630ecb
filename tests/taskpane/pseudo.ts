import type { Session } from '../../src/app/session.types';

/** Every catalogue text comes out as ⟦text～～⟧: marked, and about a third longer, as translations run. */
export const OPEN = '⟦';
export const CLOSE = '⟧';

function mark(s: string): string {
  return `${OPEN}${s}${'～'.repeat(Math.ceil(s.length / 3))}${CLOSE}`;
}

/** The same catalogue with every string and every message function's result marked. */
export function pseudoLocalise<T>(catalogue: T): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return mark(v);
    if (typeof v === 'function')
      return (...args: unknown[]) => mark(String((v as (...a: unknown[]) => unknown)(...args)));
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(catalogue) as T;
}

/**
 * The session's words: every string the session hands the pane (names, messages, figures, report
 * text), gathered as the pane receives them, so that a test can tell data from hard-coded text.
 */
export function recordingSession(session: Session): { session: Session; words: Set<string> } {
  const words = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v === 'string') {
      words.add(v);
      // A finding's sentence is shown without its leading `H23：` (the cell stands beside it).
      const colon = v.indexOf('：');
      if (colon > 0) words.add(v.slice(colon + 1));
    } else if (typeof v === 'number') words.add(String(v));
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  collect(session.profiles);
  const wrapped = new Proxy(session, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const wrappedArgs = args.map((a) =>
          typeof a === 'function'
            ? (...inner: unknown[]) => (collect(inner), (a as (...x: unknown[]) => unknown)(...inner))
            : a,
        );
        const result = (value as (...a: unknown[]) => unknown).apply(target, wrappedArgs);
        if (result instanceof Promise) return result.then((r) => (collect(r), r));
        collect(result);
        return result;
      };
    },
  });
  return { session: wrapped, words };
}

/** The text with every marked part (nested ones too, from a message that names a marked word) taken out. */
function unmarked(text: string): string {
  const innermost = new RegExp(`${OPEN}[^${OPEN}${CLOSE}]*${CLOSE}`, 'g');
  let rest = text;
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(innermost, '');
  }
  return rest;
}

/** Figures and punctuation only: what may stand outside the catalogue. */
function plain(text: string): boolean {
  return /^[\s\d.,%:：·→\-–—/()（）!]*$/.test(text);
}

/**
 * Text on the page that came neither from the catalogue nor from the session: each text node with the
 * marked parts and the session's words taken out must hold nothing but figures and punctuation.
 */
export function hardCodedText(root: HTMLElement, words: ReadonlySet<string>): string[] {
  const sorted = [...words].filter((w) => w.trim() !== '').sort((a, b) => b.length - a.length);
  const found: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let rest = unmarked(node.textContent ?? '');
    for (const w of sorted) rest = rest.split(w).join('');
    if (!plain(rest)) found.push(node.textContent ?? '');
  }
  for (const el of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
    for (const attr of ['aria-label', 'title', 'placeholder']) {
      const value = el.getAttribute(attr);
      if (value === null) continue;
      let rest = unmarked(value);
      for (const w of sorted) rest = rest.split(w).join('');
      if (!plain(rest)) found.push(`${attr}="${value}"`);
    }
  }
  return found;
}
