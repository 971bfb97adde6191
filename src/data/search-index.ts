/** The search index of this build, made once from the one graph model and every node's body. */
import { searchIndex, type BodyIndex } from '../lib/search/body-index.ts';
import { knowledge } from './knowledge.ts';

let index: Promise<BodyIndex> | undefined;

/** The names file, postings shards and text chunks, computed once per build. */
export function siteSearchIndex(): Promise<BodyIndex> {
  index ??= knowledge().then((k) => searchIndex(k.graph.nodes, (id) => k.parsed(id), (id) => k.entry(id)?.body));
  return index;
}
