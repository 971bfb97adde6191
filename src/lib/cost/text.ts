/** The cost model's results in words: money, line names, crossings and the summary under the chart. */
import { breakEvenQueriesPerDay, type CostInputs, type CostLine, type CostPoint, type Crossover } from './model.ts';

export const LINE_LABELS: Record<CostLine, string> = { rag: 'RAG', fineTuning: 'Fine-tuning', hybrid: 'Hybrid' };
/** The same names inside a sentence. */
const INLINE: Record<CostLine, string> = { rag: 'RAG', fineTuning: 'fine-tuning', hybrid: 'the hybrid' };

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

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
  return out;
}
