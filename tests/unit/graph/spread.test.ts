/** Heaps of nodes that share a place start spread as a sunflower, so the map's push apart only trims. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spreadHeaps } from '../../../src/lib/graph/spread.ts';
import type { Point } from '../../../src/lib/shared/point.ts';

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('spreadHeaps', () => {
  it('lays a heap of discs on one point out around it with no two overlapping', () => {
    const places = new Map<string, Point>(Array.from({ length: 300 }, (_, i) => [`n${i}`, { x: 100, y: -40 }]));
    const out = spreadHeaps(places, () => 6, byId, 2);
    const pts = [...out.values()];
    const cx = pts.reduce((s, p) => s + p.x, 0) / pts.length;
    const cy = pts.reduce((s, p) => s + p.y, 0) / pts.length;
    assert.ok(Math.hypot(cx - 100, cy + 40) < 10, 'the heap stays centred on its place');
    let closest = Infinity;
    for (let i = 0; i < pts.length; i++) for (let j = i + 1; j < pts.length; j++) closest = Math.min(closest, Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y));
    assert.ok(closest >= 12, `discs of radius 6 at least their diameter apart, closest ${closest.toFixed(1)}`);
  });

  it('puts the first in order at the centre and leaves a lone place where it was', () => {
    const places = new Map<string, Point>([['hub', { x: 0, y: 0 }], ['leaf', { x: 1, y: 1 }], ['alone', { x: 500, y: 500 }]]);
    const out = spreadHeaps(places, () => 5, (a, b) => (a === 'hub' ? -1 : b === 'hub' ? 1 : byId(a, b)));
    assert.deepEqual(out.get('alone'), { x: 500, y: 500 });
    assert.deepEqual(out.get('hub'), { x: 0.5, y: 0.5 });
    assert.notDeepEqual(out.get('leaf'), out.get('hub'));
  });

  it('gives the same places for the same input, whatever order the map was filled in', () => {
    const a = new Map<string, Point>([['x', { x: 0, y: 0 }], ['y', { x: 0, y: 0 }], ['z', { x: 0, y: 0 }]]);
    const b = new Map<string, Point>([['z', { x: 0, y: 0 }], ['x', { x: 0, y: 0 }], ['y', { x: 0, y: 0 }]]);
    assert.deepEqual(spreadHeaps(a, () => 4, byId), spreadHeaps(b, () => 4, byId));
  });
});
