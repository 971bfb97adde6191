import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arrowDirection, nearestInDirection } from '../../../src/lib/graph/nav.ts';

describe('arrowDirection', () => {
  it('maps the four arrow keys and nothing else', () => {
    assert.equal(arrowDirection('ArrowLeft'), 'left');
    assert.equal(arrowDirection('ArrowRight'), 'right');
    assert.equal(arrowDirection('ArrowUp'), 'up');
    assert.equal(arrowDirection('ArrowDown'), 'down');
    assert.equal(arrowDirection('Enter'), null);
  });
});

describe('nearestInDirection', () => {
  const from = { x: 0, y: 0 };

  it('prefers the node straight ahead to a nearer one off to the side', () => {
    const candidates = [{ x: 10, y: 9 }, { x: 20, y: 0 }];
    assert.equal(nearestInDirection(from, candidates, 'right'), 1);
  });

  it('takes the nearest of nodes on the axis', () => {
    assert.equal(nearestInDirection(from, [{ x: 30, y: 0 }, { x: 10, y: 0 }], 'right'), 1);
  });

  it('uses screen axes: down is +y, up is -y', () => {
    const candidates = [{ x: 0, y: 10 }, { x: 0, y: -10 }];
    assert.equal(nearestInDirection(from, candidates, 'down'), 0);
    assert.equal(nearestInDirection(from, candidates, 'up'), 1);
  });

  it('finds nothing behind or beyond 60 degrees to the side', () => {
    assert.equal(nearestInDirection(from, [{ x: -5, y: 0 }, { x: 1, y: 5 }], 'right'), -1);
    assert.equal(nearestInDirection(from, [], 'left'), -1);
  });

  it('leaves every neighbour reachable by some arrow', () => {
    for (let a = 0; a < 360; a += 5) {
      const c = [{ x: Math.cos((a * Math.PI) / 180), y: Math.sin((a * Math.PI) / 180) }];
      const reachable = (['left', 'right', 'up', 'down'] as const).some((d) => nearestInDirection(from, c, d) === 0);
      assert.ok(reachable, `a neighbour at ${a} degrees`);
    }
  });

  it('breaks ties by the lower index', () => {
    assert.equal(nearestInDirection(from, [{ x: 5, y: 1 }, { x: 5, y: -1 }], 'right'), 0);
  });
});
