/**
 * Which links get a preview: any same-origin link to a node's page under the site's base path
 * (`<base><kind>/<id>/`), however the page wrote it — NodeLink, a matrix header, a search result.
 * Matching the address rather than a marker keeps previews working wherever a view moves.
 */
import { isNodeId } from '../content/ids.ts';
import { isKind, type Kind } from '../content/kinds.ts';

export interface PreviewTarget {
  readonly kind: Kind;
  readonly id: string;
}

/**
 * The node a link points to, or undefined when it points elsewhere: another origin, a page that is
 * not a node's, or the page the reader is on (a preview of it would say nothing new).
 */
export function previewTarget(href: string, page: string, base: string): PreviewTarget | undefined {
  let url: URL;
  let here: URL;
  try {
    here = new URL(page);
    url = new URL(href, here);
  } catch {
    return undefined;
  }
  if (url.origin !== here.origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  if (url.pathname === here.pathname) return undefined;
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!url.pathname.startsWith(root)) return undefined;
  const parts = url.pathname.slice(root.length).split('/');
  // Exactly "<kind>/<id>/", or "<kind>/<id>" where a host drops the trailing slash.
  if (parts.length > 3 || (parts.length === 3 && parts[2] !== '') || parts.length < 2) return undefined;
  const [kind, id] = parts as [string, string];
  if (!isKind(kind) || !isNodeId(id)) return undefined;
  return { kind, id };
}

/** Path of a node's preview data, relative to the base. */
export function previewPath(id: string): string {
  return `preview/${id}.json`;
}
