/**
 * The graph views' data for this build: the whole graph's layout computed once from the one graph
 * model, the decision map, and each node's neighbourhood on demand. Endpoints and pages read these,
 * never the content.
 */
import { globalViewDoc, layoutOf, localViewDoc, mapViewDoc, type GraphViewDoc, type MapViewDoc } from '../lib/graph/view-data.ts';
import type { Point } from '../lib/shared/point.ts';
import { decisionMap, type DecisionMap } from '../lib/graph/map.ts';
import type { Profile } from '../lib/decision/model.ts';
import { knowledge } from './knowledge.ts';

let positions: Promise<Map<string, Point>> | undefined;
let global: Promise<GraphViewDoc> | undefined;
let map: Promise<DecisionMap> | undefined;

/** Build-time positions of every node of the graph, computed once per build (reusable by any endpoint). */
export function graphPositions(): Promise<Map<string, Point>> {
  positions ??= knowledge().then((k) => layoutOf(k.graph));
  return positions;
}

/** The whole graph as the global view draws it. */
export function globalView(): Promise<GraphViewDoc> {
  global ??= Promise.all([knowledge(), graphPositions()]).then(([k, p]) => globalViewDoc(k.graph, p));
  return global;
}

/** The decision map of the whole graph, computed once per build. */
export function graphMap(): Promise<DecisionMap> {
  map ??= knowledge().then((k) => {
    const profiles = new Map<string, Profile>(k.nodes.flatMap((n) => (n.kind === 'use-cases' ? [[n.id, n.data.profile] as const] : [])));
    return decisionMap({ graph: k.graph, decision: k.decision, profiles });
  });
  return map;
}

/** The whole graph laid out as the decision map, with the same nodes and edges as `globalView()`. */
export async function globalMapView(): Promise<GraphViewDoc> {
  const [k, m] = await Promise.all([knowledge(), graphMap()]);
  return globalViewDoc(k.graph, m.placements);
}

/** The decision map's positions and reasons, as the graph view loads them. */
export async function mapView(): Promise<MapViewDoc> {
  const [k, m] = await Promise.all([knowledge(), graphMap()]);
  return mapViewDoc(k.graph, m);
}

/** A node's neighbourhood, two hops deep, as its page's local graph draws it. */
export async function localView(id: string): Promise<GraphViewDoc> {
  const k = await knowledge();
  return localViewDoc(k.graph, id);
}
