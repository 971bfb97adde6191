/**
 * Search quality over the committed reader query set (tests/unit/search/reader-queries.json): hit at
 * 3 (an expected node among the first three results) and mean reciprocal rank (1 / the rank of the
 * first expected node, 0 beyond the first ten). The unit test holds hit-at-3; the benchmark prints both.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BodyIndex } from '../../src/lib/search/body-index.ts';
import type { IndexLoader } from '../../src/lib/search/full-text.ts';

export interface ReaderQuery {
  readonly query: string;
  /** What the query exercises: body word, typo, spelling, plural, phrase, number, name. */
  readonly kind: string;
  /** Node ids that count as a right answer. */
  readonly expect: readonly string[];
  /** The heading id the first expected node's sub-results must include, where it matters. */
  readonly section?: string;
}

/** A ranked result: a node id and the heading ids of its sub-results. */
export interface Ranked {
  readonly id: string;
  readonly anchors: readonly string[];
}

export interface Quality {
  readonly hitAt3: number;
  readonly mrr: number;
  /** Queries with no expected node in the first three, each with what came first. */
  readonly misses: readonly string[];
  /** Queries whose expected section was not among the expected node's sub-results. */
  readonly sectionMisses: readonly string[];
}

/** Ranks counted for reciprocal rank. */
const DEPTH = 10;

/** The committed reader queries. */
export function readerQueries(file = resolve('tests/unit/search/reader-queries.json')): ReaderQuery[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: ReaderQuery[] }).queries;
}

/** Runs every query through `search` and scores the rankings. */
export async function measureQuality(queries: readonly ReaderQuery[], search: (query: string) => Promise<readonly Ranked[]>): Promise<Quality> {
  let hits = 0;
  let rr = 0;
  const misses: string[] = [];
  const sectionMisses: string[] = [];
  for (const q of queries) {
    const ranked = (await search(q.query)).slice(0, DEPTH);
    const at = ranked.findIndex((r) => q.expect.includes(r.id));
    if (at >= 0 && at < 3) hits++;
    else misses.push(`${q.query} -> ${ranked.slice(0, 3).map((r) => r.id).join(', ') || 'nothing'}${at >= 0 ? ` (expected at ${at + 1})` : ''}`);
    if (at >= 0) rr += 1 / (at + 1);
    if (q.section) {
      const node = ranked.find((r) => r.id === q.expect[0]);
      if (!node?.anchors.includes(q.section)) sectionMisses.push(`${q.query}: ${q.expect[0]} has ${node ? node.anchors.join(', ') || 'no sections' : 'no result'}`);
    }
  }
  return { hitAt3: hits / queries.length, mrr: rr / queries.length, misses, sectionMisses };
}

/** Serves an index built in memory as the site serves its files, for the full-text searcher outside a browser. */
export function memoryLoader(index: BodyIndex): IndexLoader {
  return async (file) => {
    if (/^words\.json(?:\?.*)?$/.test(file)) return index.words;
    const m = /^(terms|text)-(\d+)\.json(?:\?.*)?$/.exec(file);
    const list = m?.[1] === 'terms' ? index.shards : index.texts;
    const data = m ? list[Number(m[2])] : undefined;
    if (data === undefined) throw new Error(`no index file ${file}`);
    return structuredClone(data);
  };
}
