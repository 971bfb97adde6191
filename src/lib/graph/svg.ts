/**
 * The static picture of a graph view, for readers without JavaScript: the same build-time layout
 * reduced to a viewBox, one path holding every edge, circles grouped by kind and the labels of the
 * best-connected nodes. Numbers only; the component that draws it escapes the titles.
 */
import type { Kind } from '../content/kinds.ts';
import type { GraphViewDoc, ViewNode } from './view-data.ts';
import { LabelSpace, placeLabel, regionNameAt } from './labels.ts';

export interface SvgCircle {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

export interface SvgLabel {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

export interface SvgPicture {
  /** `minX minY width height` around every node, with a margin for labels. */
  readonly viewBox: string;
  /** Every edge as one `M x y L x y` segment. */
  readonly edgePath: string;
  readonly kinds: readonly { readonly kind: Kind; readonly circles: readonly SvgCircle[] }[];
  readonly labels: readonly SvgLabel[];
  /** Label size in layout units, so labels read at about the same size whatever the graph's extent. */
  readonly fontSize: number;
  /** Named regions (the decision map's), placed before the node labels and never overlapped by them. */
  readonly regions: readonly SvgLabel[];
  /** Nodes drawn: all of them, or the `maxNodes` best-connected of a bigger graph. */
  readonly drawn: number;
}

export interface SvgOptions {
  /** Most node labels. */
  readonly labelCount?: number;
  /** Relation types left out of the picture (the map folds `cites`). */
  readonly omitTypes?: readonly string[];
  readonly regions?: readonly { readonly label: string; readonly x: number; readonly y: number }[];
  /** Most nodes drawn; a bigger graph is drawn as its best-connected nodes and the edges among them. */
  readonly maxNodes?: number;
}

/**
 * Nodes a picture draws by default. Every graph page carries its pictures, so at 2,000 nodes two
 * full pictures made the page 979 KB (194 KB gzip) and held up the canvas's first frame; 400 dots
 * already fill the picture, and the list of every node has the rest.
 */
export const PICTURE_NODES = 400;

/** Room between an anchor and its region's name, in layout units: clear of the nodes crowding the anchor. */
const REGION_GAP = 130;

/** Width of a label in layout units: an estimate, since no font is measured at build time. */
const textWidth = (text: string, size: number) => text.length * size * 0.62;

const num = (v: number) => String(Math.round(v * 10) / 10);

/** Bounds of the nodes, radii included: [minX, minY, maxX, maxY]. */
export function boundsOf(nodes: readonly Pick<ViewNode, 'x' | 'y' | 'r'>[]): [number, number, number, number] {
  if (!nodes.length) return [-1, -1, 1, 1];
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    x0 = Math.min(x0, n.x - n.r);
    y0 = Math.min(y0, n.y - n.r);
    x1 = Math.max(x1, n.x + n.r);
    y1 = Math.max(y1, n.y + n.r);
  }
  return [x0, y0, x1, y1];
}

/**
 * The static picture of `doc`, labelling up to `labelCount` of the best-connected nodes: each on
 * the first free side of its node, none over another (as the canvas does).
 */
export function svgPicture(whole: GraphViewDoc, options: SvgOptions | number = {}): SvgPicture {
  const { labelCount = 24, omitTypes = [], regions = [], maxNodes = PICTURE_NODES } = typeof options === 'number' ? { labelCount: options } : options;
  const doc = busiestPart(whole, maxNodes);
  const [bx0, by0, bx1, by1] = boundsOf(doc.nodes);
  const margin = 40;
  const fontSize = Number(num(Math.max(bx1 - bx0, by1 - by0, 1) / 62));
  // Region names sit beyond the nodes; the frame takes them in, text and all.
  const regionSize = fontSize * 1.3;
  const named = regions.map((r) => {
    const text = r.label.toUpperCase();
    const w = textWidth(text, regionSize);
    return { text, w, ...regionNameAt(r.x, r.y, REGION_GAP, w, regionSize) };
  });
  const [x0, y0, x1, y1] = [
    Math.min(bx0, ...named.map((r) => r.x - r.w / 2 - 4)),
    Math.min(by0, ...named.map((r) => r.y - regionSize)),
    Math.max(bx1, ...named.map((r) => r.x + r.w / 2 + 4)),
    Math.max(by1, ...named.map((r) => r.y + regionSize)),
  ];
  const width = x1 - x0 + 2 * margin;
  const height = y1 - y0 + 2 * margin;
  const viewBox = [x0 - margin, y0 - margin, width, height].map(num).join(' ');
  const edgePath = doc.edges
    .filter((e) => !omitTypes.includes(e.type))
    .map((e) => {
      const s = doc.nodes[e.s]!;
      const t = doc.nodes[e.t]!;
      return `M${num(s.x)} ${num(s.y)}L${num(t.x)} ${num(t.y)}`;
    })
    .join('');
  const kinds = doc.kinds
    .map((k) => ({ kind: k.id, circles: doc.nodes.filter((n) => n.kind === k.id).map(({ id, x, y, r }) => ({ id, x, y, r })) }))
    .filter((k) => k.circles.length > 0);
  // Label space in viewBox coordinates shifted to start at 0, as LabelSpace measures from the origin.
  const [ox, oy] = [x0 - margin, y0 - margin];
  const space = new LabelSpace(width, height);
  const regionLabels: SvgLabel[] = [];
  for (const { text, w, x, y } of named) {
    if (space.take({ x0: x - ox - w / 2, y0: y - oy - regionSize / 2, x1: x - ox + w / 2, y1: y - oy + regionSize / 2 })) {
      regionLabels.push({ x, y: y + regionSize / 3, text });
    }
  }
  const labels: SvgLabel[] = [];
  for (const n of [...doc.nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1))) {
    if (labels.length >= labelCount) break;
    const placed = placeLabel(space, { x: n.x - ox, y: n.y - oy, r: n.r }, textWidth(n.title, fontSize), fontSize);
    // Text is drawn on its baseline, a third of the size below the box's middle.
    if (placed) labels.push({ x: placed.x + ox, y: placed.y + oy + fontSize / 3, text: n.title });
  }
  return { viewBox, edgePath, kinds, labels, fontSize, regions: regionLabels, drawn: doc.nodes.length };
}

/** The `max` best-connected nodes of `doc` (ties by id) and the edges among them; `doc` itself when it is no bigger. */
export function busiestPart(doc: GraphViewDoc, max: number): GraphViewDoc {
  if (doc.nodes.length <= max) return doc;
  const kept = doc.nodes
    .map((n, i) => ({ n, i }))
    .sort((a, b) => b.n.degree - a.n.degree || (a.n.id < b.n.id ? -1 : 1))
    .slice(0, Math.max(0, max))
    .sort((a, b) => a.i - b.i);
  const index = new Map(kept.map(({ i }, j) => [i, j]));
  const edges = doc.edges.flatMap((e) => (index.has(e.s) && index.has(e.t) ? [{ ...e, s: index.get(e.s)!, t: index.get(e.t)! }] : []));
  return { ...doc, nodes: kept.map(({ n }) => n), edges };
}
