/** The decision data as JSON: criteria, approaches, and every use case with the model's ranking. */
import type { APIRoute } from 'astro';
import { knowledge } from '../../data/knowledge.ts';
import { decisionDocument } from '../../lib/decision/document.ts';

export const GET: APIRoute = async () => {
  const k = await knowledge();
  return new Response(JSON.stringify(decisionDocument(k.nodes, k.decision)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
