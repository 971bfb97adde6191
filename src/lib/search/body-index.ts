/**
 * The full-text index, written at build time as small files so a query fetches only what it needs:
 *
 * - `index.json`: the head: the first term of each postings shard, the first node of each text
 *   chunk, each node's section count, and, while they are few, every search document (names,
 *   headings, sections; summaries travel as text).
 * - `terms-<n>.json`: postings for one alphabetical range of terms, as Pagefind shards by term, so
 *   a query's words and their prefixes mostly fall in one or two shards; with them the body words
 *   of the same range, so a word still being typed is completed from the shard it needs anyway.
 *   Once the documents are too many to travel whole, a shard also lists, for each of its terms, the
 *   nodes whose title or aliases hold it, and carries the documents of those and of the nodes where
 *   the term weighs most, so the names search and the first results need nothing else.
 * - `words.json`: every word, fetched only when a query word is in no shard as typed, to map a
 *   misspelt word onto real ones. Most queries never need it, so it stays off the first query's path.
 * - `text-<n>.json`: the sections' plain text for a run of nodes (and their documents, when those
 *   do not travel whole), fetched only for the results shown, for excerpts and quoted phrases.
 */
import type { ParsedNode } from '../content/validate.ts';
import type { GraphNode } from '../graph/model.ts';
import { searchDocuments, type SearchDocument } from './documents.ts';
import { docWire, readDoc, type WireDoc } from './records.ts';
import { nodeSections, type Section } from './sections.ts';
import { americanise, indexable, term, tokens } from './terms.ts';

/** Raw JSON bytes per postings shard: about 5 KB gzip, a few hundred terms at the real content. */
export const SHARD_BYTES = 16_000;
/**
 * Raw JSON bytes per postings shard once documents travel with the shards (about 20 KB gzip): terms
 * of one range share many documents, so bigger shards send each of those once, in fewer files.
 */
export const NAMED_SHARD_BYTES = 64_000;
/** Raw JSON bytes per text chunk: about 3 KB gzip, a handful of nodes. */
export const CHUNK_BYTES = 8_000;
/** Postings kept per term, the strongest first: a word in thousands of sections ranks by its other words. */
export const MAX_POSTINGS = 800;
/** A heading's words count this many times in their section. */
export const HEADING_WEIGHT = 3;
/**
 * Raw JSON bytes of every document on the wire up to which they travel whole in the head (about
 * 30 KB gzip): the real content's 221 nodes are 40 KB, 2,000 synthetic nodes 370 KB.
 */
export const WHOLE_NAMES_BYTES = 100_000;
/** Nodes per term whose documents travel with its shard besides the names holding it: the dialog shows 20 results. */
export const TOP_DOCS = 20;
/** Nodes listed per name term, the shortest titles first: a word in thousands of titles says little. */
export const MAX_NAME_DOCS = 400;
/** Vocabulary words shorter than this are left out: too short to have a typo forgiven. */
const MIN_WORD = 3;

/**
 * The head file (`index.json`) as search reads it: everything needed before the first postings shard.
 * While the documents are few they travel whole in it, and the names search sees them all; beyond
 * WHOLE_NAMES_BYTES a query reads them from the shards of its words, as it reads postings.
 */
export interface IndexHead {
  /** Changes whenever the index does; added to every shard's URL so no stale shard is read. */
  readonly version: string;
  /** The first term of each postings shard, sorted; shard n holds terms from shards[n] up to shards[n+1]. */
  readonly shards: readonly string[];
  /** The first document index of each text chunk. */
  readonly chunks: readonly number[];
  /** Each document's number of sections after its opening text, since postings number sections across documents. */
  readonly counts: readonly number[];
  /** Every document, when they travel whole; their summaries travel with the text chunks (section 0). */
  readonly docs?: readonly SearchDocument[];
}

/** The head file as written: chunk starts as gaps, documents as arrays, counts only where documents do not say them. */
export interface HeadWire {
  readonly version: string;
  readonly shards: readonly string[];
  readonly chunks: readonly number[];
  readonly counts?: readonly number[];
  readonly docs?: readonly WireDoc[];
}

/** Sorted words, each written as the length (one digit, up to 9) it shares with the one before, then the rest. */
export function frontCode(words: readonly string[]): string {
  let prev = '';
  return words.map((w) => {
    let i = 0;
    while (i < 9 && i < prev.length && i < w.length && prev[i] === w[i]) i++;
    prev = w;
    return `${i}${w.slice(i)}`;
  }).join(' ');
}

/** The words of frontCode's output. */
export function frontDecode(coded: string): string[] {
  const out: string[] = [];
  let prev = '';
  for (const item of coded.split(' ')) {
    if (!item) continue;
    const shared = Number(item[0]);
    if (!Number.isInteger(shared)) continue;
    prev = prev.slice(0, shared) + item.slice(1);
    out.push(prev);
  }
  return out;
}

/** Ascending numbers as the first and then the gaps between them: short numbers compress well. */
export function gaps(sorted: readonly number[]): number[] {
  return sorted.map((n, i) => (i ? n - sorted[i - 1]! : n));
}

/** The numbers gaps() wrote, or undefined when any is not a whole number. */
export function ungaps(wire: unknown): number[] | undefined {
  if (!Array.isArray(wire) || !wire.every((n) => Number.isInteger(n))) return undefined;
  let at = 0;
  return (wire as number[]).map((n) => (at += n));
}

/** The head file as written. */
export function headWire(head: IndexHead): HeadWire {
  return {
    version: head.version,
    shards: head.shards,
    chunks: gaps(head.chunks),
    ...(head.docs ? { docs: head.docs.map(docWire) } : { counts: head.counts }),
  };
}

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Reads a head file fetched from the network; anything malformed makes the whole file undefined. */
export function readHead(data: unknown): IndexHead | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const w = data as Record<string, unknown>;
  const chunks = ungaps(w.chunks);
  if (typeof w.version !== 'string' || !strings(w.shards) || !chunks) return undefined;
  const base = { version: w.version, shards: w.shards, chunks };
  if (Array.isArray(w.docs)) {
    const docs = w.docs.map(readDoc);
    // Section and chunk numbers count every document, so one dropped would shift the rest.
    if (!docs.every((d) => d !== undefined)) return undefined;
    return { ...base, docs, counts: docs.map((d) => d.sections?.length ?? 0) };
  }
  const counts = w.counts;
  if (!Array.isArray(counts) || !counts.every((n) => Number.isInteger(n) && n >= 0)) return undefined;
  return { ...base, counts: counts as number[] };
}

/**
 * A term's postings: the number of sections it occurs in, then (section gap, count) pairs, where a
 * section is numbered across all documents in order and gaps are from the previous one listed.
 */
export type Postings = readonly number[];
/**
 * One postings shard: its range's words front-coded (see frontCode) and each term's postings; when
 * documents do not travel whole, each name term's nodes (as gaps) and the documents the shard needs.
 */
export interface ShardFile {
  readonly words: string;
  readonly terms: Readonly<Record<string, Postings>>;
  readonly names?: Readonly<Record<string, readonly number[]>>;
  readonly docs?: readonly (readonly [number, WireDoc])[];
}
/** Each document's section texts for documents chunks[n] to chunks[n+1], and their documents when the head has none. */
export interface TextFile {
  readonly texts: readonly (readonly string[])[];
  readonly docs?: readonly WireDoc[];
}

export interface BodyIndex {
  readonly head: IndexHead;
  /** Every document, for the build and tests (the head has them only when they travel whole). */
  readonly docs: readonly SearchDocument[];
  /** Every distinct word (folded, American spelling), sorted and front-coded: `words.json`. */
  readonly words: string;
  readonly shards: readonly ShardFile[];
  readonly texts: readonly TextFile[];
}

export interface IndexOptions {
  /** See WHOLE_NAMES_BYTES. */
  readonly wholeNames?: number;
  /** See SHARD_BYTES and NAMED_SHARD_BYTES. */
  readonly shardBytes?: number;
}

/** A short, stable hash (FNV-1a) of a string, for versions. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** JSON bytes of a list of small whole numbers, near enough for sizing shards. */
function numbersBytes(list: readonly number[]): number {
  let bytes = 2;
  for (const n of list) bytes += n < 10 ? 2 : n < 100 ? 3 : String(n).length + 1;
  return bytes;
}

/** Builds the index over `docs`, whose sections (in the same order) are `sectionsOf[i]`. */
export function buildBodyIndex(docs: readonly SearchDocument[], sectionsOf: readonly (readonly Section[])[], options: IndexOptions = {}): BodyIndex {
  const wires = docs.map(docWire);
  const whole = JSON.stringify(wires).length <= (options.wholeNames ?? WHOLE_NAMES_BYTES);
  const shardBytes = options.shardBytes ?? (whole ? SHARD_BYTES : NAMED_SHARD_BYTES);
  /** term -> section number -> count */
  const counts = new Map<string, Map<number, number>>();
  const words = new Set<string>();
  const docOfSection: number[] = [];
  // Prose repeats its words, so each distinct word is spelt and stemmed once.
  const known = new Map<string, Map<number, number> | null>();
  const postingsOf = (word: string): Map<number, number> | null => {
    let found = known.get(word);
    if (found !== undefined) return found;
    found = null;
    if (indexable(word)) {
      const american = americanise(word);
      if (american.length >= MIN_WORD) words.add(american);
      const key = term(word);
      found = counts.get(key) ?? new Map<number, number>();
      counts.set(key, found);
    }
    known.set(word, found);
    return found;
  };
  const add = (text: string, section: number, weight: number) => {
    for (const t of tokens(text)) {
      const bySection = postingsOf(t.word);
      if (bySection) bySection.set(section, (bySection.get(section) ?? 0) + weight);
    }
  };
  sectionsOf.forEach((sections, doc) => {
    for (const s of sections) {
      add(s.heading, docOfSection.length, HEADING_WEIGHT);
      add(s.text, docOfSection.length, 1);
      docOfSection.push(doc);
    }
  });

  // Name term -> nodes whose title or aliases hold it, the shortest titles first, when names are sharded.
  const nameDocs = new Map<string, number[]>();
  if (!whole) {
    docs.forEach((d, i) => {
      for (const t of tokens([d.title, ...d.aliases].join(' '))) {
        if (!indexable(t.word)) continue;
        const american = americanise(t.word);
        if (american.length >= MIN_WORD) words.add(american);
        const key = term(t.word);
        const list = nameDocs.get(key) ?? [];
        if (list.at(-1) !== i) list.push(i);
        nameDocs.set(key, list);
      }
    });
    for (const [key, list] of nameDocs) {
      const kept = list.length > MAX_NAME_DOCS ? list.sort((a, b) => docs[a]!.title.length - docs[b]!.title.length || a - b).slice(0, MAX_NAME_DOCS) : list;
      nameDocs.set(key, kept.sort((a, b) => a - b));
    }
  }
  /** The TOP_DOCS nodes where a term counts most in one section. */
  const topDocs = (bySection: ReadonlyMap<number, number> | undefined): number[] => {
    if (whole || !bySection) return [];
    const best = new Map<number, number>();
    for (const [section, n] of bySection) {
      const doc = docOfSection[section]!;
      if (n > (best.get(doc) ?? 0)) best.set(doc, n);
    }
    return [...best].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, TOP_DOCS).map(([doc]) => doc);
  };
  const docBytes = wires.map((w, i) => JSON.stringify(w).length + String(i).length + 4);

  interface Building { terms: Record<string, Postings>; names: Record<string, number[]>; docs: Set<number> }
  const building: Building[] = [];
  const starts: string[] = [];
  let size = Infinity;
  for (const key of [...new Set([...counts.keys(), ...nameDocs.keys()])].sort()) {
    const bySection = counts.get(key);
    let postings: number[] | undefined;
    if (bySection) {
      let entries = [...bySection];
      if (entries.length > MAX_POSTINGS) entries = entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_POSTINGS);
      entries.sort((a, b) => a[0] - b[0]);
      postings = [bySection.size];
      let last = 0;
      for (const [s, n] of entries) {
        postings.push(s - last, n);
        last = s;
      }
    }
    const named = nameDocs.get(key);
    const needs = [...new Set([...(named ?? []), ...topDocs(bySection)])];
    const ownBytes = key.length + 6 + (postings ? numbersBytes(postings) : 0) + (named ? key.length + 4 + numbersBytes(gaps(named)) : 0);
    const docsBytes = (into: Building | undefined) => needs.reduce((n, d) => n + (into?.docs.has(d) ? 0 : docBytes[d]!), 0);
    if (size + ownBytes + docsBytes(building.at(-1)) > shardBytes) {
      building.push({ terms: {}, names: {}, docs: new Set() });
      starts.push(key);
      size = 0;
    }
    const shard = building.at(-1)!;
    size += ownBytes + docsBytes(shard);
    if (postings) shard.terms[key] = postings;
    if (named) shard.names[key] = gaps(named);
    for (const d of needs) shard.docs.add(d);
  }

  const texts: TextFile[] = [];
  const chunks: number[] = [];
  let chunkSize = Infinity;
  let chunk: { texts: string[][]; docs: WireDoc[] } | undefined;
  sectionsOf.forEach((sections, i) => {
    const list = sections.map((s) => s.text);
    const bytes = JSON.stringify(list).length + (whole ? 0 : docBytes[i]!);
    if (chunkSize + bytes > CHUNK_BYTES || !chunk) {
      chunk = { texts: [], docs: [] };
      texts.push(whole ? { texts: chunk.texts } : chunk);
      chunks.push(i);
      chunkSize = 0;
    }
    chunk.texts.push(list);
    chunk.docs.push(wires[i]!);
    chunkSize += bytes;
  });

  // Each shard carries the words in its range of terms, so completing a prefix reads the shard its term is in.
  const sortedWords = [...words].sort();
  const shardWords: string[][] = building.map(() => []);
  for (const w of sortedWords) shardWords[lastAtMost(starts, w)]?.push(w);
  const shards = building.map((b, n): ShardFile => ({
    words: frontCode(shardWords[n]!),
    terms: b.terms,
    ...(whole ? {} : { names: b.names, docs: [...b.docs].sort((x, y) => x - y).map((d) => [d, wires[d]!] as const) }),
  }));
  const sectionCounts = docs.map((_, i) => Math.max(0, (sectionsOf[i]?.length ?? 1) - 1));
  const version = hash(JSON.stringify([wires, starts, chunks, sectionCounts, whole]) + JSON.stringify(sortedWords) + JSON.stringify(texts));
  const head: IndexHead = { version, shards: starts, chunks, counts: sectionCounts, ...(whole ? { docs } : {}) };
  return { head, docs, words: frontCode(sortedWords), shards, texts };
}

/** Index of the last item of a sorted list that is not after `value` (0 when every one is). */
export function lastAtMost<T extends string | number>(sorted: readonly T[], value: T): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/**
 * The whole search index of a knowledge base: one search document per node (with its sections'
 * headings and ids) and the full-text files. `parsedOf` and `bodyOf` supply each node's validated
 * frontmatter and raw body; any kind is indexed the same way.
 */
export function searchIndex(
  nodes: readonly GraphNode[],
  parsedOf: (id: string) => ParsedNode | undefined,
  bodyOf: (id: string) => string | undefined,
  options: IndexOptions = {},
): BodyIndex {
  const sectionsOf = nodes.map((n) => {
    const parsed = parsedOf(n.id);
    return parsed ? nodeSections(parsed, bodyOf(n.id) ?? '') : [];
  });
  const docs = searchDocuments(nodes, bodyOf).map((d, i) => ({
    ...d,
    sections: sectionsOf[i]!.slice(1).map((s) => [s.heading, s.anchor] as const),
  }));
  return buildBodyIndex(docs, sectionsOf, options);
}
