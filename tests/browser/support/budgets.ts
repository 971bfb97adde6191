/** The byte and DOM-size budgets in tests/budgets.json, typed, for the budget test and the benchmark report. */
import { readFileSync } from 'node:fs';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { KINDS } from '../../../src/lib/content/kinds.ts';

export type PageType = 'home' | 'node page' | 'kind index' | 'graph';

/** Page types with a DOM-size ceiling: every page is one of them. */
export type DomPageType = PageType | 'decide' | 'cost' | 'search' | 'embed' | 'other' | 'decide matrix' | 'use-case table' | 'graph list';

export interface Budgets {
  /** Gzip bytes of script a page may load before any interaction, by page type. */
  readonly scriptBeforeInteraction: Readonly<Record<PageType, number>>;
  readonly searchBeforeOpen: {
    readonly bytes: number;
    readonly dataUrlPatterns: readonly string[];
    readonly codeSignatures: readonly string[];
    readonly exemptPages: readonly string[];
  };
  /** Most elements a page may have, by page type. */
  readonly domElements: Readonly<Record<DomPageType, number>>;
}

export const BUDGETS: Budgets = JSON.parse(readFileSync(new URL('../../budgets.json', import.meta.url), 'utf8')) as Budgets;

const VIEWS: Readonly<Record<string, DomPageType>> = {
  './': 'home',
  'graph/': 'graph',
  'graph/list/': 'graph list',
  'decide/': 'decide',
  'decide/matrix/': 'decide matrix',
  'decide/use-cases/': 'use-case table',
  'cost/': 'cost',
  'search/': 'search',
};
const KIND_NAMES: readonly string[] = KINDS;

/** The DOM page type of a page, by its path relative to the base ("./", "graph/", "approaches/rag/", "404.html"). */
export function domPageType(path: string): DomPageType {
  const view = VIEWS[path];
  if (view) return view;
  if (path.startsWith('embed/')) return 'embed';
  const [first, second, ...rest] = path.split('/');
  if (first && KIND_NAMES.includes(first) && rest.length === 1 && rest[0] === '') return second ? 'node page' : 'other';
  if (first && KIND_NAMES.includes(first) && second === '' && rest.length === 0) return 'kind index';
  return 'other';
}

type Node = DefaultTreeAdapterMap['node'];

/**
 * How many elements a browser builds from this HTML before any script runs: parsed as a browser
 * with scripting on parses it, so the contents of <noscript> are text and count for nothing.
 */
export function htmlElementCount(html: string): number {
  let count = 0;
  const stack: Node[] = [parse(html, { scriptingEnabled: true })];
  while (stack.length) {
    const node = stack.pop()!;
    if ('tagName' in node) count++;
    if ('childNodes' in node) stack.push(...node.childNodes);
  }
  return count;
}
