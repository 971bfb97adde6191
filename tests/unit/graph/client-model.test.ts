import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildModel, labelFrom, neighbours, visibility } from '../../../src/client/graph/model.ts';
import { globalViewDoc } from '../../../src/lib/graph/view-data.ts';
import { graphOf } from './fixtures.ts';

describe('graph view model', () => {
  const doc = globalViewDoc(graphOf());
  const model = buildModel(doc);
  const all = (n: number) => Array.from({ length: n }, () => true);
  const kindIndex = (id: string) => doc.kinds.findIndex((k) => k.id === id);
  const typeIndex = (id: string) => doc.relations.findIndex((r) => r.id === id);

  it('holds every node and edge of the document', () => {
    assert.equal(model.n, doc.nodes.length);
    assert.equal(model.m, doc.edges.length);
    assert.equal(model.ids[model.index.get('rag')!], 'rag');
    const incident = model.incident.reduce((s, list) => s + list.length, 0);
    assert.equal(incident, 2 * doc.edges.length);
  });

  it('hides a kind with every edge that touches it', () => {
    const kinds = all(doc.kinds.length);
    kinds[kindIndex('sources')] = false;
    const vis = visibility(model, kinds, all(doc.relations.length));
    const sources = doc.nodes.filter((n) => n.kind === 'sources').length;
    assert.equal(vis.nodeCount, doc.nodes.length - sources);
    assert.equal(vis.edgeCount, doc.edges.filter((e) => doc.nodes[e.s]!.kind !== 'sources' && doc.nodes[e.t]!.kind !== 'sources').length);
  });

  it('hides a relation type but keeps its nodes', () => {
    const types = all(doc.relations.length);
    types[typeIndex('cites')] = false;
    const vis = visibility(model, all(doc.kinds.length), types);
    assert.equal(vis.nodeCount, doc.nodes.length);
    assert.equal(vis.edgeCount, doc.edges.filter((e) => e.type !== 'cites').length);
  });

  it('reads an edge forwards from its source and backwards from its target', () => {
    const e = doc.edges.findIndex((x) => x.type === 'mitigates');
    assert.equal(labelFrom(model, e, doc.edges[e]!.s), 'mitigates');
    assert.equal(labelFrom(model, e, doc.edges[e]!.t), 'mitigated by');
  });

  it('lists each visible neighbour once, in vocabulary order', () => {
    const vis = visibility(model, all(doc.kinds.length), all(doc.relations.length));
    const rag = model.index.get('rag')!;
    const near = neighbours(model, vis, rag);
    const ids = near.map((x) => model.ids[x.node]);
    assert.equal(new Set(ids).size, ids.length);
    const expected = new Set(doc.edges.flatMap((e) => (e.s === rag ? [doc.nodes[e.t]!.id] : e.t === rag ? [doc.nodes[e.s]!.id] : [])));
    assert.deepEqual(new Set(ids), expected);
    const types = near.map((x) => model.type[x.edge]!);
    assert.deepEqual(types, [...types].sort((a, b) => a - b));
  });
});
