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
