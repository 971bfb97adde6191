/**
 * A debounce that answers the first call at once and then waits for a pause: typing after a pause
 * gets results on that very keystroke, while a burst of keystrokes costs one search at its start and
 * one after it. Timers are passed in so tests can drive the clock.
 */
export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Drops a pending trailing call. */
  cancel(): void;
}

interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Calls `fn` at once when idle, else once `wait` ms after the last call of a burst, with its arguments. */
export function debounce<A extends unknown[]>(
  fn: (...args: A) => void,
  wait: number,
  timers: Timers = { setTimeout: (f, ms) => globalThis.setTimeout(f, ms), clearTimeout: (h) => globalThis.clearTimeout(h as number) },
): Debounced<A> {
  let timer: unknown;
  let pending: A | undefined;
  const settle = () => {
    timer = undefined;
    if (!pending) return;
    const args = pending;
    pending = undefined;
    fn(...args);
    // The trailing call starts a new quiet period, so a burst never runs more than twice a wait.
    timer = timers.setTimeout(settle, wait);
  };
  const debounced = (...args: A) => {
    if (timer === undefined) {
      fn(...args);
    } else {
      pending = args;
      timers.clearTimeout(timer);
    }
    timer = timers.setTimeout(settle, wait);
  };
  debounced.cancel = () => {
    pending = undefined;
  };
  return debounced;
}
