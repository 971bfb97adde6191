/** Keyboard movement in a drawn graph: which neighbour an arrow key leads to. */

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface XY {
  readonly x: number;
  readonly y: number;
}

const UNIT: Record<Direction, XY> = { left: { x: -1, y: 0 }, right: { x: 1, y: 0 }, up: { x: 0, y: -1 }, down: { x: 0, y: 1 } };

/** The direction an arrow key names, or null for any other key. */
export function arrowDirection(key: string): Direction | null {
  const map: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
  return map[key] ?? null;
}

/**
 * Index of the candidate nearest to `from` in direction `dir` (screen axes, y down), or -1 when none
 * lies that way. Distance along the direction counts once and distance across it twice, so the
 * node straight ahead wins over a nearer one off to the side; ties go to the lower index.
 */
export function nearestInDirection(from: XY, candidates: readonly XY[], dir: Direction): number {
  const u = UNIT[dir];
  let best = -1;
  let bestScore = Infinity;
  candidates.forEach((c, i) => {
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = dx * u.x + dy * u.y;
    const across = Math.abs(dx * u.y - dy * u.x);
    // Only what lies ahead, within 60 degrees either side of the direction.
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) return;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}
