/** Builds a regex alternation that prefers the longest word (`及以上` before `以上`, `件次` before `件`). */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
    .join('|');
}
