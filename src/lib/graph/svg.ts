/**
 * The static picture of a graph view, for readers without JavaScript: the same build-time layout
 * reduced to a viewBox, one path holding every edge, circles grouped by kind and the labels of the
 * best-connected nodes. Numbers only; the component that draws it escapes the titles.
 */
import type { Kind } from '../content/kinds.ts';
import type { GraphViewDoc, ViewNode } from './view-data.ts';

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
}

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

/** The static picture of `doc`, labelling the `labelCount` best-connected nodes. */
export function svgPicture(doc: GraphViewDoc, labelCount = 24): SvgPicture {
  const [x0, y0, x1, y1] = boundsOf(doc.nodes);
  const margin = 40;
  const width = x1 - x0 + 2 * margin;
  const height = y1 - y0 + 2 * margin;
  const viewBox = [x0 - margin, y0 - margin, width, height].map(num).join(' ');
  const fontSize = Number(num(Math.max(width, height) / 70));
  const edgePath = doc.edges
    .map((e) => {
      const s = doc.nodes[e.s]!;
      const t = doc.nodes[e.t]!;
      return `M${num(s.x)} ${num(s.y)}L${num(t.x)} ${num(t.y)}`;
    })
    .join('');
  const kinds = doc.kinds
    .map((k) => ({ kind: k.id, circles: doc.nodes.filter((n) => n.kind === k.id).map(({ id, x, y, r }) => ({ id, x, y, r })) }))
    .filter((k) => k.circles.length > 0);
  const labels = [...doc.nodes]
    .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1))
    .slice(0, labelCount)
    .map((n) => ({ x: n.x, y: n.y - n.r - fontSize / 2, text: n.title }));
  return { viewBox, edgePath, kinds, labels, fontSize };
}
