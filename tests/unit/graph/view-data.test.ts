import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { depthsFrom, globalViewDoc, layoutOf, localViewDoc, type GraphViewDoc } from '../../../src/lib/graph/view-data.ts';
import { nodeRadius } from '../../../src/lib/graph/layout.ts';
import { KINDS } from '../../../src/lib/content/kinds.ts';
import { RELATION_TYPE_IDS } from '../../../src/lib/content/relations.ts';
import { graphOf, largerGraph } from './fixtures.ts';

const edgeKeys = (doc: GraphViewDoc) => doc.edges.map((e) => `${doc.nodes[e.s]!.id} ${e.type} ${doc.nodes[e.t]!.id}`).sort();

describe('globalViewDoc', () => {
  const g = graphOf();
  const doc = globalViewDoc(g);

  it('holds exactly the nodes and edges of the graph model', () => {
    assert.deepEqual(doc.nodes.map((n) => n.id), g.nodes.map((n) => n.id).sort());
    assert.deepEqual(edgeKeys(doc), g.edges.map((e) => `${e.source} ${e.type} ${e.target}`).sort());
    assert.deepEqual(doc.counts, [g.nodes.length]);
    assert.equal(doc.focus, null);
  });

  it('gives each node its kind, title, degree, radius and a position', () => {
    for (const n of doc.nodes) {
      const model = g.node(n.id)!;
      assert.equal(n.kind, model.kind);
      assert.equal(n.title, model.title);
      assert.equal(n.degree, g.degree(n.id));
      assert.equal(n.r, nodeRadius(n.degree));
      assert.ok(Number.isFinite(n.x) && Number.isFinite(n.y));
      assert.equal(n.depth, undefined);
    }
  });

  it('names the vocabulary the views need to label kinds and relations', () => {
    assert.deepEqual(doc.kinds.map((k) => k.id), [...KINDS]);
    assert.deepEqual(doc.relations.map((r) => r.id), RELATION_TYPE_IDS);
    assert.equal(doc.relations.find((r) => r.id === 'mitigates')!.inverse, 'mitigated by');
  });

  it('reuses positions it is given, so one layout serves every output', () => {
    const positions = layoutOf(g);
    positions.set('rag', { x: 12345, y: -6789 });
    const n = globalViewDoc(g, positions).nodes.find((x) => x.id === 'rag')!;
    assert.deepEqual([n.x, n.y], [12345, -6789]);
  });

  it('is the same for the same content', () => {
    assert.deepEqual(globalViewDoc(graphOf()), doc);
  });
});

describe('localViewDoc', () => {
  const g = largerGraph(80);

  it('holds the neighbourhood two hops out, each node with its hop count, and the edges among them', () => {
    const doc = localViewDoc(g, 'slow');
    const depths = depthsFrom(g, 'slow', 2);
    assert.deepEqual(doc.nodes.map((n) => n.id).sort(), g.neighbourhood('slow', 2).sort());
    for (const n of doc.nodes) assert.equal(n.depth, depths.get(n.id));
    assert.deepEqual(
      doc.nodes.filter((n) => n.depth === 1).map((n) => n.id).sort(),
      g.neighbourhood('slow', 1).filter((id) => id !== 'slow').sort(),
    );
    const inside = new Set(doc.nodes.map((n) => n.id));
    assert.deepEqual(edgeKeys(doc), g.edges.filter((e) => inside.has(e.source) && inside.has(e.target)).map((e) => `${e.source} ${e.type} ${e.target}`).sort());
    assert.equal(doc.focus, 'slow');
    assert.equal(doc.depth, 2);
    assert.deepEqual(doc.counts, [0, 1, 2].map((d) => [...depths.values()].filter((x) => x === d).length));
    const focus = doc.nodes.find((n) => n.id === 'slow')!;
    assert.deepEqual([focus.x, focus.y], [0, 0]);
  });

  it('keeps the nearest and best-connected nodes past the limit, and counts what it left out', () => {
    const full = localViewDoc(g, 'rag');
    const limited = localViewDoc(g, 'rag', 2, 10);
    assert.equal(limited.nodes.length, 10);
    assert.ok(limited.nodes.some((n) => n.id === 'rag'));
    assert.deepEqual(limited.counts, full.counts);
    const keptIds = new Set(limited.nodes.map((n) => n.id));
    const oneHop = full.nodes.filter((n) => n.depth === 1);
    assert.ok(oneHop.length > 9, 'the fixture has more one-hop nodes than the limit holds');
    assert.equal(limited.nodes.filter((n) => n.depth === 1).length, 9, 'one-hop nodes come before two-hop ones');
    const kept = oneHop.filter((n) => keptIds.has(n.id)).map((n) => n.degree);
    const dropped = oneHop.filter((n) => !keptIds.has(n.id)).map((n) => n.degree);
    assert.ok(Math.min(...kept) >= Math.max(...dropped), 'the best-connected are kept');
  });

  it('is empty for an unknown node', () => {
    assert.equal(depthsFrom(g, 'nope', 2).size, 0);
  });
});
