/**
 * Search documents and the full-text index straight from a content folder, without building the
 * site: what the benchmark feeds the search at synthetic scale and what unit tests check ranking
 * against. The site's endpoints make the same files from the same graph model (src/data/search-index.ts).
 */
import { buildGraph } from '../../src/lib/graph/model.ts';
import { searchIndex, type BodyIndex, type IndexOptions } from '../../src/lib/search/body-index.ts';
import type { SearchDocument } from '../../src/lib/search/documents.ts';
import { loadContentFolder } from './content-folder.ts';

/** The full search index of the knowledge base in `root`; throws listing every problem when it is invalid. */
export function indexFromFolder(root: string, options: IndexOptions = {}): BodyIndex {
  const { files, nodes } = loadContentFolder(root);
  const bodies = new Map(files.map((n) => [n.id, n.body]));
  const parsed = new Map(nodes.map((n) => [n.id, n]));
  return searchIndex(buildGraph(nodes).nodes, (id) => parsed.get(id), (id) => bodies.get(id), options);
}

/** The search documents of the knowledge base in `root`, as the names search reads them. */
export function documentsFromFolder(root: string): SearchDocument[] {
  return [...indexFromFolder(root).docs];
}
