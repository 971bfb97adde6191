import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GAP, MARGIN, placeCard, type Box } from '../../../src/lib/preview/place.ts';

const VIEW = { width: 1280, height: 800 };
const CARD = { width: 352, height: 200 };
const link = (left: number, top: number, width = 120, height = 20): Box => ({ left, top, width, height });

/** True when the card, at its placement and the height it may take, overlaps the link. */
function covers(l: Box, p: ReturnType<typeof placeCard>, card = CARD): boolean {
  const h = Math.min(card.height, p.maxHeight);
  const w = Math.min(card.width, VIEW.width - 2 * MARGIN);
  return p.left < l.left + l.width && p.left + w > l.left && p.top < l.top + l.height && p.top + h > l.top;
}

describe('placeCard', () => {
  it('puts the card just below the link, aligned with its start, when it fits there', () => {
    const l = link(100, 100);
    const p = placeCard(l, CARD, VIEW);
    assert.deepEqual(p, { left: 100, top: 100 + 20 + GAP, side: 'below', maxHeight: VIEW.height - 120 - GAP - MARGIN });
  });

  it('puts the card above a link near the bottom of the viewport', () => {
    const l = link(100, 700);
    const p = placeCard(l, CARD, VIEW);
    assert.equal(p.side, 'above');
    assert.equal(p.top + CARD.height, 700 - GAP);
  });

  it('keeps the card inside the viewport horizontally, on a phone too', () => {
    const p = placeCard(link(1200, 100, 60), CARD, VIEW);
    assert.equal(p.left, VIEW.width - MARGIN - CARD.width);
    const phone = { width: 360, height: 640 };
    const q = placeCard(link(300, 100, 50), CARD, phone);
    assert.equal(q.left, MARGIN);
    assert.ok(q.left + Math.min(CARD.width, phone.width - 2 * MARGIN) <= phone.width - MARGIN);
  });

  it('never covers the link, wherever the link sits, shrinking the card to the room on the roomier side', () => {
    for (let top = 0; top <= VIEW.height - 20; top += 37) {
      for (const left of [0, 400, 1200]) {
        const l = link(left, top);
        const p = placeCard(l, { width: 352, height: 700 }, VIEW);
        assert.equal(covers(l, p, { width: 352, height: 700 }), false, `link at ${left},${top}`);
        assert.ok(p.top >= 0 && p.top + Math.min(700, p.maxHeight) <= VIEW.height, `inside the viewport at ${left},${top}`);
      }
    }
  });
});
