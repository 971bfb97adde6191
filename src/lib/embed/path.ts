/** Embed routes: which paths may be embedded and the URL of an embed under a site. */

/** The message type an embed posts to its host when its height changes. */
export const RESIZE_MESSAGE = 'rot:resize';

/** Query parameters embed.js adds for the resize channel; authors' options can never set them. */
export const CHANNEL_PARAMS = ['frame', 'origin'] as const;

/** True for an embed path such as `node/rag` or `decide`: lowercase words joined by single slashes, nothing else. */
export function isEmbedPath(path: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/.test(path);
}

/** True for a frame id embed.js may hand out: short and made of word characters, so it is safe anywhere. */
export function isFrameId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(id);
}

/** Absolute URL of an embed route: `site` is the site's URL with its base path and a trailing slash. */
export function embedUrl(site: string, path: string, params: Readonly<Record<string, string>> = {}): string {
  if (!isEmbedPath(path)) throw new Error(`embedUrl: "${path}" is not an embed path`);
  const url = new URL(`embed/${path}/`, site);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}
