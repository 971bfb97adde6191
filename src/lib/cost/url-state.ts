/**
 * The cost calculator's inputs: what each one means, its range, its default and where the default
 * comes from; and reading them from / writing them to the URL. Out-of-range or non-numeric values
 * fall back to the default with a notice.
 */
import type { CostInputs } from './model.ts';
import { clip, readParams, type Notice } from '../shared/url-notice.ts';

export interface CostField {
  readonly key: keyof CostInputs;
  /** The URL parameter. */
  readonly param: string;
  readonly label: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly integer: boolean;
  readonly default: number;
  /** Where the default comes from: a source's figure, or an illustrative assumption to replace. */
  readonly basis: string;
  /** Source nodes behind the default. */
  readonly sources: readonly string[];
}

export const COST_FIELDS: readonly CostField[] = [
  { key: 'queriesPerDay', param: 'q', label: 'Queries a day', unit: 'queries', min: 0, max: 1_000_000_000, step: 1, integer: true, default: 1_000_000,
    basis: '“Millions of daily queries on a focused task”, the article’s case for fine-tuning.', sources: ['article-choosing-right-approach'] },
  { key: 'basePromptTokens', param: 'base', label: 'Prompt tokens without retrieval', unit: 'tokens', min: 1, max: 1_000_000, step: 1, integer: true, default: 15,
    basis: 'The article’s 15-token base prompt.', sources: ['article-choosing-right-approach'] },
  { key: 'contextTokens', param: 'ctx', label: 'Retrieved-context tokens per query', unit: 'tokens', min: 0, max: 1_000_000, step: 1, integer: true, default: 485,
    basis: 'Context that takes the prompt from 15 to 500 tokens, the article’s figure.', sources: ['article-choosing-right-approach'] },
  { key: 'pricePerMillion', param: 'price', label: 'Input price of the base model', unit: '$ per million tokens', min: 0, max: 1000, step: 0.01, integer: false, default: 2.5,
    basis: 'Illustrative: a large general model billed per million input tokens; check the current price list.', sources: ['openai-pricing'] },
  { key: 'retrievalPerMonth', param: 'infra', label: 'Retrieval infrastructure', unit: '$ a month', min: 0, max: 10_000_000, step: 1, integer: false, default: 1000,
    basis: 'Illustrative: vector database, embedding calls and hosting, which the articles name without pricing.', sources: ['article-choosing-right-approach', 'article-choosing-llm-strategy'] },
  { key: 'upfrontFineTuning', param: 'upfront', label: 'Upfront fine-tuning (data curation and training)', unit: '$', min: 0, max: 100_000_000, step: 1, integer: false, default: 25_000,
    basis: 'Illustrative: mostly people’s time curating and checking data, the biggest cost per the article, plus a training run.', sources: ['article-choosing-right-approach', 'article-choosing-llm-strategy'] },
  { key: 'retrainEveryMonths', param: 'every', label: 'Retrain the fine-tuned model every', unit: 'months (0 = never)', min: 0, max: 120, step: 1, integer: true, default: 3,
    basis: 'Re-tune every few weeks or months as requirements shift or drift shows.', sources: ['article-choosing-llm-strategy'] },
  { key: 'retrainCost', param: 'retrain', label: 'Cost of one retraining', unit: '$', min: 0, max: 10_000_000, step: 1, integer: false, default: 5000,
    basis: '“Thousands of dollars per training run” for larger models.', sources: ['article-choosing-llm-strategy'] },
  { key: 'tunedPricePerMillion', param: 'tprice', label: 'Input price of the fine-tuned model', unit: '$ per million tokens', min: 0, max: 1000, step: 0.01, integer: false, default: 3.75,
    basis: 'Illustrative: tuned models are priced separately, often above the base model; a smaller tuned model can cost less.', sources: ['openai-pricing', 'article-which-should-you-use'] },
  { key: 'hybridRetrievalShare', param: 'share', label: 'Hybrid: share of queries that retrieve', unit: 'share, 0 to 1', min: 0, max: 1, step: 0.05, integer: false, default: 0.5,
    basis: 'Illustrative: a router sends only the queries that need facts through retrieval.', sources: ['article-choosing-llm-strategy'] },
  { key: 'hybridRetrainEveryMonths', param: 'hevery', label: 'Hybrid: retrain every', unit: 'months (0 = never)', min: 0, max: 120, step: 1, integer: true, default: 12,
    basis: 'Retrieval carries current facts, so the tuned model is retrained less often.', sources: ['article-choosing-right-approach', 'article-choosing-llm-strategy'] },
  { key: 'horizonMonths', param: 'months', label: 'Horizon', unit: 'months', min: 1, max: 120, step: 1, integer: true, default: 24,
    basis: 'Two years, long enough for several retraining cycles.', sources: [] },
];

/** The defaults, from the articles' figures where they give one. */
export const DEFAULT_COST_INPUTS: CostInputs = Object.fromEntries(COST_FIELDS.map((f) => [f.key, f.default])) as unknown as CostInputs;

/** True when `value` is allowed for the field. */
export function validCostValue(field: CostField, value: number): boolean {
  return Number.isFinite(value) && value >= field.min && value <= field.max && (!field.integer || Number.isInteger(value));
}

/** Inputs as a query string without "?", listing only values that differ from the defaults. */
export function serialiseCostInputs(inputs: CostInputs): string {
  return COST_FIELDS.filter((f) => inputs[f.key] !== f.default)
    .map((f) => `${f.param}=${inputs[f.key]}`)
    .join('&');
}

/** Reads the inputs from a query string; anything invalid keeps its default and raises a notice. */
export function parseCostInputs(search: string | URLSearchParams, allowed: readonly string[] = []): { inputs: CostInputs; notices: Notice[] } {
  const { params, notices } = readParams(search, COST_FIELDS.map((f) => f.param), allowed);
  const inputs: Record<string, number> = { ...DEFAULT_COST_INPUTS };
  for (const f of COST_FIELDS) {
    const raw = params.get(f.param);
    if (raw === undefined) continue;
    const value = /^\d{1,12}(\.\d{1,17})?$/.test(raw) ? Number(raw) : Number.NaN;
    if (!validCostValue(f, value)) {
      notices.push({ param: f.param, value: clip(raw), reason: `${f.label.toLowerCase()} must be ${f.integer ? 'a whole number' : 'a number'} from ${f.min} to ${f.max}` });
      continue;
    }
    inputs[f.key] = value;
  }
  return { inputs: inputs as unknown as CostInputs, notices };
}

export interface CostPreset {
  readonly id: string;
  readonly label: string;
  /** The inputs the preset changes from the defaults. */
  readonly inputs: Partial<CostInputs>;
  readonly note: string;
  /** The use case node the article's example became. */
  readonly useCase: string;
}

/** The article's two crossover examples. */
export const COST_PRESETS: readonly CostPreset[] = [
  { id: 'employees', label: 'Internal chatbot, 500 employees', inputs: { queriesPerDay: 10_000 }, useCase: 'internal-chatbot-500-employees',
    note: '500 employees asking about 20 questions a working day each (our assumption; the article gives the headcount).' },
  { id: 'millions', label: 'Millions of queries a day', inputs: { queriesPerDay: 1_000_000 }, useCase: 'high-volume-focused-task',
    note: 'A focused production task at a million queries a day, the article’s high-volume case.' },
];
