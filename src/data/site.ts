/** The site's identity: its name and its absolute URL as configured at build time. */
import { href } from './href.ts';

export const SITE_NAME = 'Retrieve or Tune';

/** The site's absolute URL with its base path and a trailing slash, as configured at build time. */
export function siteUrl(): string {
  return new URL(href(), import.meta.env.SITE).href;
}
