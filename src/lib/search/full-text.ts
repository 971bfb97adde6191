/**
 * Full-text search: the names search (engine.ts, fuse.js over titles, aliases, headings and
 * summaries) together with every word of every section, read from postings shards fetched as a
 * query needs them. Each query word maps onto the indexed vocabulary first: the word itself (its
 * stem, so plurals and British or American spellings meet), words it starts while still being
 * typed, and, when neither is there, the words fuse.js finds within the typo budget. Sections score
 * by their words' rarity; a node by its best section, names weighing more than any body text.
 */
import Fuse from 'fuse.js/basic';
import { type IndexHead, type Postings, frontDecode, lastAtMost, ungaps } from './body-index.ts';
import { nearCandidates } from './candidates.ts';
import type { SearchDocument } from './documents.ts';
import { cleanQuery, comparable, createSearcher, type SearchHit, type Highlight, type Searcher } from './engine.ts';
import { excerpt, type WordTest } from './excerpt.ts';
import { MIN_QUERY_LENGTH, typoBudget } from './options.ts';
import { containsPhrase, parseQuery, type ParsedQuery } from './query.ts';
import { readDoc } from './records.ts';
import { term } from './terms.ts';
import { textSet } from './text-set.ts';

/** Sub-results under a node. */
export const MAX_SECTIONS = 3;
/** Words a query word still being typed may stand for. */
const PREFIX_WORDS = 6;
/** Vocabulary words fuse.js may substitute for a misspelt one. */
const FUZZY_WORDS = 4;
/** Query words whose stand-ins are remembered. */
const REMEMBERED_WORDS = 500;
/** How much a stand-in counts against the word typed. */
const PREFIX_WEIGHT = 0.7;
const FUZZY_WEIGHT = 0.6;
/** Term-count saturation (BM25's k1). */
const SATURATION = 1.2;
/** Weight of a node's other matching sections beside its best. */
const OTHER_SECTIONS = 0.3;
/** Body score at which a node's body counts half its most (keeps body below names). */
const BODY_HALF = 6;
/** What a name match (title, alias, heading) is worth beside the body's most. */
const NAME_WEIGHT = 1.6;
/** Nodes whose text is fetched to check a quoted phrase. */
const PHRASE_CANDIDATES = 40;
/** Names hits taken into the merge: the list's length (at most this) plus EXTRA_NAME_HITS. */
const NAME_HITS = 100;
const EXTRA_NAME_HITS = 20;
/** Names searchers kept for the candidate sets of recent queries, when names come with the shards. */
const NAME_SEARCHERS = 24;

/** One of the node's sections that matched, shown under it. */
export interface SectionHit {
  readonly heading: string;
  /** The heading's id on the node's page. */
  readonly anchor: string;
  readonly excerpt?: Highlight;
}

export interface FullHit extends SearchHit {
  /** The node's own excerpt (its opening text), when that matched. */
  readonly excerpt?: Highlight;
  /** Up to MAX_SECTIONS matching sections, best first. */
  readonly sections: readonly SectionHit[];
}

export interface FullResults {
  readonly query: string;
  readonly total: number;
  readonly hits: readonly FullHit[];
}

export interface FullTextSearcher {
  /** Searches for `query`; `excerpts` caps the hits whose text is fetched for excerpts. */
  search(query: string, limit?: number, excerpts?: number): Promise<FullResults>;
  readonly size: number;
  /** Files fetched so far, by name, for tests and the benchmark. */
  readonly fetched: readonly string[];
}

/** Fetches an index file by name (`terms-3.json`, `text-0.json`, `words.json`), parsed. */
export type IndexLoader = (file: string) => Promise<unknown>;

interface Alternative {
  readonly term: string;
  readonly weight: number;
  /** Found by forgiving a typo, which ranks below any match as typed. */
  readonly typo: boolean;
}

/** A query word and what it may stand for in the index. */
interface Slot {
  readonly word: string;
  readonly alts: readonly Alternative[];
}

const isPostings = (v: unknown): v is Postings => Array.isArray(v) && v.every((n) => typeof n === 'number' && Number.isFinite(n));

/** A postings shard as read: its words decoded, its terms as sent, its name terms' nodes and their documents. */
interface Shard {
  readonly words: readonly string[];
  readonly terms: Readonly<Record<string, unknown>>;
  readonly names: Readonly<Record<string, unknown>>;
  readonly docs: readonly (readonly [number, SearchDocument])[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Documents sent as [index, document] pairs; malformed ones are left out. */
function readNumbered(wire: unknown): [number, SearchDocument][] {
  if (!Array.isArray(wire)) return [];
  return wire.flatMap((pair): [number, SearchDocument][] => {
    if (!Array.isArray(pair) || !Number.isInteger(pair[0])) return [];
    const doc = readDoc(pair[1]);
    return doc ? [[pair[0] as number, doc]] : [];
  });
}

/** A shard file fetched from the network, read defensively: anything malformed reads as empty. */
function readShard(data: unknown): Shard {
  if (!isRecord(data)) return { words: [], terms: {}, names: {}, docs: [] };
  const { words, terms, names, docs } = data;
  return {
    words: typeof words === 'string' ? frontDecode(words) : [],
    terms: isRecord(terms) ? terms : {},
    names: isRecord(names) ? names : {},
    docs: readNumbered(docs),
  };
}

/** A text chunk as read: each node's section texts, and the nodes' documents when the head has none. */
interface Chunk {
  readonly texts: readonly unknown[];
  readonly docs: readonly unknown[];
}

function readChunk(data: unknown): Chunk {
  if (!isRecord(data)) return { texts: [], docs: [] };
  return { texts: Array.isArray(data.texts) ? data.texts : [], docs: Array.isArray(data.docs) ? data.docs : [] };
}

/** Words whose index terms are remembered for excerpts; far more than the words of the texts a session reads. */
const MAX_TERMS = 50_000;
/** Terms shorter than this come only from words too short for the vocabulary, which never matched as typed. */
const MIN_TERM = 3;

/**
 * The searcher over an index head; postings, texts and (when the head does not carry them) the
 * documents come through `load` when a query needs them.
 */
export function createFullTextSearcher(head: IndexHead, load: IndexLoader): FullTextSearcher {
  const size = head.counts.length;
  /** The documents known so far, by index: all of them when they travel whole. */
  const docs: (SearchDocument | undefined)[] = head.docs ? [...head.docs] : [];
  const docIndex = new Map<SearchDocument, number>();
  docs.forEach((d, i) => docIndex.set(d!, i));
  const learn = (i: number, d: SearchDocument) => {
    if (docs[i] || i < 0 || i >= size) return;
    docs[i] = d;
    docIndex.set(d, i);
  };
  const whole = head.docs ? createSearcher(head.docs) : undefined;
  /** Names searchers over the candidates of recent queries, by their sorted indexes, when documents come with shards. */
  const nameSearchers = new Map<string, Searcher>();
  const namesSearchOver = (candidates: readonly number[]): Searcher => {
    if (whole) return whole;
    const key = candidates.join(' ');
    let searcher = nameSearchers.get(key);
    if (searcher) {
      nameSearchers.delete(key);
    } else {
      searcher = createSearcher(candidates.map((i) => docs[i]!));
      if (nameSearchers.size >= NAME_SEARCHERS) nameSearchers.delete(nameSearchers.keys().next().value!);
    }
    nameSearchers.set(key, searcher);
    return searcher;
  };
  const namesKeys = new Map<number, string>();
  /** A document's names as one comparison key with spaces at both ends, made once. */
  const namesKey = (doc: number): string => {
    let key = namesKeys.get(doc);
    if (key === undefined) {
      const d = docs[doc]!;
      key = ` ${comparable([d.title, ...d.aliases, ...d.headings].join(' '))} `;
      namesKeys.set(doc, key);
    }
    return key;
  };
  /** Each document's title as a comparison key with spaces at both ends, made once; empty while the document is unknown. */
  const titleKeys: string[] = [];
  const titleKey = (doc: number): string => {
    const d = docs[doc];
    return d ? (titleKeys[doc] ??= ` ${comparable(d.title)} `) : '';
  };
  /** Index terms of the words excerpts are cut from: prose repeats its words, so each is spelt and stemmed once. */
  const terms = new Map<string, string>();
  const termOf = (word: string): string => {
    let t = terms.get(word);
    if (t === undefined) {
      if (terms.size >= MAX_TERMS) terms.clear();
      terms.set(word, (t = term(word)));
    }
    return t;
  };
  /** The whole vocabulary and a lookup of the words holding a piece, loaded the first time a typo needs forgiving. */
  let vocabulary: Promise<{ words: readonly string[]; containing: (piece: string) => number[] }> | undefined;
  /** Query word (with a mark when it may be a prefix) -> what it stands for; typing repeats the words before the last. */
  const remembered = new Map<string, Alternative[]>();
  const sectionStart: number[] = [];
  const docOfSection: number[] = [];
  head.counts.forEach((count, i) => {
    sectionStart.push(docOfSection.length);
    for (let s = 0; s <= count; s++) docOfSection.push(i);
  });
  const totalSections = docOfSection.length;
  const shards = new Map<number, Promise<Shard>>();
  const texts = new Map<number, Promise<Chunk>>();
  const fetched: string[] = [];

  const file = (name: string) => {
    fetched.push(name);
    return load(`${name}?v=${head.version}`);
  };
  const shard = (n: number): Promise<Shard> => {
    let p = shards.get(n);
    if (!p) {
      p = file(`terms-${n}.json`).then((data) => {
        const read = readShard(data);
        for (const [i, d] of read.docs) learn(i, d);
        return read;
      });
      p.catch(() => shards.delete(n));
      shards.set(n, p);
    }
    return p;
  };
  const chunk = (n: number): Promise<Chunk> => {
    let p = texts.get(n);
    if (!p) {
      p = file(`text-${n}.json`).then((data) => {
        const read = readChunk(data);
        read.docs.forEach((wire, k) => {
          const d = readDoc(wire);
          if (d) learn(head.chunks[n]! + k, d);
        });
        return read;
      });
      p.catch(() => texts.delete(n));
      texts.set(n, p);
    }
    return p;
  };
  const chunkOf = (doc: number): number => lastAtMost(head.chunks, doc);
  const sectionTexts = async (doc: number): Promise<readonly string[]> => {
    const n = chunkOf(doc);
    const list = (await chunk(n)).texts[doc - head.chunks[n]!];
    // Kept in place, not filtered: a section's text is found by its number.
    return Array.isArray(list) ? list.map((t) => (typeof t === 'string' ? t : '')) : [];
  };

  const loadVocabulary = () => {
    vocabulary ??= file('words.json').then((data) => {
      const words = typeof data === 'string' ? frontDecode(data) : [];
      return { words, containing: textSet(words) };
    });
    vocabulary.catch(() => (vocabulary = undefined));
    return vocabulary;
  };

  /** True when `key` is a term of the index, in a body or a name (of a word long enough to be in the vocabulary). */
  const hasTerm = async (key: string): Promise<boolean> => key.length >= MIN_TERM && ((await postingsOf(key)) !== undefined || (await namedBy(key)).length > 0);

  /** Vocabulary words starting with `prefix`, shortest first, read from the shards its range falls in. */
  const completions = async (prefix: string): Promise<string[]> => {
    const first = lastAtMost(head.shards, prefix);
    const last = lastAtMost(head.shards, `${prefix}\uffff`);
    const out: string[] = [];
    for (let n = first; n <= last && out.length < 64; n++) {
      for (const w of (await shard(n)).words) {
        if (out.length >= 64) break;
        if (w.startsWith(prefix) && w !== prefix) out.push(w);
      }
    }
    return out.sort((a, b) => a.length - b.length).slice(0, PREFIX_WORDS);
  };

  /**
   * Vocabulary words within `budget` typos of `word`, best first, found by fuse.js. Only words that
   * hold one of budget + 1 pieces of `word` can be that close (one piece escapes every typo), so
   * fuse.js scores those few rather than the whole vocabulary.
   */
  const typoMatches = async (word: string, budget: number) => {
    const { words, containing } = await loadVocabulary();
    const near = new Set<string>();
    for (const i of nearCandidates(word, budget, words.length, containing) ?? containing(word)) {
      if (Math.abs(words[i]!.length - word.length) <= budget) near.add(words[i]!);
    }
    if (!near.size) return [];
    return new Fuse([...near], { includeScore: true, ignoreLocation: true, useExtendedSearch: false }).search(word, { limit: FUZZY_WORDS * 4 });
  };

  /** What each query word may stand for in the index. */
  const alternatives = async (query: ParsedQuery): Promise<Slot[]> => {
    const list = [...query.words];
    // "drop out" may be the indexed word "dropout".
    for (let i = 0; i + 1 < list.length; i++) {
      const joined = list[i]! + list[i + 1]!;
      if (await hasTerm(term(joined))) list.splice(i, 2, joined);
    }
    return Promise.all(list.map(async (word, i) => {
      const open = query.open && i === list.length - 1;
      const key = `${open ? '*' : ''}${word}`;
      const known = remembered.get(key);
      if (known) return { word, alts: known };
      const alts: Alternative[] = [];
      const own = term(word);
      if (await hasTerm(own)) alts.push({ term: own, weight: 1, typo: false });
      if (open && word.length >= 3) {
        for (const w of await completions(word)) alts.push({ term: term(w), weight: PREFIX_WEIGHT, typo: false });
      }
      const budget = typoBudget(word.length);
      if (!alts.length && budget > 0) {
        const threshold = (budget + 0.5) / word.length;
        for (const r of await typoMatches(word, budget)) {
          if ((r.score ?? 1) > threshold || Math.abs(r.item.length - word.length) > budget) continue;
          alts.push({ term: term(r.item), weight: FUZZY_WEIGHT, typo: true });
          if (alts.length >= FUZZY_WORDS) break;
        }
      }
      const unique = new Map<string, Alternative>();
      for (const a of alts) if (!unique.has(a.term) || unique.get(a.term)!.weight < a.weight) unique.set(a.term, a);
      if (remembered.size >= REMEMBERED_WORDS) remembered.clear();
      remembered.set(key, [...unique.values()]);
      return { word, alts: remembered.get(key)! };
    }));
  };

  async function postingsOf(key: string): Promise<Postings | undefined> {
    const data = (await shard(lastAtMost(head.shards, key))).terms[key];
    return isPostings(data) ? data : undefined;
  }

  /** Nodes whose title or aliases hold `key`, with their documents known, when names come with the shards. */
  async function namedBy(key: string): Promise<number[]> {
    if (whole) return [];
    const list = ungaps((await shard(lastAtMost(head.shards, key))).names[key]) ?? [];
    return list.filter((i) => docs[i] !== undefined);
  }

  /** Makes sure the documents of `list` are known, fetching the text chunks of those that are not. */
  const know = async (list: readonly number[]) => {
    await Promise.all([...new Set(list.filter((i) => !docs[i]).map(chunkOf))].map((n) => chunk(n).catch(() => undefined)));
  };

  return {
    size,
    fetched,
    async search(raw, limit = Infinity, excerptLimit = limit) {
      const query = cleanQuery(raw);
      if (query.length < MIN_QUERY_LENGTH) return { query, total: 0, hits: [] };
      const parsed = parseQuery(query, raw);
      const slots = await alternatives(parsed);
      const keys = [...new Set(slots.flatMap((s) => s.alts.map((a) => a.term)))];
      const lists = new Map(await Promise.all(keys.map(async (k) => [k, await postingsOf(k)] as const)));

      // Section scores, summed over the query's words, each word counted once at its best stand-in.
      const sectionScore = new Map<number, number>();
      const docSlots = new Map<number, Set<number>>();
      /** Document -> query words it matches as typed (no typo forgiven). */
      const asTyped = new Map<number, Set<number>>();
      const matchedTerms = new Set<string>();
      const mark = (to: Map<number, Set<number>>, doc: number, slot: number) => {
        let set = to.get(doc);
        if (!set) to.set(doc, (set = new Set()));
        set.add(slot);
      };
      slots.forEach(({ alts }, slot) => {
        const best = new Map<number, number>();
        for (const alt of alts) {
          const p = lists.get(alt.term);
          if (!p) continue;
          matchedTerms.add(alt.term);
          const idf = Math.log(1 + totalSections / Math.max(1, p[0]!));
          let section = 0;
          for (let i = 1; i + 1 < p.length; i += 2) {
            section += p[i]!;
            const count = p[i + 1]!;
            if (section >= totalSections) break;
            const s = alt.weight * idf * ((count * (SATURATION + 1)) / (count + SATURATION));
            if (s > (best.get(section) ?? 0)) best.set(section, s);
            if (!alt.typo) mark(asTyped, docOfSection[section]!, slot);
          }
        }
        for (const [section, s] of best) {
          sectionScore.set(section, (sectionScore.get(section) ?? 0) + s);
          mark(docSlots, docOfSection[section]!, slot);
        }
      });

      const bySection = new Map<number, [number, number][]>();
      for (const [section, s] of sectionScore) {
        const doc = docOfSection[section]!;
        const list = bySection.get(doc);
        if (list) list.push([section, s]);
        else bySection.set(doc, [[section, s]]);
      }
      // Nodes holding the most of the query's words; a word no node has is dropped rather than emptying the results.
      const most = Math.max(0, ...[...docSlots.values()].map((set) => set.size));
      const bodyScore = new Map<number, number>();
      for (const [doc, list] of bySection) {
        if (docSlots.get(doc)!.size < most) continue;
        list.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
        const raw = list[0]![1] + OTHER_SECTIONS * list.slice(1).reduce((n, [, s]) => n + s, 0);
        const coverage = slots.length ? docSlots.get(doc)!.size / slots.length : 1;
        bodyScore.set(doc, (raw / (raw + BODY_HALF)) * coverage ** 2);
      }

      // Enough names hits to fill the list after merging; fewer means fewer highlights to compute.
      // When names come with the shards, only nodes whose names hold one of the query's words (or a
      // stand-in for one) are candidates, so results do not depend on what earlier queries loaded.
      const candidates = whole ? [] : [...new Set((await Promise.all(keys.map(namedBy))).flat())].sort((a, b) => a - b);
      const named = whole || candidates.length
        ? namesSearchOver(candidates).search(parsed.text || query, Math.min(limit, NAME_HITS) + EXTRA_NAME_HITS)
        : { hits: [] };
      const nameHit = new Map(named.hits.map((h) => [docIndex.get(h.doc)!, { hit: h }]));
      const score = new Map<number, number>();
      for (const [doc, s] of bodyScore) score.set(doc, s);
      for (const [doc, { hit }] of nameHit) score.set(doc, (score.get(doc) ?? 0) + NAME_WEIGHT * (1 - hit.score));
      // Names that hold a query word as typed count it as typed, as the body does.
      for (const doc of nameHit.keys()) {
        const text = namesKey(doc);
        slots.forEach(({ word }, slot) => {
          if (text.includes(` ${comparable(word)}`)) mark(asTyped, doc, slot);
        });
      }
      // An exact title, then an exact alias, then a title that starts with the query's words, then one
      // that holds them as whole words elsewhere ("LoRA (...)" before "A minimal LoRA script"), then
      // every word found as typed, then words forgiven a typo (as Meilisearch ranks typos before relevance).
      const key = comparable(parsed.text || query);
      const tier = (doc: number) => {
        const e = nameHit.get(doc)?.hit.exact;
        if (e === 'title') return 0;
        if (e === 'alias') return 1;
        const title = titleKey(doc);
        if (key && title.startsWith(` ${key} `)) return 2;
        if (key && title.includes(` ${key} `)) return 3;
        return (asTyped.get(doc)?.size ?? 0) >= slots.length ? 4 : 5;
      };
      const tiers = new Map([...score.keys()].map((doc) => [doc, tier(doc)]));
      let ranked = [...score.keys()].sort((a, b) => tiers.get(a)! - tiers.get(b)! || score.get(b)! - score.get(a)! || a - b);

      // A quoted phrase must stand in the node's text (or its names) word for word.
      if (parsed.phrases.length) {
        const checked = ranked.slice(0, PHRASE_CANDIDATES);
        const keep = await Promise.all(checked.map(async (doc) => {
          const own = await sectionTexts(doc);
          const d = docs[doc];
          const all = [...(d ? [d.title, ...d.aliases, ...d.headings, d.summary] : []), ...own];
          return parsed.phrases.every((phrase) => all.some((t) => containsPhrase(t, phrase)));
        }));
        ranked = checked.filter((_, i) => keep[i]);
      }

      let shown = ranked.slice(0, limit);
      // Nodes shown need their documents: most came with the shards, the rest come with their text.
      await know(shown);
      shown = shown.filter((doc) => docs[doc] !== undefined);
      const isMatch: WordTest = (word) => matchedTerms.has(termOf(word));
      // Excerpts come from chunks already fetched and from at most one more, the best hit's still
      // missing, so a query costs one text request however its hits are spread over the chunks.
      const wanting = shown.slice(0, excerptLimit).map(chunkOf);
      const fetch = wanting.find((n) => !texts.has(n));
      const readable = new Set([...wanting.filter((n) => texts.has(n)), ...(fetch === undefined ? [] : [fetch])]);
      const hits = await Promise.all(shown.map(async (doc, i): Promise<FullHit> => {
        const d = docs[doc]!;
        const base: SearchHit = nameHit.get(doc)?.hit ?? { doc: d, score: 1, title: { text: d.title, ranges: [] } };
        const sections = (bySection.get(doc) ?? []).map(([section]) => section - sectionStart[doc]!);
        const own = i < excerptLimit && readable.has(chunkOf(doc)) ? await sectionTexts(doc) : [];
        const sub: SectionHit[] = sections
          .filter((s) => s > 0 && d.sections?.[s - 1])
          .slice(0, MAX_SECTIONS)
          .map((s) => {
            const [heading, anchor] = d.sections![s - 1]!;
            const text = own[s];
            return { heading, anchor, ...(text ? { excerpt: excerpt(text, isMatch) } : {}) };
          });
        // The opening text (summary first) stands under the title even where it did not match.
        const intro = own[0] ? excerpt(own[0], isMatch) : undefined;
        return { ...base, sections: sub, ...(intro ? { excerpt: intro } : {}) };
      }));
      return { query, total: parsed.phrases.length ? ranked.length : score.size, hits };
    },
  };
}
