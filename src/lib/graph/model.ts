/**
 * The graph model: nodes and typed edges built once from validated content, with inverse lookups
 * and neighbourhood queries. Pages, JSON endpoints, search documents and client views all read it.
 */
import type { Kind } from '../content/kinds.ts';
import { RELATION_TYPES, isRelationType, relationLabel, type RelationTypeId } from '../content/relations.ts';
import type { ParsedNode } from '../content/validate.ts';

export interface GraphNode {
  readonly id: string;
  readonly kind: Kind;
  readonly title: string;
  readonly summary: string;
  readonly aliases: readonly string[];
}

export interface GraphEdge {
  readonly source: string;
  readonly target: string;
  readonly type: RelationTypeId;
  readonly note?: string;
}

/** An edge seen from one of its ends, labelled the way that end reads it. */
export interface Link {
  readonly edge: GraphEdge;
  /** The node at the other end. */
  readonly other: GraphNode;
  /** True when the viewing node is the edge's target. */
  readonly inverse: boolean;
  readonly label: string;
}

/** Links of one node grouped under one label, in vocabulary order. */
export interface LinkGroup {
  readonly type: RelationTypeId;
  readonly inverse: boolean;
  readonly label: string;
  readonly links: readonly Link[];
}

export interface Graph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  node(id: string): GraphNode | undefined;
  /** Every edge touching `id`, each read from `id`'s side. */
  links(id: string): readonly Link[];
  /** `links(id)` grouped by relation and direction, sources ("cites") last. */
  groups(id: string): readonly LinkGroup[];
  /** Ids within `depth` hops of `id` (either direction), `id` included, nearest first. */
  neighbourhood(id: string, depth: number): string[];
  /** Number of edges touching `id`. */
  degree(id: string): number;
}

const TYPE_ORDER = new Map(Object.keys(RELATION_TYPES).map((t, i) => [t, i]));

/** Builds the graph: one edge per relation and per cited source; symmetric duplicates collapse. */
export function buildGraph(parsed: readonly ParsedNode[]): Graph {
  const nodes: GraphNode[] = parsed.map((n) => ({
    id: n.id,
    kind: n.kind,
    title: n.data.title,
    summary: n.data.summary,
    aliases: n.data.aliases,
  }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const add = (edge: GraphEdge) => {
    const symmetric = RELATION_TYPES[edge.type].symmetric;
    const [a, b] = symmetric && edge.source > edge.target ? [edge.target, edge.source] : [edge.source, edge.target];
    const key = `${edge.type}\u0000${a}\u0000${b}`;
    if (seen.has(key) || !byId.has(edge.source) || !byId.has(edge.target)) return;
    seen.add(key);
    edges.push(edge);
  };
  for (const n of parsed) {
    for (const rel of n.data.relations) {
      if (!isRelationType(rel.type)) continue;
      add(rel.note === undefined ? { source: n.id, target: rel.to, type: rel.type } : { source: n.id, target: rel.to, type: rel.type, note: rel.note });
    }
    for (const src of n.data.sources) add({ source: n.id, target: src, type: 'cites' });
  }

  const linksOf = new Map<string, Link[]>(nodes.map((n) => [n.id, []]));
  for (const edge of edges) {
    const s = byId.get(edge.source)!;
    const t = byId.get(edge.target)!;
    linksOf.get(s.id)!.push({ edge, other: t, inverse: false, label: relationLabel(edge.type, false) });
    linksOf.get(t.id)!.push({ edge, other: s, inverse: true, label: relationLabel(edge.type, true) });
  }
  for (const list of linksOf.values()) list.sort((a, b) => a.other.title.localeCompare(b.other.title));

  const groupsOf = (id: string): LinkGroup[] => {
    const groups = new Map<string, LinkGroup & { links: Link[] }>();
    for (const link of linksOf.get(id) ?? []) {
      // Symmetric relations read the same from both ends, so they share one group.
      const inverse = link.inverse && !RELATION_TYPES[link.edge.type].symmetric;
      const key = `${link.edge.type}:${inverse}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { type: link.edge.type, inverse, label: relationLabel(link.edge.type, inverse), links: [] }));
      g.links.push(link);
    }
    return [...groups.values()].sort(
      (a, b) => TYPE_ORDER.get(a.type)! - TYPE_ORDER.get(b.type)! || Number(a.inverse) - Number(b.inverse),
    );
  };

  return {
    nodes,
    edges,
    node: (id) => byId.get(id),
    links: (id) => linksOf.get(id) ?? [],
    groups: groupsOf,
    degree: (id) => linksOf.get(id)?.length ?? 0,
    neighbourhood(id, depth) {
      if (!byId.has(id)) return [];
      const order = [id];
      const seenIds = new Set(order);
      let frontier = [id];
      for (let d = 0; d < depth && frontier.length; d++) {
        const next: string[] = [];
        for (const f of frontier) {
          for (const link of linksOf.get(f) ?? []) {
            if (seenIds.has(link.other.id)) continue;
            seenIds.add(link.other.id);
            next.push(link.other.id);
          }
        }
        order.push(...next);
        frontier = next;
      }
      return order;
    },
  };
}
