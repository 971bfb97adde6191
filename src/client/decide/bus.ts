/**
 * The reader's current answers, shared between the views of a page: the decide view (or, beside it,
 * the decision read from the URL) publishes; the matrix, the use-case table and the links follow. A late subscriber gets the latest state at once.
 */
import type { DecideState } from '../../lib/decision/url-state.ts';

const EVENT = 'decide-state';
let latest: DecideState | undefined;

/** Announces a new state to every view on the page. */
export function publish(state: DecideState): void {
  latest = state;
  document.dispatchEvent(new CustomEvent<DecideState>(EVENT, { detail: state }));
}

/** Calls `listener` with the latest state now (if any) and on every change. */
export function subscribe(listener: (state: DecideState) => void): void {
  if (latest) listener(latest);
  document.addEventListener(EVENT, (e) => listener((e as CustomEvent<DecideState>).detail));
}
