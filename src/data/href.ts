/** Absolute hrefs under this build's base path (the BASE environment variable). */
import type { Kind } from '../lib/content/kinds.ts';
import { kindPath, nodePath, withBase } from '../lib/shared/urls.ts';

const BASE = import.meta.env.BASE_URL;

/** Href of a site-relative path, such as `graph/`. */
export const href = (path = ''): string => withBase(BASE, path);
/** Href of a node's page. */
export const nodeHref = (kind: Kind, id: string): string => href(nodePath(kind, id));
/** Href of a kind's index page. */
export const kindHref = (kind: Kind): string => href(kindPath(kind));
