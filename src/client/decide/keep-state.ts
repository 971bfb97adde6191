/**
 * Keeps the reader's decision in the links between the decide pages: whenever the answers change,
 * every `a[data-keep-decision]` points at its page with the same `u`, `a` and `w` as this page's URL.
 */
import { DECIDE_PARAMS } from '../../lib/decision/url-state.ts';
import { subscribe } from './bus.ts';

const NAMES: readonly string[] = Object.values(DECIDE_PARAMS);

/** The decision part of a query string: only `u`, `a` and `w`, in their order. */
export function decisionQuery(search: string): string {
  const kept = new URLSearchParams();
  for (const [name, value] of new URLSearchParams(search)) if (NAMES.includes(name) && !kept.has(name)) kept.append(name, value);
  // The URL-state module writes ":" and "," as they are; keep them readable in the links too.
  return kept.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

/** Points every decision-keeping link at its page with the current decision. */
export function carryDecision(search: string = location.search): void {
  const query = decisionQuery(search);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-decision]')) {
    const url = new URL(link.href, location.href);
    url.search = query;
    const href = url.pathname + url.search;
    // Rewriting an unchanged href still makes the browser restyle the link: only write a new one.
    if (link.getAttribute('href') !== href) link.href = href;
  }
}

subscribe(() => carryDecision());
