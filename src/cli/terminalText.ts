/**
 * Characters a terminal acts on instead of showing: C0 controls (ESC starts the sequences that clear
 * the screen or set the window title; CR overwrites a line) except line feed and tab, DEL, C1 controls
 * (CSI U+009B alone is ESC [ to some terminals), and the bidirectional overrides and isolates that make
 * text read in another order than it is stored.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text from cells and file names made safe to print: each unsafe character written visibly as
 * `\uXXXX` — which also reads back as the same character inside a JSON string, so `--json` stays valid.
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
