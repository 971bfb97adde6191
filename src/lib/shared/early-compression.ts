/**
 * The meeting point of a build's precompression (astro.config.mjs, scripts/lib/precompress.ts) and
 * the middleware that hands it each rendered page (src/middleware.ts): a global slot, filled only
 * while `astro build` runs, so the middleware is a pass-through in development and in tests.
 */
export const EARLY_COMPRESSION = Symbol.for('retrieve-or-tune.early-compression');

/** What the middleware may call. */
export interface EarlyCompression {
  /** Takes the body of the page at `pathname` (the request's, base path included); resolves when there is room for more. */
  add(pathname: string, body: Uint8Array): Promise<void>;
}

/** The precompression of the build in progress, if any. */
export function earlyCompression(): EarlyCompression | undefined {
  return (globalThis as { [EARLY_COMPRESSION]?: EarlyCompression })[EARLY_COMPRESSION];
}

/** Opens (or, with undefined, closes) the slot. */
export function setEarlyCompression(value: EarlyCompression | undefined): void {
  const slot = globalThis as { [EARLY_COMPRESSION]?: EarlyCompression };
  if (value) slot[EARLY_COMPRESSION] = value;
  else delete slot[EARLY_COMPRESSION];
}
