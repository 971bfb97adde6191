import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { globalViewDoc } from '../../../src/lib/graph/view-data.ts';
import { boundsOf, svgPicture } from '../../../src/lib/graph/svg.ts';
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
