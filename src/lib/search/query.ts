/**
 * A query as full-text search reads it: its words (stop words dropped), the phrases it quotes, and
 * whether its last word may still be being typed. Markup, regex characters, emoji and any other
 * symbol are not words, so they are simply not searched.
 */
import { americanise, fold, indexable, term, tokens } from './terms.ts';

export interface ParsedQuery {
  /** The query without its quote marks, for the names search. */
  readonly text: string;
  /** Folded words in American spelling, in order, stop words left out. */
  readonly words: readonly string[];
  /** Each quoted phrase as the index terms of all its words, stop words included. */
  readonly phrases: readonly (readonly string[])[];
  /** True when the query does not end in a space or quote, so its last word may be a prefix. */
  readonly open: boolean;
}

const QUOTES = /["“”„«»]/g;

/** Reads a cleaned query (see cleanQuery); `typed` is the input as typed, whose trailing space closes the last word. */
export function parseQuery(query: string, typed = query): ParsedQuery {
  const phrases: string[][] = [];
  const parts = query.split(QUOTES);
  // Odd parts sit between quote marks; an unclosed quote quotes the rest.
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      const terms = tokens(part).map((t) => term(t.word));
      if (terms.length > 1) phrases.push(terms);
    }
  });
  const text = parts.join(' ').replace(/\s+/g, ' ').trim();
  const seen = new Set<number>();
  const words: string[] = [];
  for (const t of tokens(text)) {
    // A camel-case word's parts share its position; the whole word is what the reader typed.
    if (seen.has(t.position)) continue;
    seen.add(t.position);
    if (indexable(t.word)) words.push(americanise(t.word));
  }
  return { text, words, phrases, open: /[\p{L}\p{N}]$/u.test(fold(typed)) };
}

/** True when the term sequence `phrase` occurs, word for word, in `text`. */
export function containsPhrase(text: string, phrase: readonly string[]): boolean {
  if (!phrase.length) return true;
  const seq: string[] = [];
  let last = -1;
  for (const t of tokens(text)) {
    if (t.position === last) continue;
    last = t.position;
    seq.push(term(t.word));
  }
  outer: for (let i = 0; i + phrase.length <= seq.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (seq[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}
