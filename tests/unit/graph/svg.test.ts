import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { globalViewDoc } from '../../../src/lib/graph/view-data.ts';
import { boundsOf, busiestPart, svgPicture } from '../../../src/lib/graph/svg.ts';
import { graphOf } from './fixtures.ts';

describe('svgPicture', () => {
  const doc = globalViewDoc(graphOf());
  const pic = svgPicture(doc, 3);

  it('draws one segment per edge and one circle per node, grouped by kind', () => {
    assert.equal(pic.edgePath.match(/M/g)!.length, doc.edges.length);
    assert.equal(pic.edgePath.match(/L/g)!.length, doc.edges.length);
    assert.equal(pic.kinds.reduce((n, k) => n + k.circles.length, 0), doc.nodes.length);
    for (const k of pic.kinds) for (const c of k.circles) assert.equal(doc.nodes.find((n) => n.id === c.id)!.kind, k.kind);
  });

  it('labels the best-connected nodes', () => {
    const top = [...doc.nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1)).slice(0, 3).map((n) => n.title);
    assert.deepEqual(pic.labels.map((l) => l.text), top);
  });

  it('frames every node in the viewBox', () => {
    const [x, y, w, h] = pic.viewBox.split(' ').map(Number) as [number, number, number, number];
    const [x0, y0, x1, y1] = boundsOf(doc.nodes);
    assert.ok(x <= x0 && y <= y0 && x + w >= x1 && y + h >= y1);
    assert.ok(pic.fontSize > 0);
  });
});

describe('svgPicture of a map', () => {
  const doc = globalViewDoc(graphOf());
  const [x0, , x1] = boundsOf(doc.nodes);
  const regions = [
    { label: 'leans retrieval', x: x0 - 10, y: 0 },
    { label: 'leans fine-tuning', x: x1 + 10, y: 0 },
  ];
  const pic = svgPicture(doc, { regions, omitTypes: ['cites'] });

  it('names every region inside the frame, and leaves the omitted relation types out', () => {
    assert.deepEqual(pic.regions.map((r) => r.text), ['LEANS RETRIEVAL', 'LEANS FINE-TUNING']);
    const [x, , w] = pic.viewBox.split(' ').map(Number) as [number, number, number, number];
    for (const r of pic.regions) assert.ok(r.x > x && r.x < x + w);
    assert.equal(pic.edgePath.match(/M/g)?.length ?? 0, doc.edges.filter((e) => e.type !== 'cites').length);
  });

  it('never draws a node label over a region name or another label', () => {
    const boxes = [...pic.regions.map((r) => ({ ...r, size: pic.fontSize * 1.3 })), ...pic.labels.map((l) => ({ ...l, size: pic.fontSize }))].map((l) => {
      const w = l.text.length * l.size * 0.62;
      return { x0: l.x - w / 2, x1: l.x + w / 2, y0: l.y - l.size, y1: l.y };
    });
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length; b++) {
        const [p, q] = [boxes[a]!, boxes[b]!];
        assert.ok(!(p.x0 < q.x1 && p.x1 > q.x0 && p.y0 < q.y1 && p.y1 > q.y0), `label ${a} overlaps label ${b}`);
      }
    }
  });
});

describe('the picture of a big graph', () => {
  const doc = globalViewDoc(graphOf());
  const max = Math.floor(doc.nodes.length / 2);

  it('draws the best-connected nodes and only the edges among them, and says how many it drew', () => {
    const pic = svgPicture(doc, { maxNodes: max });
    assert.equal(pic.drawn, max);
    const drawn = new Set(pic.kinds.flatMap((k) => k.circles.map((c) => c.id)));
    assert.equal(drawn.size, max);
    const degrees = doc.nodes.map((n) => ({ id: n.id, degree: n.degree }));
    const minDrawn = Math.min(...degrees.filter((n) => drawn.has(n.id)).map((n) => n.degree));
    const maxLeft = Math.max(...degrees.filter((n) => !drawn.has(n.id)).map((n) => n.degree));
    assert.ok(minDrawn >= maxLeft, 'no node left out is better connected than one drawn');
    const among = doc.edges.filter((e) => drawn.has(doc.nodes[e.s]!.id) && drawn.has(doc.nodes[e.t]!.id)).length;
    assert.equal(pic.edgePath.match(/M/g)?.length ?? 0, among);
  });

  it('keeps each kept edge between the same two nodes', () => {
    const part = busiestPart(doc, max);
    const pairs = (d: typeof doc) => new Set(d.edges.map((e) => `${d.nodes[e.s]!.id}>${d.nodes[e.t]!.id}>${e.type}`));
    const whole = pairs(doc);
    for (const p of pairs(part)) assert.ok(whole.has(p), p);
    assert.equal(busiestPart(doc, doc.nodes.length), doc, 'a graph no bigger than the cap is drawn whole');
  });
});
