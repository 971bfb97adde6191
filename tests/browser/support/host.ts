/** The cross-origin host fixture (tests/fixtures/host/): its port and the URLs of its pages. */

const sitePort = Number(process.env.TEST_PORT ?? 4400);

/** The host server listens next to the site's test server unless HOST_PORT says otherwise. */
export const HOST_PORT = Number(process.env.HOST_PORT ?? sitePort + 1);
export const HOST_ORIGIN = `http://localhost:${HOST_PORT}`;

/** The host page with the README's snippet, pointed at `site` (with its base path). */
export function hostPage(site: string, options: { embed?: string; theme?: string } = {}): string {
  const url = new URL('/', HOST_ORIGIN);
  url.searchParams.set('site', site);
  if (options.embed) url.searchParams.set('embed', options.embed);
  if (options.theme) url.searchParams.set('theme', options.theme);
  return url.href;
}

/** An empty page on the host origin, to paste snippets into. */
export const BLANK_HOST_PAGE = `${HOST_ORIGIN}/blank.html`;
