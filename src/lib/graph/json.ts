/**
 * The graph as a public, versioned JSON document (`/api/graph.json`) for people who reuse it.
 * Built from the one graph model; `graph-schema.ts` publishes its JSON Schema.
 */
import type { Scenario } from '../decision/scenarios.ts';
import type { Point } from '../shared/point.ts';
import type { Graph } from './model.ts';
import { KINDS, KIND_INFO, type Kind } from '../content/kinds.ts';
import { RELATION_TYPES, type RelationTypeId } from '../content/relations.ts';

/**
 * Version of the document's shape. Minor: fields added (readers may ignore what they do not know).
 * Major: a field removed, renamed or changed in meaning.
 */
export const GRAPH_SCHEMA_VERSION = '1.1';


/** Layout positions by node id, in the layout's own units (centred near 0,0). */
export type Positions = ReadonlyMap<string, Point>;

export interface GraphJsonNode {
  readonly id: string;
  readonly kind: Kind;
  readonly title: string;
  readonly summary: string;
  readonly aliases: readonly string[];
  /** Absolute URL of the node's page. */
  readonly url: string;
  readonly x?: number;
  readonly y?: number;
  readonly decision?: NodeDecision;
}

/** A use case's decision as published: the model's ranking and what its sources recommend. */
export interface NodeDecision {
  readonly ranking: readonly { readonly approach: string; readonly score: number }[];
  readonly recommended: readonly string[];
  readonly resolution?: string;
}

/** Each use case's decision fields for the document: the model's ranking, what its sources recommend, and the content's resolution. */
export function nodeDecisions(scenarios: readonly Scenario[]): Map<string, NodeDecision> {
  return new Map(
    scenarios.map((s): [string, NodeDecision] => [
      s.id,
      {
        ranking: s.ranking,
        recommended: s.recommendations.map((r) => r.approach),
        ...(s.resolution ? { resolution: s.resolution.approach } : {}),
      },
    ]),
  );
}

export interface GraphJsonEdge {
  readonly source: string;
  readonly target: string;
  readonly type: RelationTypeId;
  readonly label: string;
  readonly inverseLabel: string;
  readonly note?: string;
}

export interface GraphJson {
  readonly $schema: string;
  readonly schemaVersion: string;
  readonly generated: string;
  readonly site: string;
  readonly kinds: Record<Kind, { readonly singular: string; readonly plural: string }>;
  readonly relationTypes: Record<RelationTypeId, { readonly label: string; readonly inverseLabel: string; readonly symmetric: boolean; readonly description: string }>;
  readonly nodes: readonly GraphJsonNode[];
  readonly edges: readonly GraphJsonEdge[];
}

export interface GraphJsonOptions {
  /** The site's URL with its base path, ending in `/`. */
  readonly site: string;
  /** Absolute URL of the published schema. */
  readonly schemaUrl: string;
  /** Site-relative path of a node's page. */
  readonly pathOf: (kind: Kind, id: string) => string;
  /** When the document was built (ISO 8601). */
  readonly generated: string;
  /** Layout positions, where a layout exists; nodes without one get no `x`/`y`. */
  readonly positions?: Positions;
  /** Decisions by node id (the use cases); other nodes get no `decision`. */
  readonly decisions?: ReadonlyMap<string, NodeDecision>;
}

/**
 * The one place layout positions join the document: a node gets `x` and `y` only when `positions`
 * has finite numbers for it. The build-time graph layout passes its result here.
 */
export function attachPositions<N extends { readonly id: string }>(nodes: readonly N[], positions?: Positions): (N & Partial<Point>)[] {
  return nodes.map((n) => {
    const p = positions?.get(n.id);
    return p && Number.isFinite(p.x) && Number.isFinite(p.y) ? { ...n, x: p.x, y: p.y } : { ...n };
  });
}

/** The public graph document: every node and edge, the kind and relation vocabularies. */
export function graphDocument(graph: Graph, options: GraphJsonOptions): GraphJson {
  const nodes = graph.nodes.map((n) => ({
    id: n.id,
    kind: n.kind,
    title: n.title,
    summary: n.summary,
    aliases: [...n.aliases],
    url: new URL(options.pathOf(n.kind, n.id), options.site).href,
  }));
  const edges = graph.edges.map((e) => {
    const t = RELATION_TYPES[e.type];
    const edge: GraphJsonEdge = { source: e.source, target: e.target, type: e.type, label: t.label, inverseLabel: t.inverse };
    return e.note === undefined ? edge : { ...edge, note: e.note };
  });
  return {
    $schema: options.schemaUrl,
    schemaVersion: GRAPH_SCHEMA_VERSION,
    generated: options.generated,
    site: options.site,
    kinds: Object.fromEntries(KINDS.map((k) => [k, { singular: KIND_INFO[k].singular, plural: KIND_INFO[k].plural }])) as GraphJson['kinds'],
    relationTypes: Object.fromEntries(
      Object.entries(RELATION_TYPES).map(([id, t]) => [id, { label: t.label, inverseLabel: t.inverse, symmetric: t.symmetric, description: t.description }]),
    ) as GraphJson['relationTypes'],
    nodes: attachPositions(nodes, options.positions).map((n) => {
      const decision = options.decisions?.get(n.id);
      return decision ? { ...n, decision } : n;
    }),
    edges,
  };
}
