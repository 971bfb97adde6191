/**
 * The knowledge base as the site sees it: every collection loaded once, validated as a whole (the
 * build fails listing every problem) and turned into the one graph model every page reads.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { decisionDataFrom } from '../lib/decision/input.ts';
import type { DecisionData } from '../lib/decision/model.ts';
import { scenariosFrom, type Scenario } from '../lib/decision/scenarios.ts';
import { buildGraph, type Graph } from '../lib/graph/model.ts';
import { findingRows, type FindingRow } from '../lib/evidence/model.ts';
import { KINDS, type Kind } from '../lib/content/kinds.ts';
import { formatProblems, validateNodes, type ParsedNode } from '../lib/content/validate.ts';

export type Entry = CollectionEntry<Kind>;

export interface Knowledge {
  readonly graph: Graph;
  readonly nodes: readonly ParsedNode[];
  readonly decision: DecisionData;
  /** Every use case with the model's ranking, computed once for every page and document that shows it. */
  readonly scenarios: readonly Scenario[];
  /** Every finding as the evidence table shows it. */
  readonly findings: readonly FindingRow[];
  /** Findings by id, for node pages that show what the studies found. */
  readonly findingById: ReadonlyMap<string, FindingRow>;
  /** The Astro entry of a node, for rendering its body. */
  entry(id: string): Entry | undefined;
  /** Parsed node by id. */
  parsed(id: string): ParsedNode | undefined;
}

let cached: Promise<Knowledge> | undefined;

async function load(): Promise<Knowledge> {
  const entries = (await Promise.all(KINDS.map((kind) => getCollection(kind)))).flat() as Entry[];
  const { nodes, problems } = validateNodes(
    entries.map((e) => ({ id: e.id, kind: e.collection, file: e.filePath ?? `content/${e.collection}/${e.id}.md`, data: e.data })),
  );
  if (problems.length) throw new Error(formatProblems(problems));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const parsedById = new Map(nodes.map((n) => [n.id, n]));
  const decision = decisionDataFrom(nodes);
  const graph = buildGraph(nodes);
  const findings = findingRows(nodes, graph);
  return {
    graph,
    nodes,
    decision,
    scenarios: scenariosFrom(nodes, decision),
    findings,
    findingById: new Map(findings.map((f) => [f.id, f])),
    entry: (id) => byId.get(id),
    parsed: (id) => parsedById.get(id),
  };
}

/** The validated knowledge base and its graph, built once per build. */
export function knowledge(): Promise<Knowledge> {
  cached ??= load();
  return cached;
}
