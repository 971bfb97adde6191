/**
 * Where a preview card goes: below its link when it fits, above when only that fits, never over
 * the link itself, and always inside the viewport horizontally. Coordinates are the viewport's.
 */

/** Space between the link and the card, in CSS pixels. */
export const GAP = 6;
/** Space kept between the card and the viewport's edges. */
export const MARGIN = 8;

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface Placement {
  readonly left: number;
  readonly top: number;
  readonly side: 'below' | 'above';
  /** Height the card may take on that side without covering the link; its content scrolls beyond. */
  readonly maxHeight: number;
}

/** Places a card of `card` size next to the link's box `link` in a viewport of `view` size. */
export function placeCard(link: Box, card: { width: number; height: number }, view: { width: number; height: number }): Placement {
  const below = view.height - (link.top + link.height) - GAP - MARGIN;
  const above = link.top - GAP - MARGIN;
  // Below reads on from the link; above only when the card fits there and not below.
  const side = card.height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(card.height, room);
  const top = side === 'below' ? link.top + link.height + GAP : link.top - GAP - height;
  const width = Math.min(card.width, view.width - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(link.left, view.width - MARGIN - width));
  return { left, top, side, maxHeight: room };
}
