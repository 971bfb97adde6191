/** The decision data as JSON: criteria, approaches, and every use case with the model's ranking. */
import type { APIRoute } from 'astro';
import { json } from '../../data/json.ts';
import { knowledge } from '../../data/knowledge.ts';
import { decisionDocument } from '../../lib/decision/document.ts';

export const GET: APIRoute = async () => {
  const k = await knowledge();
  return json(decisionDocument(k.nodes, k.decision, k.scenarios));
};
