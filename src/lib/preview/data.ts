/**
 * What a link preview shows for one node: its kind, title and summary, one kind-specific line, its
 * most telling relations and, for a use case, the decision model's ranking. Written once per node
 * at build time (`preview/<id>.json`) and read by the card in the browser.
 */
import { KIND_INFO, type Kind } from '../content/kinds.ts';
import { RELATION_TYPE_IDS, type RelationTypeId } from '../content/relations.ts';
import type { ParsedNode } from '../content/validate.ts';
import { rank, type DecisionData } from '../decision/model.ts';
import type { Graph, LinkGroup } from '../graph/model.ts';

/** Relation groups a card lists; the rest are a click away on the node's page. */
export const MAX_GROUPS = 3;
/** Node titles named per group before "and N more". */
export const MAX_PER_GROUP = 3;
/** Approaches listed in a use case's ranking. */
export const MAX_RANKED = 4;
/** Authors named on a source's card before "et al.". */
const MAX_AUTHORS = 2;

/**
 * Which relations say most about a node, most telling first: the ones that carry the decision
 * (favours, disfavours, what mitigates or causes what), then structure, then loose links. Citations
 * come last: every node has them and the Sources section lists them.
 */
const IMPORTANCE: readonly RelationTypeId[] = [
  'favors',
  'disfavors',
  'mitigates',
  'causes',
  'requires',
  'exemplifies',
  'contradicts',
  'contrasts-with',
  'part-of',
  'uses',
  'measures',
  'related-to',
  'cites',
];

export interface PreviewRelation {
  /** The relation read from the previewed node ("mitigated by"). */
  readonly label: string;
  /** Titles of the nodes at the other end, best connected first. */
  readonly titles: readonly string[];
  /** How many more nodes the group holds beyond `titles`. */
  readonly more: number;
}

export interface PreviewRank {
  /** The approach's short name ("RAG"). */
  readonly approach: string;
  readonly score: number;
}

export interface Preview {
  readonly id: string;
  readonly kind: Kind;
  /** The kind in the singular, as on the node's badge. */
  readonly kindLabel: string;
  readonly title: string;
  readonly summary: string;
  /** A technique's, pitfall's or tool's category, in words, shown beside the kind ("failure mode"). */
  readonly category?: string;
  /** One kind-specific line: a criterion's question, a use case's domain, a source's medium, authors and year. */
  readonly detail?: string;
  readonly relations: readonly PreviewRelation[];
  /** For a use case: the model's ranking at the criteria's default weights, best first. */
  readonly ranking?: readonly PreviewRank[];
}

const rankOf = (type: RelationTypeId) => {
  const i = IMPORTANCE.indexOf(type);
  return i < 0 ? IMPORTANCE.length + RELATION_TYPE_IDS.indexOf(type) : i;
};

/** A category id as words: "failure-mode" -> "failure mode". */
const words = (id: string) => id.replace(/-/g, ' ');

/** The kind-specific line of a node's card, if it has one. */
function detailOf(node: ParsedNode): string | undefined {
  switch (node.kind) {
    case 'criteria':
      return node.data.question;
    case 'use-cases':
      return node.data.domain && `Domain: ${node.data.domain}`;
    case 'sources': {
      const { authors, year, medium } = node.data;
      const names = authors.length > MAX_AUTHORS ? `${authors.slice(0, MAX_AUTHORS).join(', ')} et al.` : authors.join(', ');
      return [words(medium), names, year].filter((x) => x !== undefined && x !== '').join(' · ');
    }
    case 'findings':
      // A finding's card leads with what the study measured: the reader hovers to see the number.
      return node.data.figure;
    default:
      return undefined;
  }
}

/** The node's relation groups in order of importance, each naming its best-connected nodes first. */
export function keyRelations(graph: Graph, id: string, maxGroups = MAX_GROUPS, perGroup = MAX_PER_GROUP): PreviewRelation[] {
  const groups = [...graph.groups(id)];
  // A node with other relations leaves its citations to its Sources section; a source's card lists what cites it.
  const telling = groups.some((g) => g.type !== 'cites') ? groups.filter((g) => g.type !== 'cites') : groups;
  const order = (g: LinkGroup) => rankOf(g.type) * 2 + Number(g.inverse);
  return telling
    .sort((a, b) => order(a) - order(b))
    .slice(0, maxGroups)
    .map((g) => {
      const others = [...g.links]
        .sort((a, b) => graph.degree(b.other.id) - graph.degree(a.other.id) || a.other.title.localeCompare(b.other.title))
        .map((l) => l.other.title);
      return { label: g.label, titles: others.slice(0, perGroup), more: Math.max(0, others.length - perGroup) };
    });
}

/** The preview of one node, or undefined when the graph has no such node. */
export function previewOf(graph: Graph, node: ParsedNode, decision: DecisionData): Preview | undefined {
  const g = graph.node(node.id);
  if (!g) return undefined;
  const detail = detailOf(node);
  const category = node.kind === 'techniques' || node.kind === 'pitfalls' || node.kind === 'tools' ? words(node.data.category) : undefined;
  const ranking =
    node.kind === 'use-cases'
      ? rank(decision, node.data.profile)
          .slice(0, MAX_RANKED)
          .map((r) => ({ approach: r.approach.short, score: r.score }))
      : undefined;
  return {
    id: g.id,
    kind: g.kind,
    kindLabel: KIND_INFO[g.kind].singular,
    title: g.title,
    summary: g.summary,
    ...(category ? { category } : {}),
    ...(detail ? { detail } : {}),
    relations: keyRelations(graph, g.id),
    ...(ranking && ranking.length ? { ranking } : {}),
  };
}

