/**
 * Words as the full-text index sees them. A word is folded (case, accents), British spellings are
 * brought to American ones ("behaviour" and "behavior" become one term) and inflections are cut
 * back to a stem ("adapters" -> "adapter"); the index, the vocabulary and queries all pass through
 * these same functions, so whatever they merge, they merge on both sides.
 */

/** Words too common to narrow anything; still counted in positions, never indexed. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by for from has have in into is it its of on or that the their this to was were which with'.split(' '),
);

/** A word of some text, with where it stands. */
export interface Token {
  /** The word folded to lower case without accents, as written otherwise: "tokenizer", "4", "a100". */
  readonly word: string;
  /** Its characters in the source text, [start, end). */
  readonly start: number;
  readonly end: number;
  /** Its position among the words of the text; parts of a compound share their whole's position. */
  readonly position: number;
}

// Letters and digits; a number may carry thousands separators or a decimal point ("1,000", "1.5").
const WORD = /\p{N}{1,3}(?:,\p{N}{3})+(?![\p{L}\p{N}])|\p{N}+\.\p{N}+(?![\p{L}\p{N}])|[\p{L}\p{N}]+/gu;
// Lower-case to upper-case boundaries inside an identifier: AutoTokenizer -> Auto Tokenizer.
const CAMEL = /(?<=\p{Ll})(?=\p{Lu})/u;

/** Case and accents folded: what two spellings of one word share. */
export function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * Every word of `text` with its offsets. "1,000" is the word "1000" and "1.5" stays "1.5", so numbers
 * match as written; an identifier in camel case is indexed whole and by its parts.
 */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  let position = 0;
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index;
    const word = fold(raw).replace(/,/g, '');
    out.push({ word, start, end: start + raw.length, position });
    const parts = raw.split(CAMEL);
    if (parts.length > 1) {
      let at = start;
      for (const part of parts) {
        out.push({ word: fold(part), start: at, end: at + part.length, position });
        at += part.length;
      }
    }
    position++;
  }
  return out;
}

// British -> American endings, for words long enough that the ending is a suffix, not the word.
const SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/(?<=\w{3})our(s|ed|ing|able|ably|ite|ites|ism)?$/, 'or$1'],
  [/(?<=\w{3})is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/(?<=\w{2})ys(e|es|ed|ing|er|ers)$/, 'yz$1'],
  [/(?<=\w{3})ogue(s)?$/, 'og$1'],
  [/(?<=\w{3})tre(s)?$/, 'ter$1'],
  [/(?<=\w{3}e)ll(ing|ed|er|ers)$/, 'l$1'],
];

/** A folded word in American spelling. */
export function americanise(word: string): string {
  for (const [pattern, replacement] of SPELLINGS) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}

const VOWEL = /[aeiouy]/;

/**
 * A light stemmer for English inflections: plurals, -ed, -ing, -ly and a final -e, so "adapters",
 * "adapter", "tuning", "tuned" and "tune" each meet their kin. Short words and words with digits are
 * left as written: "gpt", "4bit" and "a100" are names, not inflections.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\p{N}/u.test(word)) return word;
  let w = word;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ingly', 'edly', 'ing', 'ed', 'ly']) {
    if (w.endsWith(suffix) && VOWEL.test(w.slice(0, -suffix.length)) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      // "running" -> "run", but "fall", "pass" and "buzz" keep their double letter.
      if (/([^aeioulsz])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith('y') && w.length > 3 && !VOWEL.test(w.at(-2)!)) w = `${w.slice(0, -1)}i`;
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** The index term of a folded word: American spelling, then its stem. */
export function term(word: string): string {
  return stem(americanise(word));
}

/** True when a folded word is indexed at all. */
export function indexable(word: string): boolean {
  return word.length > 0 && !STOP_WORDS.has(word);
}
