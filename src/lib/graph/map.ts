/**
 * The decision map: a second build-time layout of the whole graph in which the approaches sit at
 * fixed anchors and every other node is placed by what it favours, so the picture itself says which
 * use cases, criteria, trade-offs and pitfalls lean toward which approach. A node that clearly leans
 * one way is kept inside that approach's region (the points nearer its anchor than any other), so
 * what the map shows is what the content says. Seeded and deterministic, like the force layout.
 */
import { forceCollide, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { RelationTypeId } from '../content/relations.ts';
import { rank, signed, type DecisionData, type Profile } from '../decision/model.ts';
import { nodeRadius } from './layout.ts';
import type { Point } from '../shared/point.ts';
import { seededRandom } from '../shared/random.ts';
import { spreadHeaps } from './spread.ts';
import type { Graph } from './model.ts';

/** Distance of the anchors from the centre, in layout units. */
export const ANCHOR_RADIUS = 480;
/** Where the site's own approaches sit, in degrees (0 is right, 90 is down, as on screen). */
const ANCHOR_ANGLES: Readonly<Record<string, number>> = { rag: 180, 'fine-tuning': 0, hybrid: -90, prompting: 90 };
/** What each approach's region is called on the map. */
const REGION_LABELS: Readonly<Record<string, string>> = {
  rag: 'leans retrieval',
  'fine-tuning': 'leans fine-tuning',
  hybrid: 'both',
  prompting: 'prompting alone',
};
/**
 * How strongly one typed relation to an approach pulls a node toward it, either direction; a
 * negative pull pushes it toward the other approaches. Types absent here (cites, contrasts,
 * contradicts) say nothing about leaning.
 */
export const RELATION_PULLS: Readonly<Partial<Record<RelationTypeId, number>>> = {
  favors: 2,
  disfavors: -2,
  'part-of': 1.5,
  uses: 1.5,
  requires: 1,
  causes: 1,
  mitigates: 1,
  exemplifies: 1,
  measures: 0.5,
  'related-to': 0.5,
};
/** Kinds placed by their typed relations to the approaches (use cases and criteria have their own rules). */
const RELATION_PLACED = new Set(['trade-offs', 'pitfalls', 'techniques']);
/** Weights are raised to this power, so a clear lead reads as a clear lean rather than a blend. */
const SHARPNESS = 2;
/** How far inside its region a leaning node is kept, in layout units, so it never sits on a border. */
const REGION_GAP = 12;
/** Rounds of "near what it relates to" for nodes with no pull of their own. */
const NEIGHBOUR_ROUNDS = 4;
/**
 * Ticks of the push apart, by graph size: the discs start spread (step 3) on a map sized to hold them
 * (`mapRadius`), so past `largeFrom` nodes a short run settles them as well (2,000 synthetic nodes:
 * 3.6 s of CPU and 230 overlapping discs before, 0.9 s and 5 after).
 */
const TICKS = { small: 200, large: 50, largeFrom: 1500 } as const;
/** Clear space kept between two discs, in layout units. */
const COLLIDE_GAP = 3;
/** Most of the anchors' circle the discs may cover before the map grows (the real content covers about a tenth). */
const MAX_FILL = 0.2;
const DEFAULT_SEED = 0x6d6170;
/** Pulls named in a node's "why". */
const WHY_PULLS = 3;

export interface MapRegion {
  readonly approach: string;
  readonly label: string;
  /** The region's anchor; its name is drawn beyond it, away from the centre (see `regionNameAt` in labels.ts). */
  readonly x: number;
  readonly y: number;
}

export interface MapPlacement extends Point {
  /** The approach whose region the node is kept in, or null when it leans no single way. */
  readonly leans: string | null;
  /** Why it sits there, in one or two plain sentences. */
  readonly why: string;
}

export interface MapInput {
  readonly graph: Graph;
  readonly decision: DecisionData;
  /** Each use case's profile, for the model's scores. */
  readonly profiles: ReadonlyMap<string, Profile>;
  readonly seed?: number;
}

export interface DecisionMap {
  readonly anchors: ReadonlyMap<string, Point>;
  readonly regions: readonly MapRegion[];
  readonly placements: ReadonlyMap<string, MapPlacement>;
}

/** A node's lean: a signed score per approach and the sentence that explains it. */
interface Lean {
  readonly scores: ReadonlyMap<string, number>;
  readonly why: string;
}

const round = (v: number) => Math.round(v * 10) / 10;
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Anchor points of the approaches: known ones at their places, any others spread over the free angles. */
export function anchorsOf(approaches: readonly { id: string }[], radius = ANCHOR_RADIUS): Map<string, Point> {
  const taken = approaches.flatMap((a) => (a.id in ANCHOR_ANGLES ? [ANCHOR_ANGLES[a.id]!] : []));
  const others = approaches.filter((a) => !(a.id in ANCHOR_ANGLES));
  const anchors = new Map<string, Point>();
  let free = 0;
  for (const a of approaches) {
    let degrees = ANCHOR_ANGLES[a.id];
    if (degrees === undefined) {
      // Evenly around the circle, offset so a spread angle does not land on a known one.
      degrees = 45 + (360 * free++) / Math.max(1, others.length);
      while (taken.some((t) => Math.abs((((degrees! - t) % 360) + 360) % 360) < 1)) degrees += 360 / (4 * Math.max(1, others.length));
    }
    const rad = (degrees * Math.PI) / 180;
    anchors.set(a.id, { x: round(radius * Math.cos(rad)), y: round(radius * Math.sin(rad)) });
  }
  return anchors;
}

/** The approach with the highest score when it leads alone, else null. */
export function leaderOf(scores: ReadonlyMap<string, number>): string | null {
  const sorted = [...scores].sort((a, b) => b[1] - a[1]);
  if (!sorted.length || (sorted.length > 1 && sorted[0]![1] === sorted[1]![1])) return null;
  return sorted[0]![1] > 0 || sorted.length > 1 ? sorted[0]![0] : null;
}

/**
 * The point the scores pull toward: the anchors weighted by how far each approach's score sits above
 * the lowest, sharpened; null when every approach scores the same (no pull at all).
 */
export function targetOf(scores: ReadonlyMap<string, number>, anchors: ReadonlyMap<string, Point>): Point | null {
  const values = [...anchors.keys()].map((id) => scores.get(id) ?? 0);
  const low = Math.min(...values);
  let [x, y, total] = [0, 0, 0];
  for (const [id, p] of anchors) {
    const w = Math.pow((scores.get(id) ?? 0) - low, SHARPNESS);
    x += w * p.x;
    y += w * p.y;
    total += w;
  }
  return total > 0 ? { x: x / total, y: y / total } : null;
}

/**
 * Moves `p` along the line from `leader`'s anchor toward it just far enough to stay inside the
 * leader's region, `gap` units clear of every border with another anchor's region.
 */
export function keepInRegion(p: Point, leader: string, anchors: ReadonlyMap<string, Point>, gap = REGION_GAP): Point {
  const a = anchors.get(leader);
  if (!a) return p;
  const d = { x: p.x - a.x, y: p.y - a.y };
  let t = 1;
  for (const [id, b] of anchors) {
    if (id === leader) continue;
    const u = { x: b.x - a.x, y: b.y - a.y };
    const du = d.x * u.x + d.y * u.y;
    const len = Math.hypot(u.x, u.y);
    if (du <= 0 || len === 0) continue;
    // Points a + t d with t up to this stay `gap` short of the bisector between a and b.
    t = Math.min(t, Math.max(0, (len * len) / 2 - gap * len) / du);
  }
  return { x: a.x + t * d.x, y: a.y + t * d.y };
}

/** The approach whose anchor is nearest `p` (ties to the first in anchor order). */
export function regionOf(p: Point, anchors: ReadonlyMap<string, Point>): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const [id, a] of anchors) {
    const d = Math.hypot(p.x - a.x, p.y - a.y);
    if (d < bestD) [best, bestD] = [id, d];
  }
  return best;
}

/** "RAG 7, Hybrid 5, Fine-tune −1", highest first. */
function scoreList(scores: ReadonlyMap<string, number>, short: (id: string) => string): string {
  return [...scores]
    .sort((a, b) => b[1] - a[1] || byId(a[0], b[0]))
    .map(([id, s]) => `${short(id)} ${signed(s)}`)
    .join(', ');
}

/** A use case leans as the decision model scores its profile; its strongest pulls are the criteria that lift the winner most. */
function useCaseLean(profile: Profile, data: DecisionData, short: (id: string) => string): Lean {
  const ranking = rank(data, profile);
  const scores = new Map(ranking.map((r) => [r.approach.id, r.score]));
  const first = ranking[0];
  const title = (id: string) => data.criteria.find((c) => c.id === id)?.title ?? id;
  const pulls = (first?.contributions ?? [])
    .filter((c) => c.value > 0)
    .sort((a, b) => b.value - a.value || byId(a.criterion, b.criterion))
    .slice(0, WHY_PULLS)
    .map((c) => `${title(c.criterion)} (${signed(c.value)} ${short(first!.approach.id)})`);
  const why = `The decision model scores its profile ${scoreList(scores, short)}.${pulls.length ? ` Strongest pulls: ${pulls.join('; ')}.` : ''}`;
  return { scores, why };
}

/** A criterion leans toward what its levels can favour: the sum of each approach's positive effects, times its weight. */
function criterionLean(id: string, data: DecisionData, short: (id: string) => string): Lean | null {
  const criterion = data.criteria.find((c) => c.id === id);
  if (!criterion) return null;
  const scores = new Map(data.approaches.map((a) => [a.id, 0]));
  const effects: { level: string; approach: string; score: number }[] = [];
  for (const level of criterion.levels) {
    for (const e of level.effects) {
      if (!scores.has(e.approach) || e.score <= 0) continue;
      scores.set(e.approach, scores.get(e.approach)! + e.score * criterion.weight);
      effects.push({ level: level.label, approach: e.approach, score: e.score });
    }
  }
  if (!effects.length) return null;
  const pulls = effects
    .sort((a, b) => b.score - a.score || byId(a.approach, b.approach) || byId(a.level, b.level))
    .slice(0, WHY_PULLS)
    .map((e) => `“${e.level}” (${signed(e.score)} ${short(e.approach)})`);
  return { scores, why: `What its answers can favour: ${scoreList(scores, short)}. Strongest pulls: ${pulls.join('; ')}.` };
}

/** A trade-off, pitfall or technique leans by its typed relations to the approaches. */
function relationLean(id: string, graph: Graph, approaches: ReadonlySet<string>, short: (id: string) => string): Lean | null {
  const scores = new Map([...approaches].map((a) => [a, 0]));
  const pulls: { text: string; weight: number }[] = [];
  for (const link of graph.links(id)) {
    const pull = RELATION_PULLS[link.edge.type];
    if (!approaches.has(link.other.id) || !pull) continue;
    scores.set(link.other.id, scores.get(link.other.id)! + pull);
    pulls.push({ text: `${link.label} ${short(link.other.id)}`, weight: pull });
  }
  if (!pulls.length || new Set(scores.values()).size < 2) return null;
  const named = pulls.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || byId(a.text, b.text)).slice(0, WHY_PULLS).map((p) => p.text);
  return { scores, why: `Its relations to the approaches: ${named.join('; ')}.` };
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  r: number;
  tx: number;
  ty: number;
  /** Pull toward the target: strong for a node with a lean of its own, weaker for one placed by its neighbours. */
  pull: number;
}

/**
 * Distance of the anchors from the centre for this graph: ANCHOR_RADIUS, or more when the nodes' discs
 * would fill more than MAX_FILL of the circle through the anchors. A map that cannot hold its discs
 * has the push apart fight the pull toward their places on every tick, with nothing settling.
 */
export function mapRadius(graph: Graph): number {
  const area = graph.nodes.reduce((sum, n) => sum + (nodeRadius(graph.degree(n.id)) + COLLIDE_GAP) ** 2, 0);
  return Math.max(ANCHOR_RADIUS, Math.round(Math.sqrt(area / MAX_FILL)));
}

/** Lays out the decision map of a whole graph. Deterministic for the same content and seed. */
export function decisionMap(input: MapInput): DecisionMap {
  const { graph, decision } = input;
  const approachIds = decision.approaches.map((a) => a.id).filter((id) => graph.node(id));
  const approaches = new Set(approachIds);
  const anchors = anchorsOf(approachIds.map((id) => ({ id })), mapRadius(graph));
  const shortOf = new Map(decision.approaches.map((a) => [a.id, a.short]));
  const short = (id: string) => shortOf.get(id) ?? id;
  const ids = graph.nodes.map((n) => n.id).sort(byId);

  // 1. Every node with a lean of its own gets a target and, when it leads one way, a region.
  const leans = new Map<string, Lean>();
  for (const id of ids) {
    const node = graph.node(id)!;
    const lean =
      node.kind === 'use-cases' && input.profiles.has(id)
        ? useCaseLean(input.profiles.get(id)!, decision, short)
        : node.kind === 'criteria'
          ? criterionLean(id, decision, short)
          : RELATION_PLACED.has(node.kind)
            ? relationLean(id, graph, approaches, short)
            : null;
    if (lean) leans.set(id, lean);
  }
  const targets = new Map<string, Point>();
  const why = new Map<string, string>();
  for (const [id, p] of anchors) {
    targets.set(id, p);
    why.set(id, `An anchor of the map: everything near ${short(id)} leans toward it.`);
  }
  for (const [id, lean] of leans) {
    const t = targetOf(lean.scores, anchors);
    if (!t) continue;
    const leader = leaderOf(lean.scores);
    targets.set(id, leader ? keepInRegion(t, leader, anchors) : t);
    why.set(id, lean.why);
  }

  // 2. Everything else sits near what it relates to, in rounds, so a chain of such nodes settles too.
  for (let round = 0; round < NEIGHBOUR_ROUNDS; round++) {
    const found = new Map<string, Point>();
    for (const id of ids) {
      if (targets.has(id)) continue;
      const near = graph.links(id).filter((l) => targets.has(l.other.id));
      if (!near.length) continue;
      const x = near.reduce((s, l) => s + targets.get(l.other.id)!.x, 0) / near.length;
      const y = near.reduce((s, l) => s + targets.get(l.other.id)!.y, 0) / near.length;
      found.set(id, { x, y });
      const names = [...new Set(near.map((l) => l.other.title))].sort((a, b) => a.localeCompare(b));
      const named = names.slice(0, WHY_PULLS).join('; ');
      why.set(id, `No lean of its own: it sits among what it relates to (${named}${names.length > WHY_PULLS ? `, and ${names.length - WHY_PULLS} more` : ''}).`);
    }
    for (const [id, p] of found) targets.set(id, p);
    if (!found.size) break;
  }

  // 3. Nodes sharing a target start spread around it; a short seeded simulation then only pushes the
  // remaining overlaps apart, and each node stays near its place.
  const radiusOf = (id: string) => nodeRadius(graph.degree(id));
  const free = new Map(ids.filter((id) => !anchors.has(id)).map((id) => [id, targets.get(id) ?? { x: 0, y: 0 }]));
  const spread = spreadHeaps(free, radiusOf, (a, b) => graph.degree(b) - graph.degree(a) || byId(a, b), COLLIDE_GAP);
  const random = seededRandom(input.seed ?? DEFAULT_SEED);
  const sim: SimNode[] = ids.map((id) => {
    const t = anchors.get(id) ?? spread.get(id)!;
    const anchor = anchors.get(id);
    return {
      id,
      r: radiusOf(id),
      tx: t.x,
      ty: t.y,
      pull: leans.has(id) ? 0.3 : 0.12,
      x: t.x + (random() - 0.5) * 4,
      y: t.y + (random() - 0.5) * 4,
      ...(anchor ? { fx: anchor.x, fy: anchor.y } : {}),
    };
  });
  const simulation = forceSimulation<SimNode>(sim)
    .randomSource(seededRandom((input.seed ?? DEFAULT_SEED) ^ 0x9e3779b9))
    .stop()
    .force('x', forceX<SimNode>((d) => d.tx).strength((d) => d.pull))
    .force('y', forceY<SimNode>((d) => d.ty).strength((d) => d.pull))
    .force('collide', forceCollide<SimNode>((d) => d.r + COLLIDE_GAP).iterations(2));
  simulation.tick(ids.length >= TICKS.largeFrom ? TICKS.large : TICKS.small);

  // 4. The push apart may not carry a leaning node out of its region: what the map shows is what the content says.
  const placements = new Map<string, MapPlacement>();
  for (const n of sim) {
    const lean = leans.get(n.id);
    const leader = approaches.has(n.id) ? n.id : lean ? leaderOf(lean.scores) : null;
    const p = leader && !approaches.has(n.id) ? keepInRegion({ x: n.x ?? 0, y: n.y ?? 0 }, leader, anchors) : { x: n.x ?? 0, y: n.y ?? 0 };
    placements.set(n.id, { x: round(p.x), y: round(p.y), leans: leader, why: why.get(n.id) ?? 'Nothing relates it to the decision; it sits at the centre.' });
  }

  const regions = [...anchors].map(([approach, p]) => ({ approach, label: REGION_LABELS[approach] ?? `leans ${short(approach)}`, x: p.x, y: p.y }));
  return { anchors, regions, placements };
}
