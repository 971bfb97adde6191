/**
 * What the studies found, read from the graph: one row per finding for the evidence table, the
 * findings that bear on any node, and the disagreements between articles with the evidence on each.
 */
import type { Kind } from '../content/kinds.ts';
import type { ParsedNode } from '../content/validate.ts';
import type { Graph, GraphNode } from '../graph/model.ts';

/** How a finding relates to the node it is shown on. */
export type Stance = 'supports' | 'contradicts' | 'measures' | 'related';

/** The study a finding comes from, as the evidence table cites it. */
export interface Study {
  readonly id: string;
  readonly title: string;
  /** "Ovadia et al." style short name, from the first author. */
  readonly short: string;
  readonly year?: number;
  readonly venue?: string;
}

/** A node a finding bears on, with the relation that says how. */
export interface BearsOn {
  readonly id: string;
  readonly kind: Kind;
  readonly title: string;
  readonly stance: Stance;
  readonly note?: string;
}

/** One finding, flattened for the evidence table and node pages. */
export interface FindingRow {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly figure: string;
  readonly verified: string;
  readonly models: readonly string[];
  readonly task: string;
  readonly testSize?: string;
  readonly caveats: readonly string[];
  readonly study: Study;
  readonly bearsOn: readonly BearsOn[];
}

/** A finding seen from one node: how it bears on that node. */
export interface NodeEvidence {
  readonly finding: FindingRow;
  readonly stance: Stance;
  readonly note?: string;
}

/** A disagreement between two non-finding nodes, seen from one of them, with the studies on either side. */
export interface Disagreement {
  readonly other: GraphNode;
  /** Why the two disagree, from the relation's note. */
  readonly note?: string;
  /** Findings bearing on this node. */
  readonly here: readonly NodeEvidence[];
  /** Findings bearing on the other node. */
  readonly there: readonly NodeEvidence[];
}

const STANCE_ORDER: Record<Stance, number> = { supports: 0, contradicts: 1, measures: 2, related: 3 };

function stanceOf(type: string): Stance {
  return type === 'supports' || type === 'contradicts' || type === 'measures' ? type : 'related';
}

/** "Ovadia et al." for several authors, the surname alone for one, the name as given for an organisation. */
export function shortAuthors(authors: readonly string[]): string {
  const first = authors[0] ?? '';
  const surname = first.includes(' ') && !/^[A-Z]+$/.test(first) ? first.split(' ').at(-1)! : first;
  const more = authors.length > 1 || authors.includes('et al.');
  return more ? `${surname} et al.` : surname;
}

/** Every finding as a table row, ordered by study year (newest first), then study, then title. */
export function findingRows(nodes: readonly ParsedNode[], graph: Graph): FindingRow[] {
  const sources = new Map(nodes.flatMap((n) => (n.kind === 'sources' ? [[n.id, n] as const] : [])));
  const rows: FindingRow[] = [];
  for (const n of nodes) {
    if (n.kind !== 'findings') continue;
    const paper = n.data.sources.map((s) => sources.get(s)).find((s) => s?.kind === 'sources' && s.data.medium === 'paper');
    const src = paper ?? sources.get(n.data.sources[0] ?? '');
    const study: Study = src && src.kind === 'sources'
      ? { id: src.id, title: src.data.title, short: shortAuthors(src.data.authors), year: src.data.year, venue: src.data.venue }
      : { id: '', title: '', short: '' };
    const bearsOn = graph
      .links(n.id)
      .filter((l) => !l.inverse && l.edge.type !== 'cites')
      .map((l) => ({ id: l.other.id, kind: l.other.kind, title: l.other.title, stance: stanceOf(l.edge.type), ...(l.edge.note ? { note: l.edge.note } : {}) }))
      .sort((a, b) => STANCE_ORDER[a.stance] - STANCE_ORDER[b.stance] || a.title.localeCompare(b.title));
    rows.push({
      id: n.id,
      title: n.data.title,
      summary: n.data.summary,
      figure: n.data.figure,
      verified: n.data.verified,
      models: n.data.models,
      task: n.data.task,
      ...(n.data.testSize ? { testSize: n.data.testSize } : {}),
      caveats: n.data.caveats,
      study,
      bearsOn,
    });
  }
  return rows.sort((a, b) => (b.study.year ?? 0) - (a.study.year ?? 0) || a.study.short.localeCompare(b.study.short) || a.title.localeCompare(b.title));
}

/** The findings that bear on node `id` (other than findings themselves), strongest stance first. */
export function evidenceFor(id: string, graph: Graph, rows: ReadonlyMap<string, FindingRow>): NodeEvidence[] {
  return graph
    .links(id)
    .filter((l) => l.other.kind === 'findings' && l.edge.type !== 'cites' && rows.has(l.other.id))
    .map((l) => ({ finding: rows.get(l.other.id)!, stance: stanceOf(l.edge.type), ...(l.edge.note ? { note: l.edge.note } : {}) }))
    .sort((a, b) => STANCE_ORDER[a.stance] - STANCE_ORDER[b.stance] || a.finding.title.localeCompare(b.finding.title));
}

/** The article disagreements (contradicts between two non-finding nodes) that node `id` takes part in. */
export function disagreementsOf(id: string, graph: Graph, rows: ReadonlyMap<string, FindingRow>): Disagreement[] {
  const self = graph.node(id);
  if (!self || self.kind === 'findings') return [];
  return graph
    .links(id)
    .filter((l) => l.edge.type === 'contradicts' && l.other.kind !== 'findings')
    .map((l) => ({
      other: l.other,
      ...(l.edge.note ? { note: l.edge.note } : {}),
      here: evidenceFor(id, graph, rows).filter((e) => e.stance !== 'measures'),
      there: evidenceFor(l.other.id, graph, rows).filter((e) => e.stance !== 'measures'),
    }));
}

/** Every article disagreement once, as the pair of node ids. */
export function allDisagreements(graph: Graph): [string, string][] {
  return graph.edges
    .filter((e) => e.type === 'contradicts' && graph.node(e.source)?.kind !== 'findings' && graph.node(e.target)?.kind !== 'findings')
    .map((e) => [e.source, e.target]);
}
