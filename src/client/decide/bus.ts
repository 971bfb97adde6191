/**
 * The reader's current answers, shared between the views on the decide page: the decide view
 * publishes, the matrix and the scenario table follow. A late subscriber gets the latest state at once.
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

const PRESET_EVENT = 'decide-preset';

/** Asks the decide view to start from a use case (the scenario table's "Use as preset"). */
export function requestPreset(id: string): void {
  document.dispatchEvent(new CustomEvent<string>(PRESET_EVENT, { detail: id }));
}

/** Listens for preset requests. */
export function onPresetRequest(handler: (id: string) => void): void {
  document.addEventListener(PRESET_EVENT, (e) => handler((e as CustomEvent<string>).detail));
}

/** True when a decide view on this page can take preset requests. */
export function hasDecideView(): boolean {
  return document.querySelector('decide-view') !== null;
}
