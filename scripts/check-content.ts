/**
 * `npm run check:content`: validates the whole knowledge base before Astro builds it, printing every
 * problem at once. Astro alone would stop at the first schema error and only log broken references.
 */
import { ContentError, loadContentFolder } from './lib/content-folder.ts';

try {
  const { root, nodes } = loadContentFolder();
  console.log(`Content OK: ${nodes.length} nodes in ${root}.`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
