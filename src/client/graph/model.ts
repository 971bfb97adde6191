/**
 * A graph view document turned into flat typed arrays and adjacency lists, so drawing and hit-testing
 * thousands of nodes touches no objects per frame.
 */
import type { GraphViewDoc } from '../../lib/graph/view-data.ts';

export interface Model {
  readonly doc: GraphViewDoc;
  /** Node count. */
  readonly n: number;
  /** Edge count. */
  readonly m: number;
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly r: Float64Array;
  /** Index into `doc.kinds`. */
  readonly kind: Uint8Array;
  /** Hops from the focus (0 in the whole graph). */
  readonly depth: Uint8Array;
  readonly source: Uint32Array;
  readonly target: Uint32Array;
  /** Index into `doc.relations`. */
  readonly type: Uint8Array;
  /** Edge indices touching each node. */
  readonly incident: readonly (readonly number[])[];
  /** Nodes by degree, least first, so hubs are drawn on top. */
  readonly drawOrder: Uint32Array;
  readonly maxR: number;
}

/** Builds the flat model of a view document. */
export function buildModel(doc: GraphViewDoc): Model {
  const n = doc.nodes.length;
  const m = doc.edges.length;
  const kindIndex = new Map(doc.kinds.map((k, i) => [k.id, i]));
  const typeIndex = new Map(doc.relations.map((r, i) => [r.id, i]));
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const r = new Float64Array(n);
  const kind = new Uint8Array(n);
  const depth = new Uint8Array(n);
  const ids: string[] = [];
  let maxR = 0;
  doc.nodes.forEach((node, i) => {
    ids.push(node.id);
    x[i] = node.x;
    y[i] = node.y;
    r[i] = node.r;
    maxR = Math.max(maxR, node.r);
    kind[i] = kindIndex.get(node.kind) ?? 0;
    depth[i] = node.depth ?? 0;
  });
  const source = new Uint32Array(m);
  const target = new Uint32Array(m);
  const type = new Uint8Array(m);
  const incident: number[][] = Array.from({ length: n }, () => []);
  doc.edges.forEach((e, i) => {
    source[i] = e.s;
    target[i] = e.t;
    type[i] = typeIndex.get(e.type) ?? 0;
    incident[e.s]!.push(i);
    incident[e.t]!.push(i);
  });
  const drawOrder = Uint32Array.from(ids.keys()).sort((a, b) => doc.nodes[a]!.degree - doc.nodes[b]!.degree || a - b);
  return { doc, n, m, ids, index: new Map(ids.map((id, i) => [id, i])), x, y, r, kind, depth, source, target, type, incident, drawOrder, maxR };
}

/** What the filters let through: which nodes and edges are shown. */
export interface Visibility {
  readonly node: Uint8Array;
  readonly edge: Uint8Array;
  readonly nodeCount: number;
  readonly edgeCount: number;
}

/** Visibility for the kinds and relation types shown (by index) and the deepest hop shown. */
export function visibility(model: Model, kindShown: readonly boolean[], typeShown: readonly boolean[], maxDepth = Infinity): Visibility {
  const node = new Uint8Array(model.n);
  const edge = new Uint8Array(model.m);
  let nodeCount = 0;
  let edgeCount = 0;
  for (let i = 0; i < model.n; i++) {
    if (kindShown[model.kind[i]!] && model.depth[i]! <= maxDepth) {
      node[i] = 1;
      nodeCount++;
    }
  }
  for (let e = 0; e < model.m; e++) {
    if (typeShown[model.type[e]!] && node[model.source[e]!] && node[model.target[e]!]) {
      edge[e] = 1;
      edgeCount++;
    }
  }
  return { node, edge, nodeCount, edgeCount };
}

/** The node at the other end of edge `e` from node `i`. */
export const otherEnd = (model: Model, e: number, i: number): number => (model.source[e] === i ? model.target[e]! : model.source[e]!);

/** The label of edge `e` read from node `i`: "favors" from its source, "favored by" from its target. */
export function labelFrom(model: Model, e: number, i: number): string {
  const rel = model.doc.relations[model.type[e]!]!;
  return model.source[e] === i ? rel.label : rel.inverse;
}

/** Visible neighbours of `i` with the edge leading to each, in vocabulary order, forwards before backwards, then by title. */
export function neighbours(model: Model, vis: Visibility, i: number): { node: number; edge: number }[] {
  const out: { node: number; edge: number }[] = [];
  const seen = new Set<number>();
  for (const e of model.incident[i] ?? []) {
    if (!vis.edge[e]) continue;
    const j = otherEnd(model, e, i);
    if (seen.has(j)) continue;
    seen.add(j);
    out.push({ node: j, edge: e });
  }
  const titles = model.doc.nodes;
  const backwards = (x: { edge: number }) => Number(model.source[x.edge] !== i);
  return out.sort(
    (a, b) =>
      model.type[a.edge]! - model.type[b.edge]! || backwards(a) - backwards(b) || titles[a.node]!.title.localeCompare(titles[b.node]!.title),
  );
}
