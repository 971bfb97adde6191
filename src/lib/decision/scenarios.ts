/**
 * The use cases as scenarios for the decision model: each one's profile, what its sources recommend,
 * and the model's ranking for it; plus how close a scenario's profile is to a reader's.
 */
import { expectedApproach } from './input.ts';
import { marginOf, rank, type DecisionData, type Profile } from './model.ts';
import type { Recommendation } from '../content/schema.ts';
import type { ParsedNode } from '../content/validate.ts';

export interface ScenarioScore {
  readonly approach: string;
  readonly score: number;
}

export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly domain?: string;
  readonly profile: Profile;
  readonly recommendations: readonly Recommendation[];
  readonly resolution?: { readonly approach: string; readonly why: string };
  /** The approach the content expects to win (resolution, else the sources' recommendation). */
  readonly expected?: string;
  /** The model's ranking for this profile at the criteria's default weights, best first. */
  readonly ranking: readonly ScenarioScore[];
  readonly margin: number;
  /** True when the model's first choice is the expected approach. */
  readonly agrees: boolean;
}

/** Every use case as a scenario, in title order. */
export function scenariosFrom(nodes: readonly ParsedNode[], data: DecisionData): Scenario[] {
  return nodes
    .flatMap((n) => (n.kind === 'use-cases' ? [n] : []))
    .map((n) => {
      const ranking = rank(data, n.data.profile);
      const expected = expectedApproach(n.data);
      return {
        id: n.id,
        title: n.data.title,
        ...(n.data.domain ? { domain: n.data.domain } : {}),
        profile: n.data.profile,
        recommendations: n.data.recommendations,
        ...(n.data.resolution ? { resolution: n.data.resolution } : {}),
        ...(expected ? { expected } : {}),
        ranking: ranking.map((r) => ({ approach: r.approach.id, score: r.score })),
        margin: marginOf(ranking),
        agrees: expected !== undefined && ranking[0]?.approach.id === expected,
      };
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}

export interface Closeness {
  /** Criteria both answer the same way. */
  readonly same: number;
  /** Criteria both answer, differently. */
  readonly different: number;
  /** Criteria only one of the two answers. */
  readonly oneSided: number;
  /** same - different - oneSided / 2: higher is closer. */
  readonly score: number;
}

/** How close a scenario's profile is to the reader's, criterion by criterion. */
export function closeness(reader: Profile, scenario: Profile): Closeness {
  let same = 0;
  let different = 0;
  let oneSided = 0;
  for (const key of new Set([...Object.keys(reader), ...Object.keys(scenario)])) {
    const a = reader[key];
    const b = scenario[key];
    if (a === undefined || b === undefined) oneSided++;
    else if (a === b) same++;
    else different++;
  }
  return { same, different, oneSided, score: same - different - oneSided / 2 };
}

/** Scenarios ordered closest to the reader's profile first; ties by title. */
export function byCloseness<T extends { title: string; profile: Profile }>(reader: Profile, scenarios: readonly T[]): T[] {
  return scenarios
    .map((s) => ({ s, c: closeness(reader, s.profile) }))
    .sort((x, y) => y.c.score - x.c.score || y.c.same - x.c.same || x.s.title.localeCompare(y.s.title))
    .map((x) => x.s);
}
