/**
 * The graph views' data for this build: the whole graph's layout computed once from the one graph
 * model, and each node's neighbourhood on demand. Endpoints and pages read these, never the content.
 */
import { globalViewDoc, layoutOf, localViewDoc, type GraphViewDoc } from '../lib/graph/view-data.ts';
import type { Point } from '../lib/graph/layout.ts';
import { knowledge } from './knowledge.ts';

let positions: Promise<Map<string, Point>> | undefined;
let global: Promise<GraphViewDoc> | undefined;

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

/** A node's neighbourhood, two hops deep, as its page's local graph draws it. */
export async function localView(id: string): Promise<GraphViewDoc> {
  const k = await knowledge();
  return localViewDoc(k.graph, id);
}
