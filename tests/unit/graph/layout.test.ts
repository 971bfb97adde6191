import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutGraph, layoutNeighbourhood, nodeRadius, seededRandom } from '../../../src/lib/graph/layout.ts';
import { depthsFrom } from '../../../src/lib/graph/view-data.ts';
import { largerGraph } from './fixtures.ts';

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('seededRandom', () => {
  it('gives the same sequence for the same seed and numbers in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 100 }, () => a());
    assert.deepEqual(xs, Array.from({ length: 100 }, () => b()));
    assert.ok(xs.every((x) => x >= 0 && x < 1));
    assert.notDeepEqual(xs.slice(0, 5), Array.from({ length: 5 }, seededRandom(43)));
  });
});

describe('nodeRadius', () => {
  it('grows with degree and stays within bounds', () => {
    assert.ok(nodeRadius(0) > 0);
    assert.ok(nodeRadius(10) > nodeRadius(1));
    assert.equal(nodeRadius(100000), 24);
  });
});

describe('layoutGraph', () => {
  const g = largerGraph(300);

  it('gives every node a finite position, and no two nodes the same one', () => {
    const positions = layoutGraph(g.nodes, g.edges);
    assert.equal(positions.size, g.nodes.length);
    for (const n of g.nodes) {
      const p = positions.get(n.id);
      assert.ok(p && Number.isFinite(p.x) && Number.isFinite(p.y), `position of ${n.id}`);
    }
    assert.equal(new Set([...positions.values()].map((p) => `${p.x},${p.y}`)).size, g.nodes.length);
  });

  it('gives the same picture for the same content, whatever order it is read in', () => {
    const a = layoutGraph(g.nodes, g.edges);
    const b = layoutGraph([...g.nodes].reverse(), [...g.edges].reverse());
    assert.deepEqual([...a.entries()].sort(), [...b.entries()].sort());
  });

  it('gives another picture for another seed', () => {
    const a = layoutGraph(g.nodes, g.edges, { seed: 1, ticks: 50 });
    const b = layoutGraph(g.nodes, g.edges, { seed: 2, ticks: 50 });
    assert.ok([...a.keys()].every((id) => b.has(id)));
    assert.notDeepEqual([...a.entries()].sort(), [...b.entries()].sort());
  });

  it('draws related nodes closer together than nodes picked at random', () => {
    const p = layoutGraph(g.nodes, g.edges);
    const edgeMean = g.edges.reduce((s, e) => s + dist(p.get(e.source)!, p.get(e.target)!), 0) / g.edges.length;
    const ids = g.nodes.map((n) => n.id);
    let pairs = 0;
    let sum = 0;
    for (let i = 0; i < ids.length; i += 3) {
      for (let j = i + 1; j < ids.length; j += 7) {
        sum += dist(p.get(ids[i]!)!, p.get(ids[j]!)!);
        pairs++;
      }
    }
    assert.ok(edgeMean < sum / pairs / 1.5, `edges average ${edgeMean.toFixed(1)} against ${(sum / pairs).toFixed(1)} for any pair`);
  });

  it('ignores edges to unknown nodes and handles an empty graph', () => {
    const p = layoutGraph([{ id: 'a' }, { id: 'b' }], [{ source: 'a', target: 'b' }, { source: 'a', target: 'ghost' }]);
    assert.deepEqual([...p.keys()].sort(), ['a', 'b']);
    assert.equal(layoutGraph([], []).size, 0);
  });
});

describe('layoutNeighbourhood', () => {
  const g = largerGraph(120);
  const focus = 'rag';
  const depthOf = depthsFrom(g, focus, 2);
  const ids = [...depthOf.keys()];
  const edges = g.edges.filter((e) => depthOf.has(e.source) && depthOf.has(e.target));

  it('pins the focus at the centre and puts each hop on a wider ring', () => {
    const p = layoutNeighbourhood(ids.map((id) => ({ id, group: g.node(id)!.kind })), edges, { depthOf });
    assert.equal(p.size, ids.length);
    assert.deepEqual(p.get(focus), { x: 0, y: 0 });
    const r = (d: number) => ids.filter((id) => depthOf.get(id) === d).map((id) => dist(p.get(id)!, { x: 0, y: 0 }));
    assert.ok(r(1).length > 0 && r(2).length > 0, 'the fixture has nodes one and two hops away');
    assert.ok(Math.max(...r(1)) < Math.min(...r(2)), 'every node one hop away is nearer than every node two hops away');
  });

  it('is deterministic', () => {
    const a = layoutNeighbourhood(ids.map((id) => ({ id })), edges, { depthOf });
    const b = layoutNeighbourhood([...ids].reverse().map((id) => ({ id })), [...edges].reverse(), { depthOf });
    assert.deepEqual([...a.entries()].sort(), [...b.entries()].sort());
  });
});
