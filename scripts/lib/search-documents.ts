/**
 * Search documents straight from a content folder, without building the site: what the benchmark
 * feeds the search at synthetic scale and what unit tests check ranking against. The site's endpoint
 * makes the same documents from the same graph model (src/pages/search-documents.json.ts).
 */
import { buildGraph } from '../../src/lib/graph/model.ts';
import { searchDocuments, type SearchDocument } from '../../src/lib/search/documents.ts';
import { formatProblems, validateNodes } from '../../src/lib/content/validate.ts';
import { readContent } from './read-content.ts';

/** The search documents of the knowledge base in `root`; throws listing every problem when it is invalid. */
export function documentsFromFolder(root: string): SearchDocument[] {
  const { nodes: raw, errors } = readContent(root);
  if (errors.length) throw new Error(errors.map((e) => `${e.file}: ${e.message}`).join('\n'));
  const { nodes, problems } = validateNodes(raw);
  if (problems.length) throw new Error(formatProblems(problems));
  const bodies = new Map(raw.map((n) => [n.id, n.body]));
  return searchDocuments(buildGraph(nodes).nodes, (id) => bodies.get(id));
}
