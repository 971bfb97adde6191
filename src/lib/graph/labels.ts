/**
 * Where the graph views put node labels, in screen space: the most connected nodes are named first,
 * each label tries the sides of its node in turn and is dropped when every side would overlap a
 * label already placed, the disc of a node worth naming, or the edge of the view, so no two labels
 * ever overlap and none hides a hub. Nodes grow on screen as
 * the reader zooms in, so more of them pass the size threshold and more labels appear.
 */

/** A rectangle in screen pixels. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** A node as drawn: its centre and radius in screen pixels. */
export interface ScreenDisc {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

export type Side = 'above' | 'below' | 'right' | 'left';

/** Sides tried in turn: above reads best, then below, then beside. */
export const SIDES: readonly Side[] = ['above', 'below', 'right', 'left'];
/** Nodes this many of the most connected are named whatever their size on screen. */
export const ALWAYS_NAMED = 12;
/** Other nodes are named once their disc is at least this radius on screen. */
export const NAMED_FROM_RADIUS = 5;
/** Most labels in one frame, and most nodes tried for one. */
export const MAX_LABELS = 70;
export const MAX_CANDIDATES = 500;
/** Clear space around a label's text, in pixels. */
const PAD_X = 3;
const PAD_Y = 2;
/** Gap between a node's disc and its label. */
const GAP = 3;

/** True when two boxes share any area. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
}

/** The screen area labels have claimed so far in one frame. */
export class LabelSpace {
  readonly boxes: Box[] = [];
  readonly width: number;
  readonly height: number;

  constructor(width: number, height: number) {
    this.width = width;
    this.height = height;
  }

  /** True when `box` lies wholly in view and overlaps no label placed yet. */
  fits(box: Box): boolean {
    if (box.x0 < 0 || box.y0 < 0 || box.x1 > this.width || box.y1 > this.height) return false;
    return !this.boxes.some((b) => overlaps(box, b));
  }

  /** Marks `box` as taken whatever is there already: a node's disc that no label may cover. */
  block(box: Box): void {
    this.boxes.push(box);
  }

  /** Claims `box` when it fits; says whether it did. */
  take(box: Box): boolean {
    if (!this.fits(box)) return false;
    this.boxes.push(box);
    return true;
  }
}

/** The square around a disc. */
export function discBox(d: ScreenDisc): Box {
  return { x0: d.x - d.r, y0: d.y - d.r, x1: d.x + d.r, y1: d.y + d.r };
}

/** The box of a label `width` wide in a font of `size` centred on (x, y). */
export function boxAt(x: number, y: number, width: number, size: number): Box {
  return { x0: x - width / 2 - PAD_X, y0: y - size / 2 - PAD_Y, x1: x + width / 2 + PAD_X, y1: y + size / 2 + PAD_Y };
}

/** The centre of a label on one side of a disc. */
export function labelCentre(disc: ScreenDisc, side: Side, width: number, size: number): { x: number; y: number } {
  const { x, y, r } = disc;
  if (side === 'above') return { x, y: y - r - size / 2 - GAP };
  if (side === 'below') return { x, y: y + r + size / 2 + GAP };
  const dx = r + GAP + PAD_X + width / 2;
  return { x: side === 'right' ? x + dx : x - dx, y };
}

export interface PlacedLabel {
  readonly x: number;
  readonly y: number;
  readonly box: Box;
  readonly side: Side;
}

/** Places a label beside `disc` on the first side where it fits, claiming its space; null when none does. */
export function placeLabel(space: LabelSpace, disc: ScreenDisc, width: number, size: number, sides: readonly Side[] = SIDES): PlacedLabel | null {
  for (const side of sides) {
    const c = labelCentre(disc, side, width, size);
    const box = boxAt(c.x, c.y, width, size);
    if (space.take(box)) return { ...c, box, side };
  }
  return null;
}

/**
 * The nodes worth trying for a label when nothing is pointed at, best first: of `order` (most
 * connected first; null for a hidden node), the first `ALWAYS_NAMED` and any other big enough on
 * screen, near enough the view to be seen.
 */
export function labelCandidates(order: readonly number[], disc: (i: number) => ScreenDisc | null, width: number, height: number): number[] {
  const out: number[] = [];
  for (let rank = 0; rank < order.length && out.length < MAX_CANDIDATES; rank++) {
    const i = order[rank]!;
    const d = disc(i);
    if (!d) continue;
    if (rank >= ALWAYS_NAMED && d.r < NAMED_FROM_RADIUS) continue;
    if (d.x < -50 || d.x > width + 50 || d.y < -20 || d.y > height + 20) continue;
    out.push(i);
  }
  return out;
}

/** A label as a caller draws it. */
export interface NodeLabel extends PlacedLabel {
  readonly node: number;
  readonly text: string;
}

/**
 * Names as many of `candidates` as fit, in order, up to `limit`: each label on the first side of its
 * node that is free. `measure` gives a text's width in pixels at `size`. Block the discs of the
 * nodes that matter first (`LabelSpace.block`) so no label covers them.
 */
export function placeNodeLabels(
  space: LabelSpace,
  candidates: readonly number[],
  disc: (i: number) => ScreenDisc,
  text: (i: number) => string,
  measure: (text: string) => number,
  size: number,
  limit = MAX_LABELS,
): NodeLabel[] {
  const placed: NodeLabel[] = [];
  for (const i of candidates) {
    if (placed.length >= limit) break;
    const t = text(i);
    const p = placeLabel(space, disc(i), measure(t), size);
    if (p) placed.push({ ...p, node: i, text: t });
  }
  return placed;
}

/**
 * Where a region's name goes: beyond its anchor (x, y), away from the centre of the map, its near
 * edge `gap` from the anchor, for a name `width` by `height`. Works in any units (layout or screen).
 */
export function regionNameAt(x: number, y: number, gap: number, width: number, height: number): { x: number; y: number } {
  const len = Math.hypot(x, y);
  const [dx, dy] = len ? [x / len, y / len] : [0, -1];
  const out = gap + Math.abs(dx) * (width / 2) + Math.abs(dy) * (height / 2);
  return { x: x + dx * out, y: y + dy * out };
}

/** A title cut to a label's length. */
export function shortLabel(title: string, max = 34): string {
  return title.length > max ? `${title.slice(0, max - 2).trimEnd()}…` : title;
}

/** The scale and centre that fit nodes (layout units, radii included) in a view, `pad` pixels clear, at most `maxScale`. */
export function fitView(
  nodes: Iterable<{ x: number; y: number; r: number }>,
  width: number,
  height: number,
  pad = 24,
  maxScale = 4,
): { k: number; x: number; y: number } {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    x0 = Math.min(x0, n.x - n.r);
    y0 = Math.min(y0, n.y - n.r);
    x1 = Math.max(x1, n.x + n.r);
    y1 = Math.max(y1, n.y + n.r);
  }
  if (!Number.isFinite(x0)) return { k: 1, x: 0, y: 0 };
  const k = Math.min((width - 2 * pad) / Math.max(1, x1 - x0), (height - 2 * pad) / Math.max(1, y1 - y0), maxScale);
  return { k: Math.max(0.01, k), x: (x0 + x1) / 2, y: (y0 + y1) / 2 };
}
