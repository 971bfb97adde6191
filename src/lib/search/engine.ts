/**
 * The search engine the dialog and the search page share: fuse.js over the search documents with the
 * options of search-options.ts, exact title and alias matches lifted to the top, results grouped by
 * kind, and the matched characters as ranges for highlighting. Queries are plain text, never
 * patterns: the basic build of fuse.js has no extended or logical search, so `^`, `!`, `|`, `'` or
 * `=` in a query are characters to find, not operators.
 *
 * Typing stays fast at thousands of nodes because fuse.js only scans documents that can still match
 * (see nameCandidates) and, where no typo is allowed, its scores are read from its index instead
 * (exact-scores.ts). Both give exactly fuse.js's results; the unit tests hold them to it.
 */
import Fuse, { type FuseIndexObjectRecord as ObjectRecord, type FuseResultMatch, type IFuseOptions } from 'fuse.js/basic';
import { holdsNear, nearCandidates } from './candidates.ts';
import { exactScorer, type ExactScores } from './exact-scores.ts';
import type { Kind } from '../content/kinds.ts';
import type { SearchDocument } from './documents.ts';
import {
  MAX_QUERY_LENGTH,
  MIN_QUERY_LENGTH,
  NAME_KEYS,
  NAME_SHARE,
  highlightOptions,
  nameOptions,
  typoBudget,
  type NameField,
  type SearchField,
} from './options.ts';
import { textSet } from './text-set.ts';

/** Characters [start, end] of a match, both inclusive, as fuse.js reports them. */
export type Range = readonly [number, number];

export interface Highlight {
  readonly text: string;
  readonly ranges: readonly Range[];
}

export interface SearchHit {
  readonly doc: SearchDocument;
  /** Fuse's score with every field weighed in: 0 is a perfect match, 1 no match. */
  readonly score: number;
  /** Set when the query is the title or an alias, which puts the hit above every other. */
  readonly exact?: 'title' | 'alias';
  readonly title: Highlight;
  /** The best match outside the title (alias, heading or summary), shown under it. */
  readonly detail?: Highlight & { readonly field: Exclude<SearchField, 'title'> };
}

export interface SearchResults {
  /** The query as searched: trimmed, spaces collapsed, cut to MAX_QUERY_LENGTH. */
  readonly query: string;
  /** Every matching node, whether or not it is in `hits`. */
  readonly total: number;
  /** The best `limit` hits, best first. */
  readonly hits: readonly SearchHit[];
}

export interface HitGroup<H extends SearchHit = SearchHit> {
  readonly kind: Kind;
  readonly hits: readonly H[];
}

export interface Searcher {
  /** Searches for `query`; `limit` caps the hits returned, never `total`. */
  search(query: string, limit?: number): SearchResults;
  readonly size: number;
}

/** The query as it is searched: control characters dropped, whitespace runs made one space, trimmed, at most MAX_QUERY_LENGTH. */
export function cleanQuery(raw: string): string {
  return raw.replace(/[\p{Cc}\s]+/gu, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** A comparison key that ignores case, accents and punctuation: "Fine-tuning" and "fine tuning" agree. */
export function comparable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Ranges of every occurrence of `lower` (already lower-case) in `text`, ignoring case. */
export function occurrences(text: string, lower: string): Range[] {
  const hay = text.toLowerCase();
  // Lower-casing can change the length of a few characters; then positions would not line up.
  if (hay.length !== text.length || !lower) return [];
  const out: Range[] = [];
  for (let at = hay.indexOf(lower); at >= 0; at = hay.indexOf(lower, at + lower.length)) out.push([at, at + lower.length - 1]);
  return out;
}

/** Key -> the indexes listed under it. */
function groupIndexes(pairs: Iterable<readonly [string, number]>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const [key, i] of pairs) {
    const list = out.get(key);
    if (list) list.push(i);
    else out.set(key, [i]);
  }
  return out;
}

/** The first `n` items in `before` order, without sorting the rest. */
export function best<T>(items: readonly T[], n: number, before: (a: T, b: T) => number): T[] {
  if (n >= items.length) return [...items].sort(before);
  const top: T[] = [];
  for (const item of items) {
    if (top.length === n && before(item, top[n - 1]!) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(top[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, item);
    if (top.length > n) top.pop();
  }
  return top;
}

const DETAIL_FIELDS: readonly Exclude<NameField, 'title'>[] = ['aliases', 'headings'];
/** Fuse matches a pattern of up to 32 characters in one piece; narrowing relies on that. */
const ONE_CHUNK = 32;
/** Queries whose matches are remembered, so typing on or backspacing rescans only those. */
const REMEMBERED = 24;

/** Builds the searcher over `docs`; fuse.js indexes them here, once. */
export function createSearcher(docs: readonly SearchDocument[]): Searcher {
  const names = Fuse.createIndex(NAME_KEYS.map((k) => ({ ...k })), docs).toJSON();
  const summaries = Fuse.createIndex([{ name: 'summary' }], docs).toJSON();
  const exactNames = exactScorer(names.records as readonly ObjectRecord[], NAME_KEYS.map((k) => k.weight));
  const exactSummaries = exactScorer(summaries.records as readonly ObjectRecord[], [1]);
  const nameRecords = names.records as readonly ObjectRecord[];
  // Records by document index (fuse.js keeps one per document, but says so nowhere).
  const nameRecordOf: ObjectRecord[] = [];
  for (const r of nameRecords) nameRecordOf[r.i] = r;
  // Each document's names in one lower-case string, for finding which contain a piece of the query.
  const nameTexts = docs.map((d) => [d.title, ...d.aliases, ...d.headings].join('\n').toLowerCase());
  const namesContaining = textSet(nameTexts);
  // Titles and aliases as comparison keys, for lifting exact and whole-word matches to the top.
  const titles = docs.map((d) => comparable(d.title));
  const titlesContaining = textSet(titles.map((t) => ` ${t} `));
  const titleIndex = groupIndexes(titles.map((t, i) => [t, i]));
  const aliasIndex = groupIndexes(docs.flatMap((d, i) => d.aliases.map((a) => [comparable(a), i] as const)));
  /** Lower-cased query -> indexes of the documents whose names it matched; most recent last. */
  const remembered = new Map<string, readonly number[]>();

  const fuseOver = (index: typeof names, subset: readonly ObjectRecord[], options: IFuseOptions<SearchDocument>) =>
    new Fuse(docs, options, Fuse.parseIndex<SearchDocument>({ keys: index.keys, records: subset as Parameters<typeof Fuse.parseIndex>[0]['records'] }));

  /**
   * Documents whose names can match `pattern`; no other one can. A match of a longer pattern with at
   * most k typos contains a match of its prefix with at most k typos, so a query extending a
   * remembered one under the same budget rescans only that one's matches. Otherwise only names
   * holding enough of the pattern can match (candidates.ts). Either way, names that hold no run
   * within the budget of the pattern are dropped before fuse.js scores the rest.
   */
  const nameCandidates = (pattern: string): readonly ObjectRecord[] => {
    if (pattern.length > ONE_CHUNK) return nameRecords;
    const budget = typoBudget(pattern.length);
    let best: string | undefined;
    for (const key of remembered.keys()) {
      if (pattern.startsWith(key) && typoBudget(key.length) === budget && key.length > (best?.length ?? -1)) best = key;
    }
    const found = best !== undefined ? remembered.get(best)! : nearCandidates(pattern, budget, docs.length, namesContaining);
    if (!found) return nameRecords;
    // The bit-parallel check costs far less per document than fuse.js, so fuse.js scores only real matches.
    const holds = holdsNear(pattern, budget);
    return found.filter((i) => holds(nameTexts[i]!)).map((i) => nameRecordOf[i]!);
  };

  const remember = (pattern: string, matched: readonly number[]) => {
    remembered.delete(pattern);
    remembered.set(pattern, matched);
    if (remembered.size > REMEMBERED) remembered.delete(remembered.keys().next().value!);
  };

  return {
    size: docs.length,
    search(raw, limit = Infinity) {
      const query = cleanQuery(raw);
      if (query.length < MIN_QUERY_LENGTH) return { query, total: 0, hits: [] };
      const pattern = query.toLowerCase();

      // Without typos fuse.js only checks containment, so its scores come straight from the index.
      const nameScores: ExactScores = typoBudget(pattern.length) === 0
        ? exactNames(pattern)
        : new Map(fuseOver(names, nameCandidates(pattern), nameOptions(pattern.length)).search(query).map((r) => [r.refIndex, r.score ?? 1]));
      remember(pattern, [...nameScores.keys()]);
      const summaryScores = exactSummaries(pattern);

      // One score as a single fuse.js instance over all four keys would give: each instance
      // normalises its own weights, so each score is raised to its share of the total weight.
      const score = new Map<number, number>();
      for (const [i, s] of nameScores) score.set(i, s ** NAME_SHARE);
      for (const [i, s] of summaryScores) score.set(i, (score.get(i) ?? 1) * s ** (1 - NAME_SHARE));
      const matched = [...score.keys()];

      // Exact title, then exact alias, then the query as whole words of the title, then fuse's score.
      const key = comparable(query);
      const exactTitle = new Set(key ? (titleIndex.get(key) ?? []) : []);
      const exactAlias = new Set(key ? (aliasIndex.get(key) ?? []) : []);
      const titleWords = new Set(key ? titlesContaining(` ${key} `) : []);
      const tier = (i: number) => 2 * (exactTitle.has(i) ? 0 : exactAlias.has(i) ? 1 : titleWords.has(i) ? 2 : 3) + (titleWords.has(i) ? 0 : 1);
      const tiers = new Map(matched.map((i) => [i, tier(i)]));
      const before = (a: number, b: number) => tiers.get(a)! - tiers.get(b)! || score.get(a)! - score.get(b)! || a - b;
      const shown = best(matched, limit, before).map((i) => ({
        i,
        score: score.get(i)!,
        exact: exactTitle.has(i) ? ('title' as const) : exactAlias.has(i) ? ('alias' as const) : undefined,
      }));

      // Match positions only for the hits shown: finding them costs more than matching.
      const marks = new Map<number, readonly FuseResultMatch[]>();
      const shownNames = shown.filter(({ i }) => nameScores.has(i)).map(({ i }) => nameRecordOf[i]!);
      for (const h of fuseOver(names, shownNames, highlightOptions(pattern.length)).search(query)) marks.set(h.refIndex, h.matches ?? []);

      const hits = shown.map(({ i, score, exact }): SearchHit => {
        const doc = docs[i]!;
        const matches = marks.get(i) ?? [];
        const titleRanges = exact === 'title' ? [[0, doc.title.length - 1] as const] : (matches.find((m) => m.key === 'title')?.indices ?? []);
        let detail: SearchHit['detail'];
        for (const field of DETAIL_FIELDS) {
          const m = matches.find((x) => x.key === field && x.indices.length > 0 && x.value !== undefined);
          if (m) {
            detail = { field, text: m.value!, ranges: m.indices };
            break;
          }
        }
        if (!detail && summaryScores.has(i)) detail = { field: 'summary', text: doc.summary, ranges: occurrences(doc.summary, pattern) };
        return { doc, score, ...(exact ? { exact } : {}), title: { text: doc.title, ranges: titleRanges }, ...(detail ? { detail } : {}) };
      });
      return { query, total: matched.length, hits };
    },
  };
}

/** Hits grouped by kind, groups in the order of their best hit, so the top hit leads the first group. */
export function groupByKind<H extends SearchHit>(hits: readonly H[]): HitGroup<H>[] {
  const groups = new Map<Kind, H[]>();
  for (const hit of hits) {
    let list = groups.get(hit.doc.kind);
    if (!list) groups.set(hit.doc.kind, (list = []));
    list.push(hit);
  }
  return [...groups].map(([kind, list]) => ({ kind, hits: list }));
}

export interface Segment {
  readonly text: string;
  readonly marked: boolean;
}

/** Splits text into plain and marked runs; overlapping, touching, unordered or out-of-range ranges are tidied first. */
export function segments(text: string, ranges: readonly Range[]): Segment[] {
  const merged: [number, number][] = [];
  const clamped = ranges
    .map(([s, e]) => [Math.max(0, s), Math.min(text.length - 1, e)] as const)
    .filter(([s, e]) => e >= s)
    .sort((a, b) => a[0] - b[0]);
  for (const [s, e] of clamped) {
    const last = merged.at(-1);
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push({ text: text.slice(at, s), marked: false });
    out.push({ text: text.slice(s, e + 1), marked: true });
    at = e + 1;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}
