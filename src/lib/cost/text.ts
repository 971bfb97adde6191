/** The cost model's results in words: money, line names, crossings and the summary under the chart. */
import { breakEvenQueriesPerDay, cacheFactor, linePrompts, type CostInputs, type CostLine, type CostPoint, type Crossover } from './model.ts';

/** OpenAI caches only prompts at least this long (Prompt Caching 201); shorter ones never hit the cache. */
export const OPENAI_MIN_CACHED_PROMPT = 1024;

export const LINE_LABELS: Record<CostLine, string> = { rag: 'RAG', fineTuning: 'Fine-tuning', hybrid: 'Hybrid' };
/** The same names inside a sentence. */
const INLINE: Record<CostLine, string> = { rag: 'RAG', fineTuning: 'fine-tuning', hybrid: 'the hybrid' };

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

/** Whole dollars: "$12,345". */
export function money(n: number): string {
  return dollars.format(n);
}

/** One crossing in words, named by the first month at whose end the new line is cheaper. */
export function crossoverSentence(c: Crossover): string {
  return `${LINE_LABELS[c.to]} becomes cheaper than ${INLINE[c.from]} in month ${c.month} (the lines meet at about ${money(c.cost)}).`;
}

/** The sentences under the chart: RAG against fine-tuning first, then the totals and the break-even volume. */
export function costSummary(inputs: CostInputs, series: readonly CostPoint[], crossings: readonly Crossover[]): string[] {
  const end = series[series.length - 1];
  const main = crossings.filter((c) => (c.from === 'rag' && c.to === 'fineTuning') || (c.from === 'fineTuning' && c.to === 'rag'));
  const out: string[] = [];
  if (main.length > 0) out.push(...main.map(crossoverSentence));
  else {
    const cheaper = end.rag <= end.fineTuning ? 'RAG' : 'Fine-tuning';
    out.push(`The RAG and fine-tuning lines do not cross within ${inputs.horizonMonths} months: ${cheaper} stays cheaper throughout.`);
  }
  out.push(`After ${inputs.horizonMonths} months: RAG ${money(end.rag)}, fine-tuning ${money(end.fineTuning)}, hybrid ${money(end.hybrid)}.`);
  const q = breakEvenQueriesPerDay(inputs);
  if (q === null) out.push('Fine-tuning saves nothing per query at these prices, so volume alone never pays back its upfront cost.');
  else if (q === 0) out.push(`At these prices fine-tuning is cheaper than RAG by month ${inputs.horizonMonths} at any volume.`);
  else out.push(`Break-even volume: fine-tuning costs less than RAG by month ${inputs.horizonMonths} above about ${count.format(Math.ceil(q))} queries a day.`);
  out.push(...cachingSummary(inputs));
  return out;
}

/** Break-even volume in words for the caching comparison: "about 47,703 queries a day", "any volume", or why there is none. */
function volume(q: number | null): string {
  if (q === null) return 'none (fine-tuning saves nothing per query)';
  return q === 0 ? 'any volume' : `about ${count.format(Math.ceil(q))} queries a day`;
}

/**
 * What prompt caching changed, said only when it changes something: the token bill it removes, the
 * break-even volume it would be without caching, and a warning when prompts are too short for OpenAI to cache.
 */
export function cachingSummary(inputs: CostInputs): string[] {
  const k = cacheFactor(inputs);
  if (k === 1) return [];
  const uncached = { ...inputs, cachedPromptShare: 0 };
  const out = [
    `Prompt caching: with ${percent.format(inputs.cachedPromptShare)} of each prompt billed at ${percent.format(inputs.cachedPriceFraction)} of the input price, every line's input-token bill is ${percent.format(1 - k)} lower; without caching, the break-even volume would be ${volume(breakEvenQueriesPerDay(uncached))}.`,
  ];
  const prompts = linePrompts(inputs);
  const short = (['rag', 'fineTuning'] as const).filter((l) => prompts[l].tokens < OPENAI_MIN_CACHED_PROMPT);
  if (short.length > 0) {
    const sizes = short.map((l) => `${INLINE[l]} ${count.format(prompts[l].tokens)}`).join(', ');
    out.push(`Check your vendor's minimum: OpenAI caches only prompts of ${count.format(OPENAI_MIN_CACHED_PROMPT)} tokens or more, and these prompts are shorter (${sizes} tokens), so OpenAI would not cache them at all.`);
  }
  return out;
}
