/**
 * The decision data as one JSON document (published as api/decision.json and read by the decide
 * view): approaches, criteria with levels, effects and sources, and every use case with the model's
 * ranking. Paths are relative to the site's base, so the document reads the same under any base.
 */
import { CRITERION_GROUPS, GROUP_LABELS } from './criterion-groups.ts';
import { WEIGHT_STEPS, type DecisionApproach, type DecisionCriterion, type DecisionData } from './model.ts';
import type { Kind } from '../content/kinds.ts';
import { scenariosFrom, type Scenario } from './scenarios.ts';
import { nodePath } from '../shared/urls.ts';
import type { ParsedNode } from '../content/validate.ts';

export const DECISION_DOCUMENT_VERSION = 1;

export interface DocumentNodeRef {
  readonly id: string;
  readonly title: string;
  /** A short name for tight spaces: the node's first alias, else its title. */
  readonly short: string;
  /** Page path relative to the site's base: "sources/openai-pricing/". */
  readonly path: string;
}

export interface DecisionDocument {
  readonly version: number;
  readonly approaches: readonly (DecisionApproach & { readonly path: string })[];
  readonly groups: readonly { readonly id: string; readonly label: string }[];
  readonly weightSteps: readonly number[];
  readonly criteria: readonly (DecisionCriterion & { readonly path: string })[];
  /** Every source an effect or a recommendation cites. */
  readonly sources: readonly DocumentNodeRef[];
  readonly useCases: readonly (Scenario & { readonly path: string })[];
}

/** Builds the document from validated nodes and the decision data drawn from them. */
export function decisionDocument(nodes: readonly ParsedNode[], data: DecisionData): DecisionDocument {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const path = (kind: Kind, id: string) => nodePath(kind, id);
  const scenarios = scenariosFrom(nodes, data);
  const cited = new Set<string>();
  for (const c of data.criteria) for (const l of c.levels) for (const e of l.effects) e.sources.forEach((s) => cited.add(s));
  for (const s of scenarios) s.recommendations.forEach((r) => cited.add(r.source));
  const sources = [...cited]
    .flatMap((id) => {
      const n = byId.get(id);
      return n ? [{ id, title: n.data.title, short: n.data.aliases[0] ?? n.data.title, path: path(n.kind, id) }] : [];
    })
    .sort((a, b) => a.title.localeCompare(b.title));
  return {
    version: DECISION_DOCUMENT_VERSION,
    approaches: data.approaches.map((a) => ({ ...a, path: path('approaches', a.id) })),
    groups: CRITERION_GROUPS.map((id) => ({ id, label: GROUP_LABELS[id] })),
    weightSteps: WEIGHT_STEPS,
    criteria: data.criteria.map((c) => ({ ...c, path: path('criteria', c.id) })),
    sources,
    useCases: scenarios.map((s) => ({ ...s, path: path('use-cases', s.id) })),
  };
}
