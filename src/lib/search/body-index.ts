/**
 * The full-text index, written at build time as small files so a query fetches only what it needs:
 *
 * - `names.json`: the search documents (names, headings, each node's sections; summaries travel as text),
 *   the first term of each postings shard and the first node of each text chunk.
 * - `terms-<n>.json`: postings for one alphabetical range of terms, as Pagefind shards by term, so
 *   a query's words and their prefixes mostly fall in one or two shards; with them the body words
 *   of the same range, so a word still being typed is completed from the shard it needs anyway.
 * - `words.json`: every body word, fetched only when a query word is in no shard as typed, to map a
 *   misspelt word onto real ones. Most queries never need it, so it stays off the first query's path.
 * - `text-<n>.json`: the sections' plain text for a run of nodes, fetched only for the results shown,
 *   to cut excerpts from and to check quoted phrases.
 */
import type { ParsedNode } from '../content/validate.ts';
import type { GraphNode } from '../graph/model.ts';
import { KINDS } from '../content/kinds.ts';
import { nodePath } from '../shared/urls.ts';
import { isSearchDocument, searchDocuments, type SearchDocument } from './documents.ts';
import { PAGE_SECTIONS, nodeSections, type Section } from './sections.ts';
import { americanise, indexable, term, tokens } from './terms.ts';

/** Raw JSON bytes per postings shard: about 5 KB gzip, a few hundred terms at the real content. */
export const SHARD_BYTES = 16_000;
/** Raw JSON bytes per text chunk: about 3 KB gzip, a handful of nodes. */
export const CHUNK_BYTES = 8_000;
/** Postings kept per term, the strongest first: a word in thousands of sections ranks by its other words. */
export const MAX_POSTINGS = 800;
/** A heading's words count this many times in their section. */
export const HEADING_WEIGHT = 3;
/** Vocabulary words shorter than this are left out: too short to have a typo forgiven. */
const MIN_WORD = 3;

/** The names file as search reads it: everything needed before the first postings shard. */
export interface NamesFile {
  /** Changes whenever the index does; added to every shard's URL so no stale shard is read. */
  readonly version: string;
  /** The search documents; their summaries travel with the text chunks (section 0), not here. */
  readonly docs: readonly SearchDocument[];
  /** The first term of each postings shard, sorted; shard n holds terms from shards[n] up to shards[n+1]. */
  readonly shards: readonly string[];
  /** The first document index of each text chunk. */
  readonly chunks: readonly number[];
}

/**
 * A section on the wire: a heading whose id `headingIds` predicts (most are), a [heading, id] pair
 * when it does not, or the index of one of the page's own sections in PAGE_SECTION_KEYS.
 */
type WireSection = string | [string, string] | number;
/** One document on the wire: [id, kind (its number in KINDS), title, aliases, sections]; its path follows from kind and id, its headings from its sections. */
type WireDoc = [string, number, string, string[], WireSection[]];

/** The page's own sections, by their number on the wire. */
const PAGE_SECTION_KEYS = Object.keys(PAGE_SECTIONS) as (keyof typeof PAGE_SECTIONS)[];

/**
 * Heading ids as github-slugger makes them for one page, for the common case of letters, digits,
 * spaces and simple punctuation: lower case, other symbols dropped, spaces to hyphens, repeats
 * numbered. Where it would differ, the wire carries the real id.
 */
export function headingIds(): (heading: string) => string {
  const seen = new Map<string, number>();
  return (heading) => {
    const original = heading.toLowerCase().replace(/[^\p{L}\p{N}\p{M} _-]/gu, '').replace(/ /g, '-');
    let slug = original;
    while (seen.has(slug)) {
      const n = seen.get(original)! + 1;
      seen.set(original, n);
      slug = `${original}-${n}`;
    }
    seen.set(slug, 0);
    return slug;
  };
}

/** The names file as written: documents as arrays. */
export interface NamesWire {
  readonly version: string;
  readonly docs: readonly WireDoc[];
  readonly shards: readonly string[];
  readonly chunks: readonly number[];
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

/** The names file as written. */
export function namesWire(names: NamesFile): NamesWire {
  return {
    version: names.version,
    docs: names.docs.map((d) => {
      const predict = headingIds();
      const sections = (d.sections ?? []).map(([heading, anchor]): WireSection => {
        const page = PAGE_SECTION_KEYS.findIndex((k) => PAGE_SECTIONS[k].anchor === anchor && PAGE_SECTIONS[k].heading === heading);
        // Page sections are fixed headings the node page draws; everything else is the body's.
        if (page >= 0) return page;
        return predict(heading) === anchor ? heading : [heading, anchor];
      });
      return [d.id, KINDS.indexOf(d.kind), d.title, [...d.aliases], sections];
    }),
    shards: names.shards,
    chunks: names.chunks,
  };
}

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** A document's sections read back from the wire, or undefined when one is malformed. */
function readSections(wire: unknown): [string, string][] | undefined {
  if (!Array.isArray(wire)) return undefined;
  const predict = headingIds();
  const out: [string, string][] = [];
  for (const s of wire) {
    const page = typeof s === 'number' ? PAGE_SECTION_KEYS[s] : undefined;
    if (typeof s === 'string') out.push([s, predict(s)]);
    else if (page) out.push([PAGE_SECTIONS[page].heading, PAGE_SECTIONS[page].anchor]);
    else if (strings(s) && s.length === 2) out.push([s[0]!, s[1]!]);
    else return undefined;
  }
  return out;
}

/** Reads a names file fetched from the network; a malformed document makes the whole file undefined. */
export function readNamesWire(data: unknown): NamesFile | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const w = data as Record<string, unknown>;
  if (typeof w.version !== 'string' || !Array.isArray(w.docs) || !strings(w.shards) || !Array.isArray(w.chunks)) return undefined;
  if (!w.chunks.every((n) => Number.isInteger(n))) return undefined;
  const pageAnchors = new Set<string>(PAGE_SECTION_KEYS.map((k) => PAGE_SECTIONS[k].anchor));
  const docs = w.docs.flatMap((d): SearchDocument[] => {
    if (!Array.isArray(d) || d.length !== 5) return [];
    const [id, kindNumber, title, aliases, wire] = d as unknown[];
    const kind = typeof kindNumber === 'number' ? KINDS[kindNumber] : undefined;
    const sections = readSections(wire);
    if (typeof id !== 'string' || !kind || !sections) return [];
    const headings = sections.filter(([, anchor]) => !pageAnchors.has(anchor)).map(([h]) => h);
    const doc = { id, kind, title, aliases, headings, summary: '', path: nodePath(kind, id), sections };
    return isSearchDocument(doc) ? [doc] : [];
  });
  // Section and chunk numbers count every document, so one dropped would shift the rest.
  if (docs.length !== w.docs.length) return undefined;
  return { version: w.version, docs, shards: w.shards, chunks: w.chunks as number[] };
}

/**
 * A term's postings: the number of sections it occurs in, then (section gap, count) pairs, where a
 * section is numbered across all documents in order and gaps are from the previous one listed.
 */
export type Postings = readonly number[];
/** One postings shard: its range's body words front-coded (see frontCode), and each term's postings. */
export interface ShardFile {
  readonly words: string;
  readonly terms: Readonly<Record<string, Postings>>;
}
/** Each document's section texts, for documents chunks[n] to chunks[n+1]. */
export type TextFile = readonly (readonly string[])[];

export interface BodyIndex {
  readonly names: NamesFile;
  /** Every distinct body word (folded, American spelling), sorted and front-coded: `words.json`. */
  readonly words: string;
  readonly shards: readonly ShardFile[];
  readonly texts: readonly TextFile[];
}

/** A short, stable hash (FNV-1a) of a string, for versions. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** Builds the index over `docs`, whose sections (in the same order) are `sectionsOf[i]`. */
export function buildBodyIndex(docs: readonly SearchDocument[], sectionsOf: readonly (readonly Section[])[]): BodyIndex {
  /** term -> section number -> count */
  const counts = new Map<string, Map<number, number>>();
  const words = new Set<string>();
  let section = 0;
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
  for (const sections of sectionsOf) {
    for (const s of sections) {
      add(s.heading, section, HEADING_WEIGHT);
      add(s.text, section, 1);
      section++;
    }
  }

  const shards: Record<string, Postings>[] = [];
  const starts: string[] = [];
  let size = Infinity;
  for (const key of [...counts.keys()].sort()) {
    const bySection = counts.get(key)!;
    let entries = [...bySection];
    if (entries.length > MAX_POSTINGS) entries = entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_POSTINGS);
    entries.sort((a, b) => a[0] - b[0]);
    const postings: number[] = [bySection.size];
    let last = 0;
    for (const [s, n] of entries) {
      postings.push(s - last, n);
      last = s;
    }
    let bytes = key.length + 6;
    for (const n of postings) bytes += n < 10 ? 2 : n < 100 ? 3 : String(n).length + 1;
    if (size + bytes > SHARD_BYTES) {
      shards.push({});
      starts.push(key);
      size = 0;
    }
    shards.at(-1)![key] = postings;
    size += bytes;
  }

  const texts: string[][][] = [];
  const chunks: number[] = [];
  let chunkSize = Infinity;
  sectionsOf.forEach((sections, i) => {
    const list = sections.map((s) => s.text);
    const bytes = JSON.stringify(list).length;
    if (chunkSize + bytes > CHUNK_BYTES) {
      texts.push([]);
      chunks.push(i);
      chunkSize = 0;
    }
    texts.at(-1)!.push(list);
    chunkSize += bytes;
  });

  // Each shard carries the words in its range of terms, so completing a prefix reads the shard its term is in.
  const sortedWords = [...words].sort();
  const shardWords: string[][] = shards.map(() => []);
  for (const w of sortedWords) shardWords[lastAtMost(starts, w)]?.push(w);
  const shardFiles = shards.map((terms, n): ShardFile => ({ words: frontCode(shardWords[n]!), terms }));
  const body = { docs, shards: starts, chunks };
  const version = hash(JSON.stringify(body) + JSON.stringify(sortedWords) + JSON.stringify(texts));
  return { names: { version, ...body }, words: frontCode(sortedWords), shards: shardFiles, texts };
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
): BodyIndex {
  const sectionsOf = nodes.map((n) => {
    const parsed = parsedOf(n.id);
    return parsed ? nodeSections(parsed, bodyOf(n.id) ?? '') : [];
  });
  const docs = searchDocuments(nodes, bodyOf).map((d, i) => ({
    ...d,
    sections: sectionsOf[i]!.slice(1).map((s) => [s.heading, s.anchor] as const),
  }));
  return buildBodyIndex(docs, sectionsOf);
}
