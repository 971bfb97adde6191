/**
 * Excerpts: the densest window of about thirty words of a section's text, with the words that
 * matched the query marked. Built from the plain text by character ranges, never from markup.
 */
import type { Highlight, Range } from './engine.ts';
import { term, tokens } from './terms.ts';

/** Words in an excerpt window. */
export const EXCERPT_WORDS = 30;
const ELLIPSIS = '…';

/** True for a word of the text that matches one of the query's terms (or, still being typed, starts one). */
export type WordTest = (word: string) => boolean;

/** A test matching words whose index term is one of `terms`. */
export function termTest(terms: ReadonlySet<string>): WordTest {
  return (word) => terms.has(term(word));
}

/** The best window of `text` for the words `matches` accepts, marked; the text's start when none match. */
export function excerpt(text: string, matches: WordTest, size = EXCERPT_WORDS): Highlight {
  const words = tokens(text);
  // Parts of camel-case words share their whole's position; one entry per position keeps counting honest.
  const byPosition: { start: number; end: number; hit: boolean }[] = [];
  const ranges: Range[] = [];
  for (const t of words) {
    const hit = matches(t.word);
    if (hit) ranges.push([t.start, t.end - 1]);
    const at = byPosition[t.position];
    if (at) at.hit ||= hit;
    else byPosition[t.position] = { start: t.start, end: t.end, hit };
  }
  if (!byPosition.length) return { text: text.slice(0, 200), ranges: [] };
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < byPosition.length; i++) {
    if (byPosition[i]!.hit) count++;
    if (i >= size && byPosition[i - size]!.hit) count--;
    const first = Math.max(0, i - size + 1);
    if (count > bestCount) {
      bestCount = count;
      best = first;
    }
  }
  // Centre a lone match rather than leaving it at the window's end.
  const firstHit = byPosition.findIndex((p, i) => i >= best && p.hit);
  if (bestCount === 1 && firstHit >= 0) best = Math.max(0, Math.min(firstHit - Math.floor(size / 3), byPosition.length - size));
  const last = Math.min(byPosition.length, best + size) - 1;
  const from = best === 0 ? 0 : byPosition[best]!.start;
  const to = last === byPosition.length - 1 ? text.length : byPosition[last]!.end;
  const prefix = from > 0 ? ELLIPSIS : '';
  const suffix = to < text.length ? ELLIPSIS : '';
  const shift = prefix.length - from;
  return {
    text: `${prefix}${text.slice(from, to)}${suffix}`,
    ranges: ranges.filter(([s, e]) => s >= from && e < to).map(([s, e]) => [s + shift, e + shift] as const),
  };
}
