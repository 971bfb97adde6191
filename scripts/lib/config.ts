/**
 * The build and serve configuration from the environment, read in one place: astro.config.mjs,
 * playwright.config.ts, the content collections and every script take it from here.
 */

/** Where the site is served when SITE is not set. */
export const DEFAULT_SITE = 'http://localhost:4321';

/** Normalises a base path to "/" or "/sub/path/", so every URL joins the same way. */
export function normaliseBase(raw = '/'): string {
  const trimmed = raw.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export interface SiteConfig {
  /** The site's origin and path (SITE), for absolute URLs written at build time. */
  readonly site: string;
  /** The base path (BASE), "/" or "/sub/path/". */
  readonly base: string;
  /** The content folder (CONTENT_DIR), relative to the working directory unless absolute. */
  readonly contentDir: string;
  /** The built site's folder (DIST). */
  readonly dist: string;
}

/** The configuration in force, from `env` (the process's environment by default). */
export function siteConfig(env: Readonly<Record<string, string | undefined>> = process.env): SiteConfig {
  return {
    site: env.SITE?.trim() || DEFAULT_SITE,
    base: normaliseBase(env.BASE),
    contentDir: env.CONTENT_DIR?.trim() || 'content',
    dist: env.DIST?.trim() || 'dist',
  };
}
