/**
 * The decision model: a reader's profile (criterion -> level) and weights (criterion -> importance)
 * in, approaches ranked out, with each criterion's contribution and the flip points that would change
 * the winner. Every number comes from the criteria's content.
 */

export interface DecisionEffect {
  readonly approach: string;
  readonly score: number;
  readonly why: string;
  readonly sources: readonly string[];
}

export interface DecisionLevel {
  readonly id: string;
  readonly label: string;
  readonly effects: readonly DecisionEffect[];
}

export interface DecisionCriterion {
  readonly id: string;
  readonly title: string;
  readonly question: string;
  readonly weight: number;
  readonly levels: readonly DecisionLevel[];
}

export interface DecisionApproach {
  readonly id: string;
  readonly title: string;
  readonly short: string;
  readonly order: number;
}

export interface DecisionData {
  readonly approaches: readonly DecisionApproach[];
  readonly criteria: readonly DecisionCriterion[];
}

export type Profile = Readonly<Record<string, string>>;
export type Weights = Readonly<Record<string, number>>;

export interface Contribution {
  readonly criterion: string;
  readonly level: string;
  readonly weight: number;
  /** weight x effect score. */
  readonly value: number;
  readonly effect: DecisionEffect | undefined;
}

export interface RankedApproach {
  readonly approach: DecisionApproach;
  readonly score: number;
  readonly contributions: readonly Contribution[];
}

/** The effect a level has on an approach, if the content gives one (absent means neutral). */
export function effectOf(level: DecisionLevel, approach: string): DecisionEffect | undefined {
  return level.effects.find((e) => e.approach === approach);
}

/** The weight in force for a criterion: the reader's if set, else the criterion's default. */
export function weightOf(criterion: DecisionCriterion, weights: Weights): number {
  const w = weights[criterion.id];
  return w === undefined ? criterion.weight : w;
}

/** Ranks every approach for a profile: highest score first, ties broken by the approaches' order. */
export function rank(data: DecisionData, profile: Profile, weights: Weights = {}): RankedApproach[] {
  const answered = data.criteria.flatMap((c) => {
    const level = c.levels.find((l) => l.id === profile[c.id]);
    return level ? [{ criterion: c, level }] : [];
  });
  return data.approaches
    .map((approach) => {
      const contributions = answered.map(({ criterion, level }) => {
        const effect = effectOf(level, approach.id);
        const weight = weightOf(criterion, weights);
        return { criterion: criterion.id, level: level.id, weight, value: weight * (effect?.score ?? 0), effect };
      });
      return { approach, score: contributions.reduce((s, c) => s + c.value, 0), contributions };
    })
    .sort((a, b) => b.score - a.score || a.approach.order - b.approach.order);
}

/** Plain words for an effect score, for tables and screen readers. */
export function scoreLabel(score: number): string {
  if (score >= 2) return 'strongly favors';
  if (score >= 1) return 'favors';
  if (score <= -2) return 'strongly disfavors';
  if (score <= -1) return 'disfavors';
  return 'neutral';
}
