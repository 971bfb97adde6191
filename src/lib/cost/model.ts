/**
 * The cost model behind the crossover chart: cumulative spend per month for RAG, fine-tuning and a
 * hybrid, and the months where one line crosses another. RAG pays per query for its retrieved
 * context and for retrieval infrastructure; fine-tuning pays upfront and at every retraining, then
 * serves short prompts; the hybrid pays the training bill and retrieves for a share of its queries.
 */

export interface CostInputs {
  /** Queries a day. */
  readonly queriesPerDay: number;
  /** Prompt tokens of a query without retrieved context. */
  readonly basePromptTokens: number;
  /** Tokens of retrieved context added to each retrieving query. */
  readonly contextTokens: number;
  /** Input price of the base model, in dollars per million tokens. */
  readonly pricePerMillion: number;
  /** Retrieval infrastructure (vector store, embeddings, hosting), in dollars a month. */
  readonly retrievalPerMonth: number;
  /** Data curation and the first training run, in dollars. */
  readonly upfrontFineTuning: number;
  /** Months between retrainings of the fine-tuned model; 0 means never. */
  readonly retrainEveryMonths: number;
  /** Cost of one retraining, in dollars. */
  readonly retrainCost: number;
  /** Input price of the fine-tuned model, in dollars per million tokens. */
  readonly tunedPricePerMillion: number;
  /** Share (0 to 1) of the hybrid's queries routed through retrieval. */
  readonly hybridRetrievalShare: number;
  /** Months between retrainings in the hybrid, where retrieval carries fresh facts; 0 means never. */
  readonly hybridRetrainEveryMonths: number;
  /** Months to draw. */
  readonly horizonMonths: number;
}

export type CostLine = 'rag' | 'fineTuning' | 'hybrid';
export const COST_LINES: readonly CostLine[] = ['rag', 'fineTuning', 'hybrid'];

/** A month is taken as 30 days, so monthly figures are easy to check by hand. */
export const DAYS_PER_MONTH = 30;

export interface CostPoint {
  /** Months after launch (0 = launch, after any upfront spend). */
  readonly month: number;
  readonly rag: number;
  readonly fineTuning: number;
  readonly hybrid: number;
}

export interface Crossover {
  /** The line that was cheaper before the crossing. */
  readonly from: CostLine;
  /** The line that is cheaper after it. */
  readonly to: CostLine;
  /** Where the drawn lines meet, in (fractional) months. */
  readonly at: number;
  /** The first whole month at whose end `to` is the cheaper of the two. */
  readonly month: number;
  /** Cumulative cost where the drawn lines meet. */
  readonly cost: number;
}

const cents = (n: number) => Math.round(n * 100) / 100;

/** Running cost a month for each line, before upfront and retraining costs. */
export function monthlyRunCost(i: CostInputs): Record<CostLine, number> {
  const queries = i.queriesPerDay * DAYS_PER_MONTH;
  const million = 1_000_000;
  return {
    rag: (queries * (i.basePromptTokens + i.contextTokens) * i.pricePerMillion) / million + i.retrievalPerMonth,
    fineTuning: (queries * i.basePromptTokens * i.tunedPricePerMillion) / million,
    hybrid: (queries * (i.basePromptTokens + i.hybridRetrievalShare * i.contextTokens) * i.tunedPricePerMillion) / million + i.retrievalPerMonth,
  };
}

/** Retrainings done by the end of `month` at one every `every` months (none when `every` is 0). */
export function retrainings(month: number, every: number): number {
  return every > 0 ? Math.floor(month / every) : 0;
}

/** Cumulative cost at the end of every month from 0 to the horizon, rounded to cents. */
export function costSeries(i: CostInputs): CostPoint[] {
  const run = monthlyRunCost(i);
  const points: CostPoint[] = [];
  for (let m = 0; m <= i.horizonMonths; m++) {
    points.push({
      month: m,
      rag: cents(m * run.rag),
      fineTuning: cents(i.upfrontFineTuning + m * run.fineTuning + retrainings(m, i.retrainEveryMonths) * i.retrainCost),
      hybrid: cents(i.upfrontFineTuning + m * run.hybrid + retrainings(m, i.hybridRetrainEveryMonths) * i.retrainCost),
    });
  }
  return points;
}

/**
 * Every point where two lines swap places, for each pair, in month order. The chart joins monthly
 * points with straight segments, so a crossing inside a month is placed where those segments meet.
 */
export function crossovers(series: readonly CostPoint[]): Crossover[] {
  const found: Crossover[] = [];
  const pairs: [CostLine, CostLine][] = [['rag', 'fineTuning'], ['rag', 'hybrid'], ['fineTuning', 'hybrid']];
  for (const [a, b] of pairs) {
    const diff = (p: CostPoint) => cents(p[a] - p[b]);
    let lastSign = 0;
    let lastIndex = -1;
    for (let k = 0; k < series.length; k++) {
      const d = diff(series[k]);
      const sign = Math.sign(d);
      if (sign === 0) continue;
      if (lastSign !== 0 && sign !== lastSign) {
        // Equal for whole months in between: the lines met at the first of them.
        const p = lastIndex === k - 1 ? diff(series[k - 1]) : 0;
        const start = lastIndex === k - 1 ? k - 1 : lastIndex + 1;
        const frac = lastIndex === k - 1 ? p / (p - d) : 0;
        const at = series[start].month + frac;
        const cost = cents(series[start][a] + (series[start + 1][a] - series[start][a]) * frac);
        // A positive difference means `a` costs more, so `b` is the cheaper line from here on.
        found.push({ from: sign > 0 ? a : b, to: sign > 0 ? b : a, at, month: series[k].month, cost });
      }
      lastSign = sign;
      lastIndex = k;
    }
  }
  return found.sort((x, y) => x.at - y.at);
}

/**
 * The queries a day at which fine-tuning's cumulative cost equals RAG's at the horizon; above it,
 * fine-tuning is cheaper by then. Null when fine-tuning never saves anything per query.
 */
export function breakEvenQueriesPerDay(i: CostInputs): number | null {
  const perQueryRag = ((i.basePromptTokens + i.contextTokens) * i.pricePerMillion) / 1_000_000;
  const perQueryTuned = (i.basePromptTokens * i.tunedPricePerMillion) / 1_000_000;
  const saving = (perQueryRag - perQueryTuned) * DAYS_PER_MONTH * i.horizonMonths;
  if (saving <= 0) return null;
  const fixed = i.upfrontFineTuning + retrainings(i.horizonMonths, i.retrainEveryMonths) * i.retrainCost - i.retrievalPerMonth * i.horizonMonths;
  return Math.max(0, fixed / saving);
}
