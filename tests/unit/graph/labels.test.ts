/**
 * Label placement: at the default zoom (the view fitted to the graph) no two drawn labels overlap,
 * on the real content in both layouts and on a phone-sized view; the most connected nodes are named
 * first and zooming in names more.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { readContent } from '../../../scripts/lib/read-content.ts';
import { decisionDataFrom } from '../../../src/lib/decision/input.ts';
import { validateNodes } from '../../../src/lib/content/validate.ts';
import { buildGraph } from '../../../src/lib/graph/model.ts';
import { decisionMap } from '../../../src/lib/graph/map.ts';
import { globalViewDoc, layoutOf, type GraphViewDoc } from '../../../src/lib/graph/view-data.ts';
import {
  ALWAYS_NAMED,
  discBox,
  fitView,
  labelCandidates,
  LabelSpace,
  overlaps,
  placeLabel,
  placeNodeLabels,
  regionNameAt,
  shortLabel,
  type Box,
  type NodeLabel,
} from '../../../src/lib/graph/labels.ts';
import type { Profile } from '../../../src/lib/decision/model.ts';

const { nodes } = validateNodes(readContent(resolve('content')).nodes);
const graph = buildGraph(nodes);
const profiles = new Map<string, Profile>(nodes.flatMap((n) => (n.kind === 'use-cases' ? [[n.id, n.data.profile] as const] : [])));
const layouts: Record<string, GraphViewDoc> = {
  force: globalViewDoc(graph, layoutOf(graph)),
  map: globalViewDoc(graph, decisionMap({ graph, decision: decisionDataFrom(nodes), profiles }).placements),
};
/** A text-width estimate standing in for the canvas's measureText: wide enough for most fonts. */
const measure = (size: number) => (text: string) => text.length * size * 0.62;
const VIEWS = { desktop: [1100, 720], phone: [340, 420] } as const;

/** The labels the graph view draws with nothing pointed at, for a view `zoom` times the fitted scale. */
function labelsOf(doc: GraphViewDoc, width: number, height: number, zoom = 1): { labels: NodeLabel[]; hidden: { id: string; box: Box }[] } {
  const fit = fitView(doc.nodes, width, height);
  const k = fit.k * zoom;
  const disc = (i: number) => {
    const n = doc.nodes[i]!;
    return { x: (n.x - fit.x) * k + width / 2, y: (n.y - fit.y) * k + height / 2, r: Math.max(2, n.r * k) };
  };
  const order = doc.nodes.map((_, i) => i).sort((a, b) => doc.nodes[b]!.degree - doc.nodes[a]!.degree || b - a);
  const space = new LabelSpace(width, height);
  const candidates = labelCandidates(order, disc, width, height);
  for (const i of candidates.slice(0, ALWAYS_NAMED)) space.block(discBox(disc(i)));
  const labels = placeNodeLabels(space, candidates, disc, (i) => shortLabel(doc.nodes[i]!.title), measure(12), 12);
  return { labels, hidden: candidates.slice(0, ALWAYS_NAMED).map((i) => ({ id: doc.nodes[i]!.id, box: discBox(disc(i)) })) };
}

describe('labels at the default zoom', () => {
  for (const [layout, doc] of Object.entries(layouts)) {
    for (const [view, [width, height]] of Object.entries(VIEWS)) {
      it(`never overlap in the ${layout} layout on a ${view} view (${width}×${height})`, () => {
        const { labels, hidden } = labelsOf(doc, width, height);
        assert.ok(labels.length >= 3, `only ${labels.length} labels`);
        for (const l of labels) {
          const covered = hidden.find((h) => overlaps(l.box, h.box));
          assert.equal(covered, undefined, `“${l.text}” covers the node ${covered?.id}`);
        }
        for (let a = 0; a < labels.length; a++) {
          const box = labels[a]!.box;
          assert.ok(box.x0 >= 0 && box.y0 >= 0 && box.x1 <= width && box.y1 <= height, `${labels[a]!.text} leaves the view`);
          for (let b = a + 1; b < labels.length; b++) {
            assert.ok(!overlaps(box, labels[b]!.box), `“${labels[a]!.text}” overlaps “${labels[b]!.text}”`);
          }
        }
      });
    }

    it(`names the most connected nodes first, and more as the reader zooms in (${layout} layout)`, () => {
      const [width, height] = VIEWS.desktop;
      const named = new Set(labelsOf(doc, width, height).labels.map((l) => doc.nodes[l.node]!.id));
      const hubs = [...doc.nodes].sort((a, b) => b.degree - a.degree).slice(0, 3);
      assert.ok(hubs.filter((h) => named.has(h.id)).length >= 2, `hubs named: ${hubs.map((h) => `${h.id}=${named.has(h.id)}`).join(', ')}`);
      const zoomed = new Set(labelsOf(doc, width, height, 3).labels.map((l) => doc.nodes[l.node]!.id));
      assert.ok([...zoomed].some((id) => !named.has(id)), 'zooming in names no new node');
    });
  }
});

describe('placeLabel', () => {
  it('tries another side when the first is taken, and gives up when none is free', () => {
    const space = new LabelSpace(400, 400);
    const disc = { x: 200, y: 200, r: 10 };
    const sides = [placeLabel(space, disc, 60, 12), placeLabel(space, disc, 60, 12), placeLabel(space, disc, 60, 12), placeLabel(space, disc, 60, 12)];
    assert.deepEqual(sides.map((s) => s?.side), ['above', 'below', 'right', 'left']);
    assert.equal(placeLabel(space, disc, 60, 12), null);
  });

  it('keeps a label inside the view', () => {
    const space = new LabelSpace(100, 100);
    const placed = placeLabel(space, { x: 30, y: 5, r: 3 }, 40, 12);
    assert.equal(placed?.side, 'below');
    assert.ok(placed!.box.x0 >= 0);
  });

  it('names only the first few nodes when they are small on screen', () => {
    const order = Array.from({ length: 40 }, (_, i) => i);
    const candidates = labelCandidates(order, () => ({ x: 50, y: 50, r: 2 }), 100, 100);
    assert.equal(candidates.length, ALWAYS_NAMED);
    assert.equal(labelCandidates(order, () => ({ x: 50, y: 50, r: 8 }), 100, 100).length, 40);
  });
});

describe('regionNameAt', () => {
  it('puts a region’s name beyond its anchor, away from the centre, clear by the gap', () => {
    const left = regionNameAt(-100, 0, 20, 80, 10);
    assert.deepEqual(left, { x: -100 - 20 - 40, y: 0 });
    const top = regionNameAt(0, -100, 20, 80, 10);
    assert.deepEqual(top, { x: 0, y: -100 - 20 - 5 });
    assert.deepEqual(regionNameAt(0, 0, 20, 80, 10), { x: 0, y: -25 });
  });
});
