/** Site-relative paths of every page, and joining them onto the deployment's base path. */
import type { Kind } from '../content/kinds.ts';

/** Path of a node's page, relative to the base: `approaches/rag/`. */
export function nodePath(kind: Kind, id: string): string {
  return `${kind}/${id}/`;
}

/** Path of a kind's index page, relative to the base. */
export function kindPath(kind: Kind): string {
  return `${kind}/`;
}

/** Joins a base ("/" or "/docs/") and a relative path into an absolute path. */
export function withBase(base: string, path = ''): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}
