/**
 * Every knowledge-base node the cost view links to, in one list with the kind each must be, so a
 * unit test can hold the list against the real content and a renamed node fails there, not in a
 * reader's browser.
 */
import type { Kind } from '../content/kinds.ts';
import type { CostLine } from './model.ts';
import { COST_FIELDS, COST_PRESETS } from './url-state.ts';

export interface CostContentId {
  readonly id: string;
  readonly kind: Kind;
}

/** The approach node each drawn line stands for (the legend links to it). */
export const LINE_APPROACHES: Record<CostLine, string> = { rag: 'rag', fineTuning: 'fine-tuning', hybrid: 'hybrid' };

/** Further reading under "How the model counts", in the order shown. */
export const COST_RELATED: readonly CostContentId[] = [
  { id: 'upfront-vs-per-query-cost', kind: 'trade-offs' },
  { id: 'context-bloat', kind: 'trade-offs' },
  { id: 'rag-is-always-cheaper', kind: 'pitfalls' },
  { id: 'prompt-caching', kind: 'techniques' },
];

/** The sources behind the inputs' defaults, each once, in the order the fields first cite them. */
export const COST_CITED: readonly CostContentId[] = [...new Set(COST_FIELDS.flatMap((f) => f.sources))].map((id) => ({ id, kind: 'sources' }));

/** The use cases the article's presets became. */
export const COST_USE_CASES: readonly CostContentId[] = COST_PRESETS.map((p) => ({ id: p.useCase, kind: 'use-cases' }));

/** Every node the view links to. */
export const COST_CONTENT_IDS: readonly CostContentId[] = [
  ...Object.values(LINE_APPROACHES).map((id): CostContentId => ({ id, kind: 'approaches' })),
  ...COST_CITED,
  ...COST_RELATED,
  ...COST_USE_CASES,
];
