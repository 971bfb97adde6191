/**
 * Spreading of coincident places: many nodes of a big graph share one target (every technique that
 * uses only retrieval sits on its anchor), and a collision force started from one point does
 * quadratic work and still leaves a heap. Laying each heap out first as a sunflower (Vogel's spiral)
 * around its centre starts every disc nearly clear of the others, so the push apart only trims.
 */
import type { Point } from '../shared/point.ts';

/** Places closer than this, in layout units, count as one heap. */
const CELL = 8;
/** The golden angle, in radians: successive discs of a sunflower never line up. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/**
 * Spiral step as a share of the largest disc's diameter with its gap: the centre's first two discs
 * are one step apart and later neighbours about 1.6 steps, so 0.8 keeps every disc clear of the rest.
 */
const ROOM = 0.8;

/**
 * Each heap of places (those within one CELL of each other) laid out as a sunflower around its mean,
 * in `order` from the centre out, `gap` apart; a place alone keeps its position. Pure and deterministic.
 */
export function spreadHeaps(
  places: ReadonlyMap<string, Point>,
  radius: (id: string) => number,
  order: (a: string, b: string) => number,
  gap = 0,
): Map<string, Point> {
  const heaps = new Map<string, string[]>();
  for (const [id, p] of places) {
    const key = `${Math.round(p.x / CELL)},${Math.round(p.y / CELL)}`;
    const heap = heaps.get(key);
    if (heap) heap.push(id);
    else heaps.set(key, [id]);
  }
  const out = new Map<string, Point>();
  for (const ids of heaps.values()) {
    if (ids.length === 1) {
      out.set(ids[0]!, places.get(ids[0]!)!);
      continue;
    }
    ids.sort(order);
    const cx = ids.reduce((s, id) => s + places.get(id)!.x, 0) / ids.length;
    const cy = ids.reduce((s, id) => s + places.get(id)!.y, 0) / ids.length;
    const step = ROOM * 2 * (Math.max(...ids.map(radius)) + gap);
    ids.forEach((id, i) => {
      const r = step * Math.sqrt(i);
      out.set(id, { x: cx + r * Math.cos(i * GOLDEN_ANGLE), y: cy + r * Math.sin(i * GOLDEN_ANGLE) });
    });
  }
  return out;
}
