/**
 * Graph layout computed at build time: d3-force runs in Node with a seeded random source and a fixed
 * number of ticks, so the same content always gives the same picture and the browser spends no
 * frames on physics. Pure: it takes ids and edges and returns positions.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceRadial,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';

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

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface LayoutOptions {
  /** Seed of the random source; the default gives the site's picture. */
  readonly seed?: number;
  /** Simulation ticks; the default scales down for very large graphs to keep builds quick. */
  readonly ticks?: number;
}

export interface LocalLayoutOptions extends LayoutOptions {
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

const DEFAULT_SEED = 0x5eed;

/** Mulberry32: a small seeded PRNG returning numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Radius of a node in layout units, growing with the square root of its degree. */
export function nodeRadius(degree: number): number {
  return Math.min(24, 3.5 + 1.6 * Math.sqrt(Math.max(0, degree)));
}

/** Rounds to one decimal, which keeps the JSON small and the output stable. */
const round = (v: number) => Math.round(v * 10) / 10;

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

/** Runs a stopped simulation for `ticks` steps and reads the positions out, rounded. */
function settle(simNodes: SimNode[], ticks: number, configure: (sim: ReturnType<typeof forceSimulation<SimNode>>) => void, seed: number) {
  const sim = forceSimulation<SimNode>().randomSource(seededRandom(seed)).stop();
  sim.nodes(simNodes);
  configure(sim);
  sim.tick(ticks);
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
  const ticks = options.ticks ?? (n > 5000 ? 160 : n > 1500 ? 220 : 300);
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
    const radius = 10 * Math.sqrt(0.5 + slot);
    const angle = slot * Math.PI * (3 - Math.sqrt(5));
    node.x = radius * Math.cos(angle);
    node.y = radius * Math.sin(angle);
  });
  return settle(
    simNodes,
    ticks,
    (sim) => {
      sim
        .force(
          'link',
          forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
            .id((d) => d.id)
            .distance((l) => 18 + (l.source as SimNode).r + (l.target as SimNode).r),
        )
        .force('charge', forceManyBody<SimNode>().strength((d) => -30 - 4 * d.r).theta(0.9).distanceMax(600))
        .force('collide', forceCollide<SimNode>((d) => d.r + 2).iterations(1))
        // Weak centring pulls unconnected pieces in without squashing the big component.
        .force('x', forceX<SimNode>(0).strength(0.04))
        .force('y', forceY<SimNode>(0).strength(0.04));
    },
    seed,
  );
}

/**
 * Positions for a neighbourhood: the focus pinned at the origin, each further hop on a wider ring,
 * so a reader sees at a glance what is one step away and what is two. Nodes start on their ring next
 * to the node that brought them in, grouped by `group`, so a short simulation only has to tidy up.
 */
export function layoutNeighbourhood(
  nodes: readonly LayoutInputNode[],
  edges: readonly LayoutInputEdge[],
  options: LocalLayoutOptions,
): Map<string, Point> {
  const { simNodes, links } = prepare(nodes, edges, options.depthOf);
  if (simNodes.length === 0) return new Map();
  const ring = options.ring ?? 110;
  const groupOf = new Map(nodes.map((n) => [n.id, n.group ?? '']));
  const adjacent = new Map<string, string[]>(simNodes.map((n) => [n.id, []]));
  for (const l of links) {
    adjacent.get(l.source)!.push(l.target);
    adjacent.get(l.target)!.push(l.source);
  }
  const byDepth = new Map<number, SimNode[]>();
  for (const n of simNodes) {
    const list = byDepth.get(n.depth) ?? [];
    list.push(n);
    byDepth.set(n.depth, list);
  }
  const depths = [...byDepth.keys()].sort((a, b) => a - b);
  const radius = new Map<number, number>();
  const angle = new Map<string, number>();
  for (const depth of depths) {
    const list = byDepth.get(depth)!;
    // Each ring is at least `ring` outside the previous one and long enough to hold its nodes side by side.
    const needed = list.reduce((sum, n) => sum + 2 * n.r + 6, 0) / (2 * Math.PI);
    const r = depth === 0 ? 0 : Math.max((radius.get(depth - 1) ?? 0) + ring, needed);
    radius.set(depth, r);
    const key = (n: SimNode) => {
      const parent = adjacent.get(n.id)!.find((id) => angle.has(id));
      return parent === undefined ? -1 : angle.get(parent)!;
    };
    const ordered = list
      .map((n) => ({ n, parent: key(n), group: groupOf.get(n.id)! }))
      .sort((a, b) => a.parent - b.parent || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0) || (a.n.id < b.n.id ? -1 : 1));
    ordered.forEach(({ n }, i) => {
      const a = (2 * Math.PI * i) / ordered.length;
      angle.set(n.id, a);
      n.x = r * Math.cos(a);
      n.y = r * Math.sin(a);
      if (depth === 0) {
        n.fx = 0;
        n.fy = 0;
      }
    });
  }
  const ticks = options.ticks ?? 40;
  return settle(
    simNodes,
    ticks,
    (sim) => {
      sim
        .alpha(0.5)
        .alphaDecay(1 - Math.pow(0.001 / 0.5, 1 / ticks))
        .force(
          'link',
          forceLink<SimNode, SimulationLinkDatum<SimNode>>(links)
            .id((d) => d.id)
            .distance(ring)
            .strength(0.02),
        )
        .force('collide', forceCollide<SimNode>((d) => d.r + 3).iterations(1))
        .force('ring', forceRadial<SimNode>((d) => radius.get(d.depth) ?? 0, 0, 0).strength(0.8));
    },
    options.seed ?? DEFAULT_SEED,
  );
}
