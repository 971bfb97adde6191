/**
 * Search documents straight from a content folder, without building the site: what the benchmark
 * feeds the search at synthetic scale and what unit tests check ranking against. The site's endpoint
 * makes the same documents from the same graph model (src/pages/search-documents.json.ts).
 */
import { buildGraph } from '../../src/lib/graph/model.ts';
import { searchDocuments, type SearchDocument } from '../../src/lib/search/documents.ts';
import { loadContentFolder } from './content-folder.ts';

/** The search documents of the knowledge base in `root`; throws listing every problem when it is invalid. */
export function documentsFromFolder(root: string): SearchDocument[] {
  const { files, nodes } = loadContentFolder(root);
  const bodies = new Map(files.map((n) => [n.id, n.body]));
  return searchDocuments(buildGraph(nodes).nodes, (id) => bodies.get(id));
}
