/**
 * The meeting point of the build's output step (astro.config.mjs: modulepreload links, then
 * precompression) and the middleware that hands it each rendered page (src/middleware.ts): a global
 * slot, filled only while `astro build` runs, so the middleware is a pass-through in development.
 */
const SLOT = Symbol.for('retrieve-or-tune.build-output');

/** What the build does to a rendered page before Astro writes it. */
export interface BuildOutput {
  /**
   * The bytes to write for the page at `pathname` (the request's, base path included) answered with
   * `status` and `contentType`; resolves once the compressor has room for more, so rendering cannot
   * outrun it.
   */
  page(pathname: string, status: number, contentType: string, body: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>>;
}

/** The output step of the build in progress, if any. */
export function buildOutput(): BuildOutput | undefined {
  return (globalThis as { [SLOT]?: BuildOutput })[SLOT];
}

/** Opens (or, with undefined, closes) the slot. */
export function setBuildOutput(value: BuildOutput | undefined): void {
  const slot = globalThis as { [SLOT]?: BuildOutput };
  if (value) slot[SLOT] = value;
  else delete slot[SLOT];
}
