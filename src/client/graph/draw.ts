/**
 * Draws one frame of a graph view on a canvas: edges in two batched paths, nodes batched by kind,
 * then labels in screen space at the device pixel ratio so text stays crisp at any zoom. Where the
 * labels go is src/lib/graph/labels.ts: none overlaps; the highlighted neighbourhood and then the
 * most connected nodes win.
 */
import { ALWAYS_NAMED, boxAt, discBox, labelCandidates, LabelSpace, MAX_LABELS, placeNodeLabels, regionNameAt, shortLabel } from '../../lib/graph/labels.ts';
import { labelFrom, otherEnd, type Model, type Visibility } from './model.ts';

export interface Palette {
  readonly fg: string;
  readonly fgSoft: string;
  readonly bg: string;
  readonly focus: string;
  /** Colour of each kind, by index into the document's kinds. */
  readonly kinds: readonly string[];
}

/** screen = layout * k + (x, y), in CSS pixels. */
export interface Camera {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export interface FrameInput {
  readonly model: Model;
  readonly vis: Visibility;
  readonly camera: Camera;
  readonly width: number;
  readonly height: number;
  readonly dpr: number;
  readonly palette: Palette;
  /** Node whose neighbourhood is lit, or -1. */
  readonly highlight: number;
  /** Node with the keyboard focus ring, or -1. */
  readonly focused: number;
  /** Node a neighbourhood view is centred on, or -1. */
  readonly home: number;
  readonly fontFamily: string;
  /**
   * A frame in the middle of a pan or zoom. On big graphs it is drawn light: no outlines, only the
   * labels that must be there and only the highlighted node's edges, as Sigma's hideEdgesOnMove does.
   */
  readonly moving: boolean;
  /** Named regions drawn behind the labels (the decision map), in layout units. */
  readonly regions?: readonly { readonly label: string; readonly x: number; readonly y: number }[];
}

/** What the last frame drew; reused between frames to avoid garbage. */
export interface FrameStats {
  nodes: Uint32Array;
  nodeCount: number;
  edges: Uint32Array;
  edgeCount: number;
  labels: number;
}

/** Least room between an anchor and its region's name: in pixels, and in layout units (the nodes crowding it). */
const REGION_GAP_PX = 24;
const REGION_GAP = 110;
/** Views narrower than this (CSS pixels) get smaller region names. */
const NARROW = 560;
const MAX_EDGE_LABELS = 40;
const MIN_SCREEN_RADIUS = 2;
/** Above this many shown nodes and edges, frames drawn while the view moves are drawn light. */
export const LIGHT_WHILE_MOVING = 3000;

/** Creates empty frame stats sized for a model. */
export function frameStats(model: Model): FrameStats {
  return { nodes: new Uint32Array(model.n), nodeCount: 0, edges: new Uint32Array(model.m), edgeCount: 0, labels: 0 };
}

/** Screen radius of node `i` at scale `k`. */
export const screenRadius = (model: Model, i: number, k: number): number => Math.max(MIN_SCREEN_RADIUS, model.r[i]! * k);

/** Draws a frame and records what was drawn in `stats`. */
export function drawFrame(ctx: CanvasRenderingContext2D, f: FrameInput, stats: FrameStats): void {
  const { model, vis, camera, width, height, dpr, palette } = f;
  const { k, x: tx, y: ty } = camera;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const sx = (i: number) => model.x[i]! * k + tx;
  const sy = (i: number) => model.y[i]! * k + ty;

  // Which nodes are lit: the highlighted node and its visible neighbours.
  const lit = f.highlight >= 0 ? new Uint8Array(model.n) : null;
  if (lit) {
    lit[f.highlight] = 1;
    for (const e of model.incident[f.highlight] ?? []) if (vis.edge[e]) lit[otherEnd(model, e, f.highlight)] = 1;
  }

  // Edges: one path for the ordinary ones, one for those touching the highlighted node.
  stats.edgeCount = 0;
  const plain = new Path2D();
  const strong = lit ? new Path2D() : null;
  const light = f.moving && vis.nodeCount + vis.edgeCount > LIGHT_WHILE_MOVING;
  for (let e = 0; e < model.m; e++) {
    if (!vis.edge[e]) continue;
    const s = model.source[e]!;
    const t = model.target[e]!;
    if (light && s !== f.highlight && t !== f.highlight) continue;
    const x0 = sx(s);
    const y0 = sy(s);
    const x1 = sx(t);
    const y1 = sy(t);
    if ((x0 < 0 && x1 < 0) || (x0 > width && x1 > width) || (y0 < 0 && y1 < 0) || (y0 > height && y1 > height)) continue;
    const path = strong && (s === f.highlight || t === f.highlight) ? strong : plain;
    path.moveTo(x0, y0);
    path.lineTo(x1, y1);
    stats.edges[stats.edgeCount++] = e;
  }
  ctx.lineCap = 'round';
  ctx.strokeStyle = palette.fgSoft;
  ctx.lineWidth = 1;
  // On a map the places carry the meaning, so its edges stay quieter.
  ctx.globalAlpha = lit ? 0.08 : vis.edgeCount > 3000 || f.regions?.length ? 0.18 : 0.32;
  ctx.stroke(plain);
  if (strong) {
    ctx.globalAlpha = 0.9;
    ctx.strokeStyle = palette.fg;
    ctx.lineWidth = 1.6;
    ctx.stroke(strong);
  }

  // Nodes: one path per kind and brightness, hubs last so they sit on top.
  stats.nodeCount = 0;
  const kinds = palette.kinds.length;
  const bright: Path2D[] = Array.from({ length: kinds }, () => new Path2D());
  const dim: Path2D[] = lit ? Array.from({ length: kinds }, () => new Path2D()) : [];
  for (let o = 0; o < model.n; o++) {
    const i = model.drawOrder[o]!;
    if (!vis.node[i]) continue;
    const x = sx(i);
    const y = sy(i);
    const r = screenRadius(model, i, k);
    if (x + r < 0 || x - r > width || y + r < 0 || y - r > height) continue;
    const path = lit && !lit[i] ? dim[model.kind[i]!]! : bright[model.kind[i]!]!;
    path.moveTo(x + r, y);
    path.arc(x, y, r, 0, 2 * Math.PI);
    stats.nodes[stats.nodeCount++] = i;
  }
  ctx.lineWidth = 1;
  ctx.strokeStyle = palette.bg;
  // Outlines keep touching discs apart; too small to see when zoomed far out, and skipped in motion.
  const outline = !light && (k >= 0.75 || vis.nodeCount < 1000);
  for (const [paths, alpha] of [[dim, 0.18], [bright, 1]] as const) {
    ctx.globalAlpha = alpha;
    paths.forEach((p, kind) => {
      ctx.fillStyle = palette.kinds[kind] ?? palette.fg;
      ctx.fill(p);
      if (outline) ctx.stroke(p);
    });
  }
  ctx.globalAlpha = 1;

  const ring = (i: number, colour: string, width: number, gap: number) => {
    if (i < 0 || !vis.node[i]) return;
    ctx.beginPath();
    ctx.arc(sx(i), sy(i), screenRadius(model, i, k) + gap, 0, 2 * Math.PI);
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.stroke();
  };
  ring(f.home, palette.fg, 2, 3);
  ring(f.focused, palette.focus, 3, f.focused === f.home ? 7 : 4);

  stats.labels = drawLabels(ctx, f, lit, sx, sy, light);
}

function drawLabels(
  ctx: CanvasRenderingContext2D,
  f: FrameInput,
  lit: Uint8Array | null,
  sx: (i: number) => number,
  sy: (i: number) => number,
  light: boolean,
): number {
  const { model, vis, camera, width, height, palette } = f;
  const space = new LabelSpace(width, height);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  ctx.lineJoin = 'round';
  const font = (size: number, weight: number) => {
    ctx.font = `${weight} ${size}px ${f.fontFamily}`;
  };
  const paint = (label: string, x: number, y: number, colour: string) => {
    ctx.lineWidth = 3.5;
    ctx.strokeStyle = palette.bg;
    ctx.strokeText(label, x, y);
    ctx.fillStyle = colour;
    ctx.fillText(label, x, y);
  };
  const disc = (i: number) => ({ x: sx(i), y: sy(i), r: screenRadius(model, i, camera.k) });
  const title = (i: number) => shortLabel(model.doc.nodes[i]!.title);
  const measure = (t: string) => ctx.measureText(t).width;
  const nodeLabels = (nodes: readonly number[], size: number, weight: number, limit = MAX_LABELS) => {
    font(size, weight);
    const placed = placeNodeLabels(space, nodes, disc, title, measure, size, limit);
    for (const l of placed) paint(l.text, l.x, l.y, palette.fg);
    return placed.length;
  };

  // Region names first: they are few, large and say what the map means.
  if (f.regions?.length) {
    // Smaller on a phone, so the names on either side fit side by side.
    const size = width < NARROW ? 12 : 15;
    font(size, 700);
    for (const region of f.regions) {
      const text = region.label.toUpperCase();
      const w = measure(text);
      // Beyond the anchor and the nodes crowding it, then pulled back into a narrow view.
      const at = regionNameAt(region.x, region.y, Math.max(REGION_GAP_PX, REGION_GAP * camera.k), w, size);
      const x = region.x * camera.k + camera.x + (at.x - region.x);
      const y = region.y * camera.k + camera.y + (at.y - region.y);
      const cx = Math.min(Math.max(x, w / 2 + 6), width - w / 2 - 6);
      const cy = Math.min(Math.max(y, size / 2 + 6), height - size / 2 - 6);
      const box = boxAt(cx, cy, w, size);
      if (!space.take(box)) continue;
      ctx.globalAlpha = lit ? 0.35 : 0.75;
      paint(text, cx, cy, palette.fgSoft);
      ctx.globalAlpha = 1;
    }
  }

  const must = [f.highlight, f.focused, f.home].filter((i, n, all) => i >= 0 && vis.node[i] && all.indexOf(i) === n);
  const order: number[] = [];
  for (let o = model.n - 1; o >= 0; o--) {
    const i = model.drawOrder[o]!;
    if (vis.node[i] && !must.includes(i)) order.push(i);
  }
  const candidates = lit || light ? [] : labelCandidates(order, disc, width, height);
  // The pointed and focused nodes are named first; after them no label may hide a lit node or a hub.
  for (const i of must) space.block(discBox(disc(i)));
  let count = nodeLabels(must, 13, 700);
  if (lit) for (let i = 0; i < model.n; i++) if (lit[i] && vis.node[i] && !must.includes(i)) space.block(discBox(disc(i)));
  for (const i of candidates.slice(0, ALWAYS_NAMED)) space.block(discBox(disc(i)));

  if (lit && f.highlight >= 0) {
    // Name each relation of the highlighted node at the middle of its edge, read from that node.
    font(11, 400);
    let edgeLabels = 0;
    for (const e of model.incident[f.highlight] ?? []) {
      if (!vis.edge[e] || edgeLabels >= MAX_EDGE_LABELS) continue;
      const j = otherEnd(model, e, f.highlight);
      const label = labelFrom(model, e, f.highlight);
      const x = (sx(f.highlight) + sx(j)) / 2;
      const y = (sy(f.highlight) + sy(j)) / 2;
      if (!space.take(boxAt(x, y, measure(label), 11))) continue;
      paint(label, x, y, palette.fgSoft);
      edgeLabels++;
    }
    const near = (model.incident[f.highlight] ?? []).filter((e) => vis.edge[e]).map((e) => otherEnd(model, e, f.highlight));
    return count + nodeLabels(near, 12, 400, MAX_LABELS - count);
  }

  // Otherwise the best-connected nodes, and more of them as zooming in makes them bigger on screen.
  return count + nodeLabels(candidates, 12, 400, MAX_LABELS - count);
}
