/**
 * How search matches and weighs, in one place. Names (title, aliases, `##` headings) are matched
 * fuzzily, so "fine tunning" and "retreival" still find their node; a summary, a whole sentence,
 * counts when it contains the query as typed, since fuzzy matching a sentence costs several times
 * more and mostly finds noise. Weights rank title above aliases above headings above summary.
 */
import type { IFuseOptions } from 'fuse.js/basic';
import type { SearchDocument } from './documents.ts';

/** Queries shorter than this find too much to be useful, so they wait for another character. */
export const MIN_QUERY_LENGTH = 2;
/** Fuse splits longer patterns into 32-character chunks, each a full scan; no real query needs more. */
export const MAX_QUERY_LENGTH = 64;

/** Fields matched fuzzily, with their weights. */
export const NAME_KEYS = [
  { name: 'title', weight: 6 },
  { name: 'aliases', weight: 4 },
  { name: 'headings', weight: 2 },
] as const satisfies readonly { name: keyof SearchDocument; weight: number }[];
/** The summary's weight on the same scale as NAME_KEYS. */
export const SUMMARY_WEIGHT = 1;

export type NameField = (typeof NAME_KEYS)[number]['name'];
export type SearchField = NameField | 'summary';

/** Share of the total weight the name fields carry; fuse.js normalises weights within one instance. */
export const NAME_SHARE = NAME_KEYS.reduce((sum, k) => sum + k.weight, 0) / (NAME_KEYS.reduce((sum, k) => sum + k.weight, 0) + SUMMARY_WEIGHT);

/**
 * Typos allowed in a query of `length` characters: none below 5, one below 9, then two (Meilisearch's
 * defaults). A typo in a shorter prefix mostly finds noise, and from 9 characters the query splits
 * into three pieces long enough to narrow the candidates before fuse.js scans them.
 */
export function typoBudget(length: number): number {
  return length < 5 ? 0 : length < 9 ? 1 : 2;
}

/** Fuse keeps a match while errors / length is at most the threshold: this one allows `typos` errors. */
function thresholdFor(typos: number, length: number): number {
  return (typos + 0.5) / Math.max(1, length);
}

const common = {
  includeScore: true,
  // A phrase may sit anywhere in a field: without this, matches past ~60 characters are lost.
  ignoreLocation: true,
  // Plain text only: extended search would read `^`, `!`, `'`, `=` and `|` as operators.
  useExtendedSearch: false,
} as const;

/** Options for matching names against a query of `length` characters. */
export function nameOptions(length: number): IFuseOptions<SearchDocument> {
  return { ...common, keys: NAME_KEYS.map((k) => ({ ...k })), threshold: thresholdFor(typoBudget(length), length) };
}

/**
 * What matching a summary means: the query as typed, anywhere in the sentence. Search computes these
 * scores from the index (exact-scores.ts) rather than running fuse.js; the unit tests compare the two.
 */
export function summaryOptions(length: number): IFuseOptions<SearchDocument> {
  return { ...common, keys: [{ name: 'summary', weight: SUMMARY_WEIGHT }], threshold: thresholdFor(0, length) };
}

/** Name options that also report the matched characters, for the hits shown. */
export function highlightOptions(length: number): IFuseOptions<SearchDocument> {
  // Single-character runs highlight nothing a reader recognises.
  return { ...nameOptions(length), includeMatches: true, minMatchCharLength: 2 };
}
