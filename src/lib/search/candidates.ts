/**
 * Which texts can hold a match of a pattern with at most k typos, found by plain substring lookups
 * so fuse.js scores only those few. Both tests are necessary conditions, so no match is ever lost:
 *
 * - split into k+1 pieces, a match leaves one piece untouched, so the text holds that piece;
 * - the q-gram lemma: a match holds at least m - 1 - 2k of the pattern's m - 1 letter pairs, which
 *   narrows far more where each piece is two letters that most texts hold.
 */

/** Candidates worth narrowing further by letter pairs; fewer cost fuse.js less than counting the pairs. */
const PAIR_FILTER_FROM = 200;

/** `pattern` cut into `count` pieces of near-equal length, or undefined when a piece would be too short to narrow anything. */
export function pieces(pattern: string, count: number): string[] | undefined {
  if (pattern.length < 2 * count) return undefined;
  const out: string[] = [];
  for (let i = 0, at = 0; i < count; i++) {
    const size = Math.floor((pattern.length - at) / (count - i));
    out.push(pattern.slice(at, at + size));
    at += size;
  }
  return out;
}

/**
 * Indexes of the texts (of `size`, looked up through `containing`) that can hold `pattern` with at
 * most `budget` typos, in the order first found; undefined when the pattern is too short to narrow.
 */
export function nearCandidates(pattern: string, budget: number, size: number, containing: (piece: string) => readonly number[]): number[] | undefined {
  const parts = pieces(pattern, budget + 1);
  if (!parts) return undefined;
  const found = new Set<number>();
  for (const part of parts) for (const i of containing(part)) found.add(i);
  const need = pattern.length - 1 - 2 * budget;
  if (need < 2 || found.size < PAIR_FILTER_FROM) return [...found];
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < pattern.length; i++) {
    const pair = pattern.slice(i, i + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  const held = new Uint8Array(size);
  for (const [pair, times] of pairs) for (const i of containing(pair)) held[i] = Math.min(255, held[i]! + times);
  return [...found].filter((i) => held[i]! >= need);
}
