/** The site's base path in the browser: the one place client code reads it. */
import { withBase } from '../lib/shared/urls.ts';

/** The base path ("/" or "/sub/path/"), fixed by Vite when the site is built, so it holds inside embeds too. */
export const BASE: string = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Absolute URL path of a site-relative path under the base path. */
export const siteHref = (path = ''): string => withBase(BASE, path);
