/**
 * The graph as the graph views draw it: the model's nodes and edges with build-time positions,
 * compact enough to fetch on page load. The global view gets the whole graph; every node page gets
 * its neighbourhood at depth 1 and 2. Built from the one graph model, never from content directly.
 */
import type { Graph, GraphEdge } from './model.ts';
import { KINDS, KIND_INFO, type Kind } from '../content/kinds.ts';
import { layoutGraph, layoutNeighbourhood, nodeRadius } from './layout.ts';
import type { Point } from '../shared/point.ts';
import { RELATION_TYPES, RELATION_TYPE_IDS, type RelationTypeId } from '../content/relations.ts';
import type { DecisionMap, MapRegion } from './map.ts';

export const GRAPH_VIEW_VERSION = 1;

/**
 * Most nodes a neighbourhood view holds; past it, the best-connected are kept and the rest counted
 * (the status line says so and points to the full graph). 120 keeps every one-step neighbour of the
 * approaches, and a node page's panel readable; at 240 two steps from a hub took most of a 10,000-node
 * graph into every file (217 MB of local views, 21.8 KB each; 120 halves it).
 */
export const LOCAL_LIMIT = 120;

export interface ViewNode {
  readonly id: string;
  readonly kind: Kind;
  readonly title: string;
  readonly x: number;
  readonly y: number;
  /** Radius in layout units, from the node's degree in the whole graph. */
  readonly r: number;
  /** Edges touching the node in the whole graph. */
  readonly degree: number;
  /** Hops from the focus, in a neighbourhood view. */
  readonly depth?: number;
}

export interface ViewEdge {
  /** Index of the source node in `nodes`. */
  readonly s: number;
  /** Index of the target node in `nodes`. */
  readonly t: number;
  readonly type: RelationTypeId;
}

export interface ViewKind {
  readonly id: Kind;
  readonly singular: string;
  readonly plural: string;
}

export interface ViewRelation {
  readonly id: RelationTypeId;
  readonly label: string;
  readonly inverse: string;
}

export interface GraphViewDoc {
  readonly version: typeof GRAPH_VIEW_VERSION;
  /** The node a neighbourhood view is centred on; null for the whole graph. */
  readonly focus: string | null;
  readonly depth: number | null;
  /**
   * Nodes at each number of hops from the focus before the limit (`counts[1]` one hop away), so a view
   * can say what it left out; `[nodes.length]` for the whole graph.
   */
  readonly counts: readonly number[];
  readonly kinds: readonly ViewKind[];
  readonly relations: readonly ViewRelation[];
  readonly nodes: readonly ViewNode[];
  readonly edges: readonly ViewEdge[];
}

const VOCABULARY = {
  kinds: KINDS.map((id) => ({ id, singular: KIND_INFO[id].singular, plural: KIND_INFO[id].plural })),
  relations: RELATION_TYPE_IDS.map((id) => ({ id, label: RELATION_TYPES[id].label, inverse: RELATION_TYPES[id].inverse })),
};

/** Positions for the whole graph; computed once and shared by every output that draws it. */
export function layoutOf(graph: Graph): Map<string, Point> {
  return layoutGraph(
    graph.nodes.map((n) => ({ id: n.id, r: nodeRadius(graph.degree(n.id)) })),
    graph.edges,
  );
}

function docOf(
  graph: Graph,
  ids: readonly string[],
  positions: ReadonlyMap<string, Point>,
  extra: { focus: string | null; depth: number | null; counts: number[]; depthOf?: ReadonlyMap<string, number>; edges?: readonly GraphEdge[] },
): GraphViewDoc {
  const index = new Map(ids.map((id, i) => [id, i]));
  const nodes = ids.map((id): ViewNode => {
    const n = graph.node(id)!;
    const p = positions.get(id) ?? { x: 0, y: 0 };
    const degree = graph.degree(id);
    const base = { id, kind: n.kind, title: n.title, x: p.x, y: p.y, r: nodeRadius(degree), degree };
    return extra.depthOf ? { ...base, depth: extra.depthOf.get(id) ?? 0 } : base;
  });
  const edges: ViewEdge[] = [];
  for (const e of extra.edges ?? graph.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s !== undefined && t !== undefined) edges.push({ s, t, type: e.type });
  }
  return { version: GRAPH_VIEW_VERSION, focus: extra.focus, depth: extra.depth, counts: extra.counts, ...VOCABULARY, nodes, edges };
}

/** The whole graph with positions, nodes in id order. Pass `positions` to reuse a layout already computed. */
export function globalViewDoc(graph: Graph, positions: ReadonlyMap<string, Point> = layoutOf(graph)): GraphViewDoc {
  const ids = graph.nodes.map((n) => n.id).sort();
  return docOf(graph, ids, positions, { focus: null, depth: null, counts: [ids.length] });
}

const edgeOrder = new WeakMap<Graph, Map<GraphEdge, number>>();

/**
 * The edges between nodes of `ids`, in the graph's own edge order, found from the nodes' links:
 * a neighbourhood is read for every node page, so it must not scan every edge of the graph.
 */
function edgesAmong(graph: Graph, ids: ReadonlySet<string>): GraphEdge[] {
  const order = edgeOrder.get(graph) ?? new Map(graph.edges.map((e, i) => [e, i]));
  edgeOrder.set(graph, order);
  const found: GraphEdge[] = [];
  for (const id of ids) {
    for (const link of graph.links(id)) {
      // Each edge once: from its source's side.
      if (!link.inverse && ids.has(link.edge.target)) found.push(link.edge);
    }
  }
  return found.sort((a, b) => order.get(a)! - order.get(b)!);
}

/**
 * The neighbourhood of `focus` within `depth` hops, laid out on rings around it; a view of fewer hops
 * shows the nodes of `depth` at most that many hops away, at the same places. When more than `limit`
 * nodes are that close, the nearest and then best-connected are kept and `counts` says how many there were.
 */
export function localViewDoc(graph: Graph, focus: string, depth = 2, limit = LOCAL_LIMIT): GraphViewDoc {
  const depths = graph.depths(focus, depth);
  const ranked = [...depths.keys()].sort(
    (a, b) => depths.get(a)! - depths.get(b)! || graph.degree(b) - graph.degree(a) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const kept = new Set(ranked.slice(0, Math.max(1, limit)));
  const edges = edgesAmong(graph, kept);
  const positions = layoutNeighbourhood(
    [...kept].map((id) => ({ id, r: nodeRadius(graph.degree(id)), group: graph.node(id)!.kind })),
    edges,
    { depthOf: depths },
  );
  const counts = Array.from({ length: depth + 1 }, () => 0);
  for (const d of depths.values()) counts[d]++;
  return docOf(graph, [...kept].sort(), positions, { focus, depth, counts, depthOf: depths, edges });
}

export const MAP_VIEW_VERSION = 1;

/** One node's place on the decision map, in the global document's node order. */
export interface MapViewNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** The approach whose region holds it, or null. */
  readonly leans: string | null;
  /** Why it sits there, as plain text. */
  readonly why: string;
}

/** The decision map as the graph view loads it when the reader switches to it. */
export interface MapViewDoc {
  readonly version: typeof MAP_VIEW_VERSION;
  readonly regions: readonly MapRegion[];
  readonly nodes: readonly MapViewNode[];
}

/** The decision map's positions and reasons for every node, in id order like `globalViewDoc`. */
export function mapViewDoc(graph: Graph, map: DecisionMap): MapViewDoc {
  const ids = graph.nodes.map((n) => n.id).sort();
  const nodes = ids.map((id): MapViewNode => {
    const p = map.placements.get(id);
    return { id, x: p?.x ?? 0, y: p?.y ?? 0, leans: p?.leans ?? null, why: p?.why ?? '' };
  });
  return { version: MAP_VIEW_VERSION, regions: map.regions, nodes };
}
