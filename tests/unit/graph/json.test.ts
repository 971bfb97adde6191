import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { buildGraph } from '../../../src/lib/graph/model.ts';
import { attachPositions, graphDocument, type GraphJson } from '../../../src/lib/graph/json.ts';
import { graphSchema } from '../../../src/lib/graph/json-schema.ts';
import { nodePath } from '../../../src/lib/shared/urls.ts';
import { validateNodes } from '../../../src/lib/content/validate.ts';
import { validNodes } from '../content/fixtures.ts';

const site = 'https://example.org/sub/';
const schemaUrl = `${site}api/graph.schema.json`;
const graph = buildGraph(validateNodes(validNodes()).nodes);
const docOf = (positions?: Map<string, { x: number; y: number }>) =>
  graphDocument(graph, { site, schemaUrl, pathOf: nodePath, generated: '2026-01-01T00:00:00.000Z', positions });

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(graphSchema(schemaUrl));

describe('graph JSON', () => {
  it('has every node and edge of the graph, with URLs under the base path and both labels', () => {
    const doc = docOf();
    assert.equal(doc.nodes.length, graph.nodes.length);
    assert.equal(doc.edges.length, graph.edges.length);
    assert.equal(doc.nodes.find((n) => n.id === 'rag')!.url, 'https://example.org/sub/approaches/rag/');
    const m = doc.edges.find((e) => e.type === 'mitigates')!;
    assert.equal(m.label, 'mitigates');
    assert.equal(m.inverseLabel, 'mitigated by');
    assert.equal(doc.relationTypes['part-of'].inverseLabel, 'has part');
  });

  it('validates against its own schema, with and without positions', () => {
    assert.equal(validate(docOf()), true, JSON.stringify(validate.errors));
    const withXY = docOf(new Map([['rag', { x: 1.5, y: -2 }]]));
    assert.equal(validate(withXY), true, JSON.stringify(validate.errors));
    assert.deepEqual(withXY.nodes.find((n) => n.id === 'rag'), { ...docOf().nodes.find((n) => n.id === 'rag'), x: 1.5, y: -2 });
  });

  it('fails the schema when a field is missing, unknown or out of the vocabulary', () => {
    const broken = structuredClone(docOf()) as unknown as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[]; schemaVersion: string };
    delete broken.nodes[0]!.summary;
    broken.nodes[1]!.colour = 'red';
    broken.edges[0]!.type = 'adores';
    broken.schemaVersion = '2.0';
    assert.equal(validate(broken), false);
    assert.ok((validate.errors ?? []).length >= 4);
  });

  it('attaches only finite positions, and leaves the other nodes without x and y', () => {
    const nodes = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const out = attachPositions(nodes, new Map([['a', { x: 1, y: 2 }], ['b', { x: Number.NaN, y: 0 }]]));
    assert.deepEqual(out, [{ id: 'a', x: 1, y: 2 }, { id: 'b' }, { id: 'c' }]);
  });

  it('is plain JSON', () => {
    const doc: GraphJson = docOf();
    assert.deepEqual(JSON.parse(JSON.stringify(doc)), doc);
  });
});
