/** The search documents, written once at build time and fetched by the search view on first use. */
import type { APIRoute } from 'astro';
import { knowledge } from '../data/knowledge.ts';
import { searchDocuments } from '../lib/search/documents.ts';

export const GET: APIRoute = async () => {
  const k = await knowledge();
  // Headings come from the raw body; the body itself never leaves this file.
  const docs = searchDocuments(k.graph.nodes, (id) => k.entry(id)?.body);
  return new Response(JSON.stringify(docs), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
