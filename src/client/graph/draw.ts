/**
 * Draws one frame of a graph view on a canvas: edges in two batched paths, nodes batched by kind,
 * then labels in screen space at the device pixel ratio so text stays crisp at any zoom. Labels that
 * would overlap are left out; the most connected nodes and the highlighted neighbourhood win.
 */
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
}

/** What the last frame drew; reused between frames to avoid garbage. */
export interface FrameStats {
  nodes: Uint32Array;
  nodeCount: number;
  edges: Uint32Array;
  edgeCount: number;
  labels: number;
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const MAX_LABELS = 70;
const MAX_LABEL_CANDIDATES = 500;
const MAX_EDGE_LABELS = 40;
const MIN_SCREEN_RADIUS = 2;
/** Above this many shown nodes and edges, frames drawn while the view moves are drawn light. */
export const LIGHT_WHILE_MOVING = 3000;

/** Creates empty frame stats sized for a model. */
export function frameStats(model: Model): FrameStats {
  return { nodes: new Uint32Array(model.n), nodeCount: 0, edges: new Uint32Array(model.m), edgeCount: 0, labels: 0 };
}

const shorten = (title: string) => (title.length > 34 ? `${title.slice(0, 32).trimEnd()}…` : title);

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
  ctx.globalAlpha = lit ? 0.08 : vis.edgeCount > 3000 ? 0.18 : 0.32;
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
  const placed: Rect[] = [];
  const free = (r: Rect) => {
    if (r.x1 < 0 || r.x0 > width || r.y1 < 0 || r.y0 > height) return false;
    for (const p of placed) if (r.x0 < p.x1 && r.x1 > p.x0 && r.y0 < p.y1 && r.y1 > p.y0) return false;
    return true;
  };
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  ctx.lineJoin = 'round';
  const text = (label: string, x: number, y: number, size: number, weight: number, colour: string): boolean => {
    ctx.font = `${weight} ${size}px ${f.fontFamily}`;
    const w = ctx.measureText(label).width;
    const rect = { x0: x - w / 2 - 3, y0: y - size / 2 - 2, x1: x + w / 2 + 3, y1: y + size / 2 + 2 };
    if (!free(rect)) return false;
    placed.push(rect);
    ctx.lineWidth = 3.5;
    ctx.strokeStyle = palette.bg;
    ctx.strokeText(label, x, y);
    ctx.fillStyle = colour;
    ctx.fillText(label, x, y);
    return true;
  };
  const nodeLabel = (i: number, size: number, weight: number) => {
    const r = screenRadius(model, i, camera.k);
    return text(shorten(model.doc.nodes[i]!.title), sx(i), sy(i) - r - size / 2 - 3, size, weight, palette.fg);
  };

  let count = 0;
  const must = [f.highlight, f.focused, f.home].filter((i, n, all) => i >= 0 && vis.node[i] && all.indexOf(i) === n);
  for (const i of must) if (nodeLabel(i, 13, 700)) count++;

  if (lit && f.highlight >= 0) {
    // Name each relation of the highlighted node at the middle of its edge, read from that node.
    let edgeLabels = 0;
    for (const e of model.incident[f.highlight] ?? []) {
      if (!vis.edge[e] || edgeLabels >= MAX_EDGE_LABELS) continue;
      const j = otherEnd(model, e, f.highlight);
      const mx = (sx(f.highlight) + sx(j)) / 2;
      const my = (sy(f.highlight) + sy(j)) / 2;
      if (text(labelFrom(model, e, f.highlight), mx, my, 11, 400, palette.fgSoft)) edgeLabels++;
    }
    for (const e of model.incident[f.highlight] ?? []) {
      if (count >= MAX_LABELS) break;
      if (vis.edge[e] && nodeLabel(otherEnd(model, e, f.highlight), 12, 400)) count++;
    }
    return count;
  }

  // Otherwise the best-connected nodes that are big enough on screen to be worth a name.
  if (light) return count;
  let tried = 0;
  for (let o = model.n - 1; o >= 0 && count < MAX_LABELS && tried < MAX_LABEL_CANDIDATES; o--) {
    const i = model.drawOrder[o]!;
    if (!vis.node[i] || must.includes(i)) continue;
    const big = model.r[i]! * camera.k >= 5;
    if (!big && model.n - 1 - o >= 12) continue;
    const x = sx(i);
    const y = sy(i);
    if (x < -50 || x > width + 50 || y < -20 || y > height + 20) continue;
    tried++;
    if (nodeLabel(i, 12, 400)) count++;
  }
  return count;
}
