/**
 * The search engine the dialog and the search page share: fuse.js over the search documents with the
 * options of search-options.ts, exact title and alias matches lifted to the top, results grouped by
 * kind, and the matched characters as ranges for highlighting. Queries are plain text, never
 * patterns: the basic build of fuse.js has no extended or logical search, so `^`, `!`, `|`, `'` or
 * `=` in a query are characters to find, not operators.
 */
import Fuse, { type FuseIndexObjectRecord as IndexRecord, type FuseResultMatch, type IFuseOptions } from 'fuse.js/basic';
import type { Kind } from './kinds.ts';
import type { SearchDocument } from './search-documents.ts';
import {
  MAX_QUERY_LENGTH,
  MIN_QUERY_LENGTH,
  NAME_KEYS,
  NAME_SHARE,
  highlightOptions,
  nameOptions,
  summaryOptions,
  typoBudget,
  type NameField,
  type SearchField,
} from './search-options.ts';

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

export interface HitGroup {
  readonly kind: Kind;
  readonly hits: readonly SearchHit[];
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

/**
 * Texts joined into one string so that finding which contain a pattern takes one search per hit
 * rather than one per text: each `includes` call sets up its own search tables, which at ten
 * thousand texts costs more than the scan.
 */
export function textSet(texts: readonly string[]): (pattern: string) => number[] {
  const SEP = '\u0001';
  const joined = texts.join(SEP);
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length + SEP.length;
  }
  return (pattern) => {
    const found: number[] = [];
    if (!pattern || pattern.includes(SEP)) return found;
    let from = 0;
    for (;;) {
      const hit = joined.indexOf(pattern, from);
      if (hit < 0) return found;
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= hit) lo = mid;
        else hi = mid - 1;
      }
      found.push(lo);
      from = lo + 1 < starts.length ? starts[lo + 1]! : joined.length;
    }
  };
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

const DETAIL_FIELDS: readonly Exclude<NameField, 'title'>[] = ['aliases', 'headings'];
const TIER = { title: 0, alias: 1, words: 2, none: 3 } as const;
/** Fuse matches a pattern of up to 32 characters in one piece; narrowing relies on that. */
const ONE_CHUNK = 32;
/** Queries whose matches are remembered, so typing on or backspacing rescans only those. */
const REMEMBERED = 24;

/** Builds the searcher over `docs`; fuse.js indexes them here, once. */
export function createSearcher(docs: readonly SearchDocument[]): Searcher {
  const names = Fuse.createIndex(NAME_KEYS.map((k) => ({ ...k })), docs).toJSON();
  const summaries = Fuse.createIndex([{ name: 'summary' }], docs).toJSON();
  const nameRecords = names.records as readonly IndexRecord[];
  // Records by document index (fuse.js keeps one per document, but says so nowhere).
  const nameRecordOf: IndexRecord[] = [];
  for (const r of nameRecords) nameRecordOf[r.i] = r;
  const summaryRecordOf: IndexRecord[] = [];
  for (const r of summaries.records as readonly IndexRecord[]) summaryRecordOf[r.i] = r;
  // Each document's names in one lower-case string, and its summary: the exact-match prefilters.
  const namesContaining = textSet(docs.map((d) => [d.title, ...d.aliases, ...d.headings].join('\n').toLowerCase()));
  const summariesContaining = textSet(docs.map((d) => d.summary.toLowerCase()));
  const titles = docs.map((d) => comparable(d.title));
  const paddedTitles = titles.map((t) => ` ${t} `);
  const aliases = docs.map((d) => d.aliases.map(comparable));
  /** Lower-cased query -> indexes of the documents whose names it matched; most recent last. */
  const remembered = new Map<string, readonly number[]>();

  const fuseOver = (index: typeof names, subset: readonly IndexRecord[], options: IFuseOptions<SearchDocument>) =>
    new Fuse(docs, options, Fuse.parseIndex<SearchDocument>({ keys: index.keys, records: subset as IndexRecord[] }));

  /**
   * Documents whose names can match `pattern`; no other one can. A match of a longer pattern with at
   * most k typos contains a match of its prefix with at most k typos, so a query extending a
   * remembered one under the same budget rescans only that one's matches. With no typos allowed, a
   * match is an exact substring.
   */
  const nameCandidates = (pattern: string): readonly IndexRecord[] => {
    const budget = typoBudget(pattern.length);
    if (pattern.length <= ONE_CHUNK) {
      let best: string | undefined;
      for (const key of remembered.keys()) {
        if (pattern.startsWith(key) && typoBudget(key.length) === budget && key.length > (best?.length ?? -1)) best = key;
      }
      if (best !== undefined) return remembered.get(best)!.map((i) => nameRecordOf[i]!);
    }
    if (budget === 0) return namesContaining(pattern).map((i) => nameRecordOf[i]!);
    return nameRecords;
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

      const nameHits = fuseOver(names, nameCandidates(pattern), nameOptions(pattern.length)).search(query);
      remember(pattern, nameHits.map((r) => r.refIndex));
      const inSummary = summariesContaining(pattern).map((i) => summaryRecordOf[i]!).filter(Boolean);
      const summaryHits = inSummary.length ? fuseOver(summaries, inSummary, summaryOptions(pattern.length)).search(query) : [];

      // One score as a single fuse.js instance over all four keys would give: each instance
      // normalises its own weights, so each score is raised to its share of the total weight.
      const scores = new Map<number, number>();
      for (const r of nameHits) scores.set(r.refIndex, (r.score ?? 1) ** NAME_SHARE);
      for (const r of summaryHits) scores.set(r.refIndex, (scores.get(r.refIndex) ?? 1) * (r.score ?? 1) ** (1 - NAME_SHARE));

      // Exact title, then exact alias, then the query as whole words of the title, then fuse's score.
      const key = comparable(query);
      const padded = ` ${key} `;
      const ranked = [...scores].map(([i, score]) => {
        const exact = !key ? undefined : titles[i] === key ? ('title' as const) : aliases[i]!.includes(key) ? ('alias' as const) : undefined;
        const words = Boolean(key) && paddedTitles[i]!.includes(padded);
        return { i, score, exact, tier: exact ? TIER[exact] : words ? TIER.words : TIER.none, words: words ? 0 : 1 };
      });
      ranked.sort((a, b) => a.tier - b.tier || a.words - b.words || a.score - b.score || a.i - b.i);
      const shown = ranked.slice(0, limit);

      // Match positions only for the hits shown: finding them costs more than matching.
      const marks = new Map<number, readonly FuseResultMatch[]>();
      const byName = new Set(nameHits.map((r) => r.refIndex));
      const summaryHit = new Set(summaryHits.map((r) => r.refIndex));
      const shownNames = shown.filter(({ i }) => byName.has(i)).map(({ i }) => nameRecordOf[i]!);
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
        if (!detail && summaryHit.has(i)) detail = { field: 'summary', text: doc.summary, ranges: occurrences(doc.summary, pattern) };
        return { doc, score, ...(exact ? { exact } : {}), title: { text: doc.title, ranges: titleRanges }, ...(detail ? { detail } : {}) };
      });
      return { query, total: ranked.length, hits };
    },
  };
}

/** Hits grouped by kind, groups in the order of their best hit, so the top hit leads the first group. */
export function groupByKind(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<Kind, SearchHit[]>();
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

export { MAX_QUERY_LENGTH, MIN_QUERY_LENGTH };
