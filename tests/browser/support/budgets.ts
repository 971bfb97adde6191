/** The byte budgets in tests/budgets.json, typed, for the budget test and the benchmark report. */
import { readFileSync } from 'node:fs';

export type PageType = 'home' | 'node page' | 'kind index' | 'graph';

export interface Budgets {
  /** Gzip bytes of script a page may load before any interaction, by page type. */
  readonly scriptBeforeInteraction: Readonly<Record<PageType, number>>;
  readonly searchBeforeOpen: {
    readonly bytes: number;
    readonly dataUrlPatterns: readonly string[];
    readonly codeSignatures: readonly string[];
    readonly exemptPages: readonly string[];
  };
}

export const BUDGETS: Budgets = JSON.parse(readFileSync(new URL('../../budgets.json', import.meta.url), 'utf8')) as Budgets;
