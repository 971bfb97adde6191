/** Link-preview data for this build: one node's card, read from the one validated knowledge base. */
import { previewOf, type Preview } from '../lib/preview/data.ts';
import { knowledge } from './knowledge.ts';

/** The preview card of node `id`; throws when there is no such node, so a bad route fails the build. */
export async function nodePreview(id: string): Promise<Preview> {
  const k = await knowledge();
  const parsed = k.parsed(id);
  const preview = parsed && previewOf(k.graph, parsed, k.decision);
  if (!preview) throw new Error(`nodePreview: no node ${id}`);
  return preview;
}
