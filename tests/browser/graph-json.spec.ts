/** `/api/graph.json` validates against its own published schema, and the schema is strict enough to catch a broken one. */
import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

async function load(request: import('@playwright/test').APIRequestContext) {
  const doc = (await (await request.get('api/graph.json')).json()) as Record<string, unknown> & {
    nodes: { id: string; url: string }[];
    edges: { source: string; target: string }[];
  };
  const schema = (await (await request.get('api/graph.schema.json')).json()) as Record<string, unknown>;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return { doc, schema, validate: ajv.compile(schema) };
}

test('the graph JSON validates against its schema', async ({ request, baseURL }) => {
  const { doc, schema, validate } = await load(request);
  expect(validate(doc), JSON.stringify(validate.errors, null, 2)).toBe(true);
  expect(doc.$schema).toBe(schema.$id);
  expect(schema.$id).toBe(new URL('api/graph.schema.json', baseURL).href);
  const ids = new Set(doc.nodes.map((n) => n.id));
  expect(ids.size).toBe(doc.nodes.length);
  for (const e of doc.edges) expect(ids.has(e.source) && ids.has(e.target), `${e.source} -> ${e.target}`).toBe(true);
  const rag = doc.nodes.find((n) => n.id === 'rag')!;
  expect(rag.url).toBe(new URL('approaches/rag/', baseURL).href);
  expect((await request.get(rag.url)).status()).toBe(200);
});

test('the schema rejects a document that breaks it', async ({ request }) => {
  const { doc, validate } = await load(request);
  const broken = structuredClone(doc);
  (broken.nodes[0] as Record<string, unknown>).kind = 'planets';
  (broken.edges[0] as Record<string, unknown>).type = 'loves';
  delete (broken.nodes[1] as Record<string, unknown>).title;
  delete (broken.nodes[2] as Record<string, unknown>).y;
  expect(validate(broken)).toBe(false);
  const paths = new Set((validate.errors ?? []).map((e) => e.instancePath));
  for (const path of ['/nodes/0/kind', '/edges/0/type', '/nodes/1', '/nodes/2']) expect(paths, path).toContain(path);
});

test('every node carries its layout position, and every use case the model\'s ranking beside its sources', async ({ request }) => {
  const { doc } = await load(request);
  type Node = { id: string; kind: string; x?: number; y?: number; decision?: { ranking: { approach: string; score: number }[]; recommended: string[]; resolution?: string } };
  const nodes = doc.nodes as unknown as Node[];
  for (const n of nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y), `${n.id} has x and y`).toBe(true);
  const useCases = nodes.filter((n) => n.kind === 'use-cases');
  expect(useCases.length).toBeGreaterThan(0);
  for (const n of nodes) expect(n.decision !== undefined, `${n.id} decision`).toBe(n.kind === 'use-cases');
  for (const u of useCases) {
    const expected = u.decision!.resolution ?? u.decision!.recommended[0];
    if (expected) expect(u.decision!.ranking[0]!.approach, u.id).toBe(expected);
  }
});
