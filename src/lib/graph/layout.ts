/**
 * Graph layout computed at build time: d3-force runs in Node with a seeded random source and a fixed
 * number of ticks, so the same content always gives the same picture and the browser spends no
 * frames on physics. Pure: it takes ids and edges and returns positions.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Point } from '../shared/point.ts';
import { seededRandom } from '../shared/random.ts';

export interface LayoutInputNode {
  readonly id: string;
  /** Radius in layout units; by default it follows the node's degree among the given edges. */
  readonly r?: number;
  /** Nodes of one group start side by side in a neighbourhood (the site groups by kind). */
  readonly group?: string;
}

export interface LayoutInputEdge {
  readonly source: string;
  readonly target: string;
}

export interface LayoutOptions {
  /** Seed of the random source; the default gives the site's picture. */
  readonly seed?: number;
  /** Simulation ticks; the default scales down for very large graphs to keep builds quick. */
  readonly ticks?: number;
}

export interface LocalLayoutOptions {
  /** Hops from the focus of each node, the focus being 0. */
  readonly depthOf: ReadonlyMap<string, number>;
  /** Least distance between rings of successive depths; a crowded ring grows to fit its nodes. */
  readonly ring?: number;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
  depth: number;
}

/** The seed of the site's picture; any other gives another picture, equally stable. */
const DEFAULT_SEED = 0x5eed;

// Tunables of the global layout, in layout units (about one screen pixel at zoom 1).
/** Gap left between two linked nodes' rims: enough for an arrowhead and a label's breathing room. */
const LINK_GAP = 18;
/** Base repulsion of every node; bigger (better connected) nodes push harder, by REPULSION_PER_RADIUS. */
const REPULSION = -30;
const REPULSION_PER_RADIUS = -4;
/** Barnes-Hut accuracy: 0.9 is d3's default, a fair trade of layout quality for build time. */
const THETA = 0.9;
/** Repulsion ignored past this distance, so far-apart clusters stop pushing each other off the page. */
const REPULSION_RANGE = 600;
/** Least gap between two nodes' rims, so no circle hides another. */
const COLLIDE_GAP = 2;
/** Weak pull to the centre: brings unconnected pieces in without squashing the big component. */
const CENTRING = 0.04;
/**
 * Ticks by graph size. Past `largeFrom` nodes the layout runs fewer, coarser ticks (Barnes-Hut
 * LARGE_THETA, collisions only in the second half): on the 2,000-node corpus 4.0 s of CPU became
 * 1.9 s, with linked nodes as close and no overlaps.
 */
const TICKS = { small: 300, large: 120, largeFrom: 1500 } as const;
const LARGE_THETA = 1;
/** Spacing of d3's phyllotaxis start spiral. */
const SPIRAL_STEP = 10;

// Tunables of the neighbourhood layout.
/** Least distance between the rings of successive hops. */
const RING = 110;
/** Space left between neighbours on a ring, so no two nodes touch. */
const RING_SLOT_GAP = 6;
/** How much longer a ring is than the arcs it holds: covers the chords' shortfall from their arcs. */
const RING_SLACK = 1.1;

/** Radius of a node in layout units, growing with the square root of its degree. */
export function nodeRadius(degree: number): number {
  // Rounded like positions: every view document carries it, once per node per file.
  return round(Math.min(24, 3.5 + 1.6 * Math.sqrt(Math.max(0, degree))));
}

/** Rounds to one decimal, which keeps the JSON small and the output stable; -0 becomes 0 so it prints and compares as 0. */
const round = (v: number) => Math.round(v * 10) / 10 + 0;

/** Sorted copies, so the picture depends on the content and never on the order it was read in. */
function prepare(nodes: readonly LayoutInputNode[], edges: readonly LayoutInputEdge[], depthOf?: ReadonlyMap<string, number>) {
  const given = new Map(nodes.map((n) => [n.id, n.r]));
  const ids = [...given.keys()].sort();
  const known = new Set(ids);
  const degree = new Map(ids.map((id) => [id, 0]));
  const links = edges
    .filter((e) => known.has(e.source) && known.has(e.target) && e.source !== e.target)
    .map((e) => ({ source: e.source, target: e.target }))
    .sort((a, b) => (a.source === b.source ? (a.target < b.target ? -1 : a.target > b.target ? 1 : 0) : a.source < b.source ? -1 : 1));
  for (const l of links) {
    degree.set(l.source, degree.get(l.source)! + 1);
    degree.set(l.target, degree.get(l.target)! + 1);
  }
  const simNodes: SimNode[] = ids.map((id) => ({ id, r: given.get(id) ?? nodeRadius(degree.get(id)!), depth: depthOf?.get(id) ?? 0 }));
  return { simNodes, links, degree };
}

type Simulation = ReturnType<typeof forceSimulation<SimNode>>;

/** Runs a stopped simulation for `ticks` steps, `halfway` changing its forces in the middle, and reads the positions out, rounded. */
function settle(simNodes: SimNode[], ticks: number, configure: (sim: Simulation) => void, seed: number, halfway?: (sim: Simulation) => void) {
  const sim = forceSimulation<SimNode>().randomSource(seededRandom(seed)).stop();
  sim.nodes(simNodes);
  configure(sim);
  const first = halfway ? Math.floor(ticks / 2) : ticks;
  sim.tick(first);
  if (halfway) {
    halfway(sim);
    sim.tick(ticks - first);
  }
  sim.stop();
  return new Map<string, Point>(simNodes.map((n) => [n.id, { x: round(n.x ?? 0), y: round(n.y ?? 0) }]));
}

/** Positions for every node of a whole graph. Deterministic for the same nodes, edges and seed. */
export function layoutGraph(
  nodes: readonly LayoutInputNode[],
  edges: readonly LayoutInputEdge[],
  options: LayoutOptions = {},
): Map<string, Point> {
  const { simNodes, links } = prepare(nodes, edges);
  const n = simNodes.length;
  if (n === 0) return new Map();
  const large = n > TICKS.largeFrom;
  const ticks = options.ticks ?? (large ? TICKS.large : TICKS.small);
  const collide = () => forceCollide<SimNode>((d) => d.r + COLLIDE_GAP).iterations(1);
  const seed = options.seed ?? DEFAULT_SEED;
  // Start on d3's even phyllotaxis spiral, with the spiral's places dealt out by the seeded random
  // source, so the seed (not the order of ids) decides the starting picture.
  const random = seededRandom(seed ^ 0x9e3779b9);
  const slots = simNodes.map((_, i) => i);
  for (let i = slots.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [slots[i], slots[j]] = [slots[j]!, slots[i]!];
  }
  simNodes.forEach((node, i) => {
    const slot = slots[i]!;
    const radius = SPIRAL_STEP * Math.sqrt(0.5 + slot);
    const angle = slot * Math.PI * (3 - Math.sqrt(5));
    node.x = radius * Math.cos(angle);
    node.y = radius * Math.sin(angle);
  });
  return settle(
    simNodes,
    ticks,
    (sim) => {
      // d3's default cools over 300 ticks; fewer ticks cool faster so the picture still settles.
      if (large) sim.alphaDecay(1 - Math.pow(0.001, 1 / ticks));
      sim
        .force(
          'link',
          forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
            .id((d) => d.id)
            .distance((l) => LINK_GAP + (l.source as SimNode).r + (l.target as SimNode).r),
        )
        .force('charge', forceManyBody<SimNode>().strength((d) => REPULSION + REPULSION_PER_RADIUS * d.r).theta(large ? LARGE_THETA : THETA).distanceMax(REPULSION_RANGE))
        .force('collide', large ? null : collide())
        .force('x', forceX<SimNode>(0).strength(CENTRING))
        .force('y', forceY<SimNode>(0).strength(CENTRING));
    },
    seed,
    large ? (sim) => sim.force('collide', collide()) : undefined,
  );
}

/**
 * Positions for a neighbourhood: the focus at the origin, each further hop on a wider ring, so a
 * reader sees at a glance what is one step away and what is two. Placed, not simulated: every node
 * page has one, so a simulation per page would make the build grow with pages times neighbourhood.
 * A radial tree: each node hangs from one neighbour a hop nearer (the first by group, then id) and
 * owns a sector of the circle wide enough for itself and everything hanging from it, so a node sits
 * beside the node that brought it in, and the nodes of one group sit side by side. Each node's
 * sector holds at least its diameter plus a gap along its ring, so no two nodes overlap.
 */
export function layoutNeighbourhood(
  nodes: readonly LayoutInputNode[],
  edges: readonly LayoutInputEdge[],
  options: LocalLayoutOptions,
): Map<string, Point> {
  const { simNodes, links } = prepare(nodes, edges, options.depthOf);
  const out = new Map<string, Point>();
  if (simNodes.length === 0) return out;
  const ring = options.ring ?? RING;
  const groupOf = new Map(nodes.map((n) => [n.id, n.group ?? '']));
  const byId = new Map(simNodes.map((n) => [n.id, n]));
  const order = (a: SimNode, b: SimNode) => {
    const [ga, gb] = [groupOf.get(a.id)!, groupOf.get(b.id)!];
    return ga < gb ? -1 : ga > gb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  const nearer = new Map<string, SimNode[]>();
  for (const l of links) {
    const [s, t] = [byId.get(l.source)!, byId.get(l.target)!];
    if (s.depth === t.depth - 1) nearer.set(t.id, [...(nearer.get(t.id) ?? []), s]);
    if (t.depth === s.depth - 1) nearer.set(s.id, [...(nearer.get(s.id) ?? []), t]);
  }
  const minDepth = Math.min(...simNodes.map((n) => n.depth));
  // The tree: a node without a neighbour a hop nearer hangs from the root, as the innermost ring does.
  const innermost = simNodes.filter((n) => n.depth === minDepth);
  const children = new Map<string | null, SimNode[]>();
  for (const n of [...simNodes].sort(order)) {
    if (innermost.length === 1 && n === innermost[0]) continue;
    const parent = (nearer.get(n.id) ?? []).sort(order)[0]?.id ?? null;
    children.set(parent, [...(children.get(parent) ?? []), n]);
  }
  const centre = innermost.length === 1 ? innermost[0]! : null;
  const arc = (n: SimNode) => 2 * n.r + RING_SLOT_GAP;
  const ringLength = new Map<number, number>();
  for (const n of simNodes) if (n !== centre) ringLength.set(n.depth, (ringLength.get(n.depth) ?? 0) + arc(n));
  // Weight: the share of a tight ring a node needs, or all its subtree needs further out, whichever is more.
  const weight = new Map<string, number>();
  const weigh = (n: SimNode): number => {
    const below = (children.get(n.id) ?? []).reduce((sum, c) => sum + weigh(c), 0);
    const w = Math.max(arc(n) / ringLength.get(n.depth)!, below);
    weight.set(n.id, w);
    return w;
  };
  const top = children.get(centre?.id ?? null) ?? [];
  const total = top.reduce((sum, n) => sum + weigh(n), 0);
  // A ring wide enough that every sector holds its node.
  const radius = new Map<number, number>();
  let previous = 0;
  for (const depth of [...ringLength.keys()].sort((a, b) => a - b)) {
    const r = Math.max(previous + ring, (RING_SLACK * total * ringLength.get(depth)!) / (2 * Math.PI));
    radius.set(depth, r);
    previous = r;
  }
  const place = (list: readonly SimNode[], from: number, width: number) => {
    const used = list.reduce((sum, n) => sum + (2 * Math.PI * weight.get(n.id)!) / total, 0);
    let start = from + (width - used) / 2;
    for (const n of list) {
      const own = (2 * Math.PI * weight.get(n.id)!) / total;
      const a = start + own / 2;
      const r = radius.get(n.depth)!;
      out.set(n.id, { x: round(r * Math.cos(a)), y: round(r * Math.sin(a)) });
      place(children.get(n.id) ?? [], start, own);
      start += own;
    }
  };
  if (centre) out.set(centre.id, { x: 0, y: 0 });
  place(top, 0, 2 * Math.PI);
  return out;
}
