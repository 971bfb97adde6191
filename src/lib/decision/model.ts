/**
 * The decision model: a reader's profile (criterion -> level) and weights (criterion -> importance)
 * in, approaches ranked out, with each criterion's contribution, the sources behind it, the margin
 * between first and second, and the flip points that would change the winner. Every number comes
 * from the criteria's content.
 */
import type { CriterionGroup } from '../content/criterion-groups.ts';

export interface DecisionEffect {
  readonly approach: string;
  readonly score: number;
  readonly why: string;
  readonly sources: readonly string[];
}

export interface DecisionLevel {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly effects: readonly DecisionEffect[];
}

export interface DecisionCriterion {
  readonly id: string;
  readonly title: string;
  readonly question: string;
  readonly group: CriterionGroup;
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
  /** The sources behind the effect (none when the content gives no effect: neutral). */
  readonly sources: readonly string[];
}

export interface RankedApproach {
  readonly approach: DecisionApproach;
  readonly score: number;
  readonly contributions: readonly Contribution[];
}

/** The weights a reader can pick for a criterion: 0 (ignore) to 3 (decisive), in halves. */
export const WEIGHT_STEPS: readonly number[] = [0, 0.5, 1, 1.5, 2, 2.5, 3];

/** The effect a level has on an approach, if the content gives one (absent means neutral). */
export function effectOf(level: DecisionLevel, approach: string): DecisionEffect | undefined {
  return level.effects.find((e) => e.approach === approach);
}

/** The weight in force for a criterion: the reader's if set, else the criterion's default. */
export function weightOf(criterion: DecisionCriterion, weights: Weights): number {
  const w = weights[criterion.id];
  return w === undefined ? criterion.weight : w;
}

/** The weights offered for a criterion: the steps, plus its content default if that is not a step. */
export function weightOptions(criterion: DecisionCriterion): number[] {
  const options = new Set([...WEIGHT_STEPS, criterion.weight]);
  return [...options].sort((a, b) => a - b);
}

/** Sums without the binary noise of fractional weights (0.1 + 0.2), so ties stay ties. */
function clean(n: number): number {
  return Math.round(n * 1e9) / 1e9;
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
        return {
          criterion: criterion.id,
          level: level.id,
          weight,
          value: clean(weight * (effect?.score ?? 0)),
          effect,
          sources: effect?.sources ?? [],
        };
      });
      return { approach, score: clean(contributions.reduce((s, c) => s + c.value, 0)), contributions };
    })
    .sort((a, b) => b.score - a.score || a.approach.order - b.approach.order);
}

/** Points between the first and second approach (0 on a tie, or with fewer than two approaches). */
export function marginOf(ranking: readonly RankedApproach[]): number {
  return ranking.length < 2 ? 0 : clean(ranking[0].score - ranking[1].score);
}

/**
 * One change to one criterion that would put another approach first. `level` is the answer in
 * force under the change (null: "doesn't matter"); `weights` are every weight option, a contiguous
 * run, at which that answer gives the same new winner.
 */
export interface FlipPoint {
  readonly criterion: string;
  readonly level: string | null;
  readonly weights: readonly number[];
  readonly changesAnswer: boolean;
  readonly changesWeight: boolean;
  /** The approach that would come first. */
  readonly winner: string;
  /** The winner's score and the runner-up's under the change, at the first weight of the run. */
  readonly score: number;
  readonly runnerUpScore: number;
}

export interface Decision {
  readonly ranking: readonly RankedApproach[];
  readonly winner: RankedApproach | undefined;
  readonly margin: number;
  readonly flips: readonly FlipPoint[];
}

/** The first two places of a ranking: all a flip point needs to know of one. */
interface Leaders {
  readonly winner: string;
  readonly score: number;
  readonly runnerUpScore: number;
}

/**
 * Scores every approach with one criterion changed (its answer, or none, at a weight) and returns
 * the first two. Flip points re-rank a few hundred such variants per change: summing the unchanged
 * criteria's precomputed values in `rank`'s order, with `rank`'s rounding and tie-break, gives
 * exactly its scores without building every contribution.
 */
function variantScorer(data: DecisionData, profile: Profile, weights: Weights) {
  const { approaches, criteria } = data;
  /** scores[i].get(level)[a]: the effect score of criterion i's level on approach a (0: neutral). */
  const scores = criteria.map((c) => new Map(c.levels.map((l) => [l.id, approaches.map((a) => effectOf(l, a.id)?.score ?? 0)])));
  /** values[a][i]: approach a's contribution from criterion i as answered now; undefined when unanswered. */
  const values = approaches.map((_, a) =>
    criteria.map((c, i) => {
      const effect = scores[i].get(profile[c.id]);
      return effect === undefined ? undefined : clean(weightOf(c, weights) * effect[a]);
    }),
  );
  return (changed: number, level: string | null, weight: number): Leaders | undefined => {
    const effect = level === null ? undefined : scores[changed]?.get(level);
    const scored = approaches.map((approach, a) => {
      const own = values[a];
      let sum = 0;
      for (let i = 0; i < own.length; i++) {
        const term = i === changed ? effect && clean(weight * effect[a]) : own[i];
        if (term !== undefined) sum += term;
      }
      return { approach, score: clean(sum) };
    });
    scored.sort((a, b) => b.score - a.score || a.approach.order - b.approach.order);
    const [first, second] = scored;
    return first && { winner: first.approach.id, score: first.score, runnerUpScore: second?.score ?? first.score };
  };
}

/** Splits weight options into contiguous runs sharing a new winner (runs keeping the winner dropped). */
function runsOf(options: readonly number[], leadersAt: (w: number) => Leaders | undefined, current: string) {
  const runs: { winner: string; weights: number[]; leaders: Leaders }[] = [];
  let open: (typeof runs)[number] | undefined;
  for (const w of options) {
    const leaders = leadersAt(w);
    const winner = leaders?.winner;
    if (leaders === undefined || winner === current) {
      open = undefined;
      continue;
    }
    if (open && open.winner === winner) open.weights.push(w);
    else runs.push((open = { winner: leaders.winner, weights: [w], leaders }));
  }
  return runs;
}

/**
 * Every single-criterion change that would change the winner, found by re-ranking: each other
 * answer (including "doesn't matter") at the current weight; where an answer alone does not flip,
 * the weights at which it would; and, for an answered criterion, each other weight.
 */
export function flipPoints(data: DecisionData, profile: Profile, weights: Weights = {}): FlipPoint[] {
  const scoreWith = variantScorer(data, profile, weights);
  const current = scoreWith(-1, null, 0)?.winner;
  if (current === undefined) return [];
  const flips: FlipPoint[] = [];
  const flip = (c: DecisionCriterion, level: string | null, run: { winner: string; weights: number[]; leaders: Leaders }, now: number) => {
    flips.push({
      criterion: c.id,
      level,
      weights: run.weights,
      changesAnswer: level !== (profile[c.id] ?? null),
      changesWeight: !run.weights.includes(now),
      winner: run.winner,
      score: run.leaders.score,
      runnerUpScore: run.leaders.runnerUpScore,
    });
  };
  data.criteria.forEach((c, i) => {
    const answer = c.levels.some((l) => l.id === profile[c.id]) ? profile[c.id] : undefined;
    const now = weightOf(c, weights);
    const at = (level: string | null, w: number) => scoreWith(i, level, w);
    const alternatives: (string | null)[] = c.levels.filter((l) => l.id !== answer).map((l) => l.id);
    if (answer !== undefined) alternatives.push(null);
    for (const level of alternatives) {
      const leaders = at(level, now)!;
      if (leaders.winner !== current) {
        // Without an answer the weight is irrelevant: every weight gives the same ranking.
        flip(c, level, { winner: leaders.winner, weights: [now], leaders }, now);
        continue;
      }
      if (level === null) continue;
      for (const run of runsOf(weightOptions(c), (w) => at(level, w), current)) flip(c, level, run, now);
    }
    if (answer !== undefined) {
      for (const run of runsOf(weightOptions(c), (w) => at(answer, w), current)) flip(c, answer, run, now);
    }
  });
  return flips;
}

/** The whole decision for a profile and weights: ranking, winner, margin and flip points. */
export function decide(data: DecisionData, profile: Profile, weights: Weights = {}): Decision {
  const ranking = rank(data, profile, weights);
  return { ranking, winner: ranking[0], margin: marginOf(ranking), flips: flipPoints(data, profile, weights) };
}

/** Plain words for an effect score, for tables and screen readers. */
export function scoreLabel(score: number): string {
  if (score >= 2) return 'strongly favors';
  if (score >= 1) return 'favors';
  if (score <= -2) return 'strongly disfavors';
  if (score <= -1) return 'disfavors';
  return 'neutral';
}

/** A score as shown in tables: "+2", "−1.5", "0". */
export function signed(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `\u2212${-n}`;
  return '0';
}
