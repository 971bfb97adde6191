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

/**
 * A test of whether a text holds `pattern` (at most 32 characters) with at most `budget` typos
 * (insertions, deletions, substitutions) anywhere in it: Myers' bit-parallel edit distance, a few
 * word operations per character. Far cheaper than fuse.js's scoring, so it weeds out the candidates
 * that cannot match before fuse.js scores the rest; a match fuse.js finds is always one it finds.
 */
export function holdsNear(pattern: string, budget: number): (text: string) => boolean {
  const m = pattern.length;
  if (m === 0 || m > 32) return () => true;
  const peq = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    peq.set(c, (peq.get(c) ?? 0) | (1 << i));
  }
  const last = 1 << (m - 1);
  // A pattern no longer than the budget is within it of the empty run at the start of any text.
  if (m <= budget) return () => true;
  return (text) => {
    let pv = -1;
    let mv = 0;
    let score = m;
    for (let j = 0; j < text.length; j++) {
      const eq = peq.get(text.charCodeAt(j)) ?? 0;
      const xv = eq | mv;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & last) score++;
      else if (mh & last) score--;
      if (score <= budget) return true;
      // A match may start anywhere, so row 0 stays 0: nothing is carried in.
      ph <<= 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
    }
    return false;
  };
}
