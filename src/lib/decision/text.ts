/** Plain sentences about a decision, built only from the content's labels: flip points, answers, weights. */
import { weightOf, weightOptions, type DecisionCriterion, type DecisionData, type FlipPoint, type Weights } from './model.ts';

/** The label a reader sees for "no answer". */
export const NO_ANSWER = "Doesn't matter";

/** A criterion's title as a noun inside a sentence: "Query volume" -> "query volume"; "ML engineering" stays. */
export function criterionNoun(c: DecisionCriterion): string {
  const [first, second] = c.title;
  return second !== undefined && second === second.toLowerCase() ? first.toLowerCase() + c.title.slice(1) : c.title;
}

/** A weight for reading: 1.5 -> "1.5". */
export function weightText(w: number): string {
  return String(w);
}

/** A run of weights in words: "2.5 or more", "0.5 or less", "2", "between 1.5 and 2.5". */
export function weightRange(weights: readonly number[], options: readonly number[]): string {
  const lo = weights[0];
  const hi = weights[weights.length - 1];
  if (lo === hi) return weightText(lo);
  if (hi === options[options.length - 1]) return `${weightText(lo)} or more`;
  if (lo === options[0]) return `${weightText(hi)} or less`;
  return `between ${weightText(lo)} and ${weightText(hi)}`;
}

/** The label of a criterion's level, or "Doesn't matter" for none. */
export function levelLabel(c: DecisionCriterion, level: string | null | undefined): string {
  return c.levels.find((l) => l.id === level)?.label ?? NO_ANSWER;
}

/**
 * One flip point as a sentence: "Fine-tuning would come first if your query volume were Very high
 * (millions a day)." Ties are said as ties, since the matrix's column order then decides.
 */
export function describeFlip(data: DecisionData, flip: FlipPoint, weights: Weights = {}): string {
  const c = data.criteria.find((x) => x.id === flip.criterion);
  const winner = data.approaches.find((a) => a.id === flip.winner);
  if (!c || !winner) return '';
  const noun = criterionNoun(c);
  const now = weightText(weightOf(c, weights));
  const range = weightRange(flip.weights, weightOptions(c));
  let condition: string;
  if (flip.level === null) condition = `${noun} did not matter (${NO_ANSWER})`;
  else if (flip.changesAnswer && flip.changesWeight) condition = `your ${noun} were ${levelLabel(c, flip.level)} and you weighted it ${range} (now ${now})`;
  else if (flip.changesAnswer) condition = `your ${noun} were ${levelLabel(c, flip.level)}`;
  else condition = `you weighted ${noun} ${range} instead of ${now}`;
  const tie = flip.score === flip.runnerUpScore ? ', tied on score and placed first by the matrix\u2019s column order' : '';
  return `${winner.title} would come first if ${condition}${tie}.`;
}
