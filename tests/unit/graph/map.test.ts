/**
 * The decision map over the real knowledge base: the same content gives the same map, and every use
 * case an article makes a recommendation for sits in the region of the approach it recommends.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { readContent } from '../../../scripts/lib/read-content.ts';
import { decisionDataFrom, expectedApproach } from '../../../src/lib/decision/input.ts';
import { validateNodes, type ParsedNode } from '../../../src/lib/content/validate.ts';
import { buildGraph } from '../../../src/lib/graph/model.ts';
import { anchorsOf, decisionMap, keepInRegion, leaderOf, regionOf, targetOf, type MapInput } from '../../../src/lib/graph/map.ts';
import type { Profile } from '../../../src/lib/decision/model.ts';

const { nodes } = validateNodes(readContent(resolve('content')).nodes);

function inputOf(parsed: readonly ParsedNode[]): MapInput {
  const profiles = new Map<string, Profile>(parsed.flatMap((n) => (n.kind === 'use-cases' ? [[n.id, n.data.profile] as const] : [])));
  return { graph: buildGraph(parsed), decision: decisionDataFrom(parsed), profiles };
}

const map = decisionMap(inputOf(nodes));
const short = new Map(decisionDataFrom(nodes).approaches.map((a) => [a.id, a.short]));

describe('decision map over the real content', () => {
  it('places every node at a finite point and says why it sits there', () => {
    assert.equal(map.placements.size, nodes.length);
    for (const [id, p] of map.placements) {
      assert.ok(Number.isFinite(p.x) && Number.isFinite(p.y), `${id} has no position`);
      assert.ok(p.why.length > 20, `${id} has no reason: ${p.why}`);
    }
  });

  it('is deterministic: the same content, read in any order, gives the same map', () => {
    const again = decisionMap(inputOf([...nodes].reverse()));
    assert.deepEqual([...again.placements].sort(), [...map.placements].sort());
    assert.deepEqual(again.regions, map.regions);
  });

  it('keeps the approaches on their anchors: retrieval left, fine-tuning right, both above', () => {
    const at = (id: string) => map.placements.get(id)!;
    assert.deepEqual({ x: at('rag').x, y: at('rag').y }, map.anchors.get('rag'));
    assert.ok(at('rag').x < 0 && at('fine-tuning').x > 0, 'retrieval on the left, fine-tuning on the right');
    assert.ok(at('hybrid').y < at('rag').y, 'both above');
    assert.deepEqual(
      map.regions.map((r) => r.label).sort(),
      ['both', 'leans fine-tuning', 'leans retrieval', 'prompting alone'],
    );
  });

  const recommended = nodes.flatMap((n) => (n.kind === 'use-cases' && n.data.recommendations.length ? [n] : []));
  it('has sourced recommendations to check', () => assert.ok(recommended.length >= 20, `${recommended.length}`));
  for (const n of recommended) {
    const expected = expectedApproach(n.data)!;
    it(`places “${n.data.title}” on the side of ${short.get(expected)}, which its sources recommend`, () => {
      const p = map.placements.get(n.id)!;
      assert.equal(p.leans, expected, p.why);
      assert.equal(regionOf(p, map.anchors), expected, `${n.id} at ${p.x},${p.y} is nearer another anchor. ${p.why}`);
      assert.match(p.why, /decision model scores/);
    });
  }

  it('leans a trade-off the way its favors relation points', () => {
    const leaning = nodes.filter((n) => n.kind === 'trade-offs' && map.placements.get(n.id)!.leans !== null);
    assert.ok(leaning.length >= 10, `${leaning.length} trade-offs lean`);
    for (const n of leaning) {
      const p = map.placements.get(n.id)!;
      assert.equal(regionOf(p, map.anchors), p.leans, `${n.id}: ${p.why}`);
    }
  });
});

describe('decision map geometry', () => {
  const anchors = anchorsOf([{ id: 'rag' }, { id: 'fine-tuning' }, { id: 'hybrid' }, { id: 'prompting' }], 100);

  it('pulls toward the higher score and nowhere without a difference', () => {
    const t = targetOf(new Map([['rag', 3], ['fine-tuning', 0], ['hybrid', 0], ['prompting', 0]]), anchors)!;
    assert.equal(regionOf(t, anchors), 'rag');
    assert.equal(targetOf(new Map([['rag', 1], ['fine-tuning', 1]]), anchorsOf([{ id: 'rag' }, { id: 'fine-tuning' }])), null);
  });

  it('names a leader only when one approach leads alone', () => {
    assert.equal(leaderOf(new Map([['rag', 2], ['hybrid', 1]])), 'rag');
    assert.equal(leaderOf(new Map([['rag', 2], ['hybrid', 2]])), null);
  });

  it('brings a point back inside the leader’s region, clear of the border', () => {
    const across = { x: 80, y: 0 }; // next to fine-tuning's anchor
    const kept = keepInRegion(across, 'rag', anchors, 5);
    assert.equal(regionOf(kept, anchors), 'rag');
    assert.ok(kept.x < -5 + 1e-9, `${kept.x}`);
    const inside = { x: -90, y: 5 };
    assert.deepEqual(keepInRegion(inside, 'rag', anchors, 5), inside);
  });

  it('spreads approaches it does not know over the free places', () => {
    const spread = anchorsOf([{ id: 'a' }, { id: 'b' }, { id: 'rag' }], 100);
    const points = [...spread.values()].map((p) => `${p.x},${p.y}`);
    assert.equal(new Set(points).size, 3);
  });
});
